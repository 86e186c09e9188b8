/**
 * Typst diagnostics → naskah diagnostics (STYLE.md point 10): a Typst error becomes NSK401, a
 * Typst warning NSK402, both in Bahasa Indonesia with the template file and position.
 */
import path from 'node:path';
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

/** Code for a Typst compile error. */
export const KODE_GALAT_TYPST = 'NSK401';
/** Code for a Typst warning. */
export const KODE_PERINGATAN_TYPST = 'NSK402';

const HINT_GALAT =
  'Ini kesalahan pada templat tata letak PDF, bukan pada isi naskah. ' +
  'Laporkan pesan ini beserta nama berkas templatnya kepada pengelola naskah; berkas DOCX tidak terpengaruh.';
const HINT_PERINGATAN =
  'PDF tetap dibuat, tetapi periksa halaman yang bersangkutan (nomor halaman, kata sambung, gambar) ' +
  'sebelum dikirim; laporkan peringatan ini kepada pengelola templat bila berulang.';

/** Path relative to the project root (the parent of templatesDir), with forward slashes. */
export function relatifKeAkar(akar: string, berkas: string): string {
  const rel = path.relative(akar, berkas);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? berkas : rel).split(path.sep).join('/');
}

function angka(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/**
 * Converts Typst's diagnostics into ours.
 * @param akar project root, for relative file names.
 * @param cadangan template file used when Typst names no file (reported at 1:1).
 */
export function dariTypst(items: readonly TypstDiagnostic[], akar: string, cadangan: string): Diagnostic[] {
  return items.map((d) => {
    const galat = d.severity !== 2 && d.severity !== 'warning';
    const pesan = typeof d.message === 'string' ? d.message : String(d.message);
    const berkas = typeof d.path === 'string' && d.path !== '' ? d.path : cadangan;
    const baris = angka(d.range?.start?.line);
    const kolom = angka(d.range?.start?.character);
    const bBaris = angka(d.range?.end?.line);
    const bKolom = angka(d.range?.end?.character);
    const start = baris === null ? { line: 1, column: 1 } : { line: baris + 1, column: (kolom ?? 0) + 1 };
    const diag: Diagnostic = {
      code: galat ? KODE_GALAT_TYPST : KODE_PERINGATAN_TYPST,
      severity: galat ? 'error' : 'warning',
      message: galat ? `Tata letak PDF gagal disusun: ${pesan}` : `Tata letak PDF disusun dengan peringatan: ${pesan}`,
      file: relatifKeAkar(akar, berkas),
      start,
      ...(baris !== null && bBaris !== null ? { end: { line: bBaris + 1, column: (bKolom ?? 0) + 1 } } : {}),
      hint: galat ? HINT_GALAT : HINT_PERINGATAN,
    };
    return diag;
  });
}

/** An NSK401 for a failure that Typst did not describe (e.g. the native compiler threw). */
export function galatTakTerduga(akar: string, berkas: string, sebab: unknown): Diagnostic {
  const pesan = sebab instanceof Error ? sebab.message : String(sebab);
  return {
    code: KODE_GALAT_TYPST,
    severity: 'error',
    message: `Tata letak PDF gagal disusun: ${pesan}`,
    file: relatifKeAkar(akar, berkas),
    start: { line: 1, column: 1 },
    hint: HINT_GALAT,
  };
}
