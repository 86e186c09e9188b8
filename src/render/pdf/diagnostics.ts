/**
 * Typst diagnostics → naskah diagnostics (STYLE.md point 10): a Typst error becomes NSK401, a
 * Typst warning NSK402 (src/diagnostics/codes.ts), in Bahasa Indonesia with the template file
 * and position.
 */
import path from 'node:path';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';

/** One entry of `NodeCompiler.fetchDiagnostics` (LSP-like: 0-based line/character). */
export interface TypstDiagnostic {
  readonly message?: unknown;
  readonly path?: unknown;
  readonly severity?: unknown;
  readonly range?: {
    readonly start?: { readonly line?: unknown; readonly character?: unknown };
    readonly end?: { readonly line?: unknown; readonly character?: unknown };
  } | null;
}

const HINT_GALAT =
  'Ini kesalahan pada templat tata letak PDF, bukan pada isi naskah. ' +
  'Laporkan pesan ini beserta nama berkas templatnya kepada pengelola naskah; berkas DOCX tidak terpengaruh.';
const HINT_PERINGATAN =
  'PDF tetap dibuat, tetapi periksa halaman yang bersangkutan (nomor halaman, kata sambung, gambar) ' +
  'sebelum dikirim; laporkan peringatan ini kepada pengelola templat bila berulang.';

/** `berkas` relative to `akar` with forward slashes (as diagnostics name files); unchanged when outside it. */
export function relatifKeAkar(akar: string, berkas: string): string {
  const rel = path.relative(akar, berkas);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? berkas : rel).split(path.sep).join('/');
}

function angka(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Typst reports the call stack of an error as extra entries ("while calling unit"). */
const JEJAK = /^(while |error occurred )/;

/**
 * Converts Typst's diagnostics into ours. Call-stack entries become `related` places of the
 * error they belong to ("dipanggil dari sini").
 * @param akar folder file names are made relative to (the parent of templatesDir).
 * @param cadangan template file used when Typst names no file (reported at 1:1).
 */
export function dariTypst(items: readonly TypstDiagnostic[], akar: string, cadangan: string): Diagnostic[] {
  const hasil: Diagnostic[] = [];
  for (const d of items) {
    const galat = d.severity !== 2 && d.severity !== 'warning';
    const pesan = typeof d.message === 'string' ? d.message : String(d.message);
    const berkas = relatifKeAkar(akar, typeof d.path === 'string' && d.path !== '' ? d.path : cadangan);
    const baris = angka(d.range?.start?.line);
    const kolom = angka(d.range?.start?.character);
    const bBaris = angka(d.range?.end?.line);
    const bKolom = angka(d.range?.end?.character);
    const start = baris === null ? { line: 1, column: 1 } : { line: baris + 1, column: (kolom ?? 0) + 1 };
    const induk = hasil.at(-1);
    if (JEJAK.test(pesan) && induk !== undefined) {
      const related = [...(induk.related ?? []), { message: `dipanggil dari sini (${pesan})`, file: berkas, start }];
      hasil[hasil.length - 1] = { ...induk, related };
      continue;
    }
    hasil.push(
      diag(galat ? 'NSK401' : 'NSK402', {
        message: galat ? `Tata letak PDF gagal disusun: ${pesan}` : `Tata letak PDF disusun dengan peringatan: ${pesan}`,
        file: berkas,
        start,
        ...(baris !== null && bBaris !== null ? { end: { line: bBaris + 1, column: (bKolom ?? 0) + 1 } } : {}),
        hint: galat ? HINT_GALAT : HINT_PERINGATAN,
      }),
    );
  }
  return hasil;
}

/** An NSK401 for a failure that Typst did not describe (e.g. the native compiler threw). */
export function galatTakTerduga(akar: string, berkas: string, sebab: unknown): Diagnostic {
  const pesan = sebab instanceof Error ? sebab.message : String(sebab);
  return diag('NSK401', {
    message: `Tata letak PDF gagal disusun: ${pesan}`,
    file: relatifKeAkar(akar, berkas),
    start: { line: 1, column: 1 },
    hint: HINT_GALAT,
  });
}
