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

const HINT_ERROR =
  'Ini kesalahan pada templat tata letak PDF, bukan pada isi naskah. ' +
  'Laporkan pesan ini beserta nama berkas templatnya kepada pengelola naskah; berkas DOCX tidak terpengaruh.';
const HINT_WARNING =
  'PDF tetap dibuat, tetapi periksa halaman yang bersangkutan (nomor halaman, kata sambung, gambar) ' +
  'sebelum dikirim; laporkan peringatan ini kepada pengelola templat bila berulang.';

/** `file` relative to `root` with forward slashes (as diagnostics name files); unchanged when outside it. */
export function relativeToRoot(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

function finiteOrNull(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Typst reports the call stack of an error as extra entries ("while calling unit"). */
const TRACE = /^(while |error occurred )/;

/**
 * Converts Typst's diagnostics into ours. Call-stack entries become `related` places of the
 * error they belong to ("dipanggil dari sini").
 * @param root folder file names are made relative to (the parent of templatesDir).
 * @param fallback template file used when Typst names no file (reported at 1:1).
 */
export function fromTypst(items: readonly TypstDiagnostic[], root: string, fallback: string): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const d of items) {
    const isError = d.severity !== 2 && d.severity !== 'warning';
    const message = typeof d.message === 'string' ? d.message : String(d.message);
    const file = relativeToRoot(root, typeof d.path === 'string' && d.path !== '' ? d.path : fallback);
    const line = finiteOrNull(d.range?.start?.line);
    const column = finiteOrNull(d.range?.start?.character);
    const endLine = finiteOrNull(d.range?.end?.line);
    const endColumn = finiteOrNull(d.range?.end?.character);
    const start = line === null ? { line: 1, column: 1 } : { line: line + 1, column: (column ?? 0) + 1 };
    const parent = result.at(-1);
    if (TRACE.test(message) && parent !== undefined) {
      const related = [...(parent.related ?? []), { message: `dipanggil dari sini (${message})`, file, start }];
      result[result.length - 1] = { ...parent, related };
      continue;
    }
    result.push(
      diag(isError ? 'NSK401' : 'NSK402', {
        message: isError ? `Tata letak PDF gagal disusun: ${message}` : `Tata letak PDF disusun dengan peringatan: ${message}`,
        file: file,
        start,
        ...(line !== null && endLine !== null ? { end: { line: endLine + 1, column: (endColumn ?? 0) + 1 } } : {}),
        hint: isError ? HINT_ERROR : HINT_WARNING,
      }),
    );
  }
  return result;
}

/** An NSK401 for a failure that Typst did not describe (e.g. the native compiler threw). */
export function unexpectedError(root: string, file: string, cause: unknown): Diagnostic {
  const message = cause instanceof Error ? cause.message : String(cause);
  return diag('NSK401', {
    message: `Tata letak PDF gagal disusun: ${message}`,
    file: relativeToRoot(root, file),
    start: { line: 1, column: 1 },
    hint: HINT_ERROR,
  });
}
