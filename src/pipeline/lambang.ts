/**
 * The lambang of a kop or a book cover, from content/daerah.yaml (RULES.md TN-KOP-01, review B2).
 *
 * Two entries: `lambang` (Garuda Pancasila, kop of the Peraturan and the Keputusan) and
 * `lambang_daerah` (the region's own emblem, cover of a standalone Buku Pedoman). A missing file is an
 * error (NSK403). An entry that is null or absent gives no image: the renderers then draw a marked
 * placeholder, and this module reports it (NSK340, a warning at the entry) so the placeholder never
 * leaves unnoticed; `naskah package` refuses a final document without its lambang (NSK708).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProjectPaths } from '../load/project.js';
import { displayPath, rangeAt, type YamlSource } from '../load/yaml-source.js';

/** Which emblem: the Garuda of the kop or the region's emblem of a book cover. */
export type LambangKind = 'lambang' | 'lambang_daerah';

/** What each entry holds, for messages. */
const WHAT: Record<LambangKind, { readonly name: string; readonly file: string }> = {
  lambang: { name: 'lambang Garuda Pancasila', file: 'lambang/garuda-pancasila.png' },
  lambang_daerah: { name: 'lambang daerah', file: 'lambang/lambang-daerah.png' },
};

/** Position of the entry in daerah.yaml (its value, else the file start when the key is absent). */
export function lambangEntry(daerah: YamlSource, kind: LambangKind): Pick<Diagnostic, 'file' | 'start' | 'end'> {
  return { file: daerah.file, ...rangeAt(daerah, [kind]) };
}

/** The resolved entry: image path relative to the project root (null: placeholder) and diagnostics. */
export interface Lambang {
  readonly path: string | null;
  /** False when the file is named but missing (an error; the document is not built). */
  readonly ok: boolean;
  readonly diagnostics: Diagnostic[];
}

/** Resolves the `kind` entry of daerah.yaml. */
export function resolveLambang(paths: ProjectPaths, daerah: YamlSource, kind: LambangKind): Lambang {
  const value = (daerah.data as Record<string, unknown>)[kind];
  const what = WHAT[kind];
  if (typeof value !== 'string' || value === '') {
    const message = `${what.name[0]!.toUpperCase()}${what.name.slice(1)} belum tersedia (\`${kind}: null\`): dokumen mencetak kotak pengganti "LAMBANG (belum tersedia)".`;
    const hint = `Letakkan berkas resmi ${what.name} (PNG atau SVG) di content/${what.file} dan tulis \`${kind}: ${what.file}\` di daerah.yaml. Naskah final tidak dapat dipaketkan tanpa lambang.`;
    return { path: null, ok: true, diagnostics: [diag('NSK340', { ...lambangEntry(daerah, kind), message, hint })] };
  }
  const absolute = resolve(dirname(daerah.absPath), value);
  if (!existsSync(absolute)) {
    const hint = `Periksa jalur relatif terhadap daerah.yaml, atau tulis \`${kind}: null\` untuk memakai tempat lambang sementara.`;
    return { path: null, ok: false, diagnostics: [diag('NSK403', { ...lambangEntry(daerah, kind), message: `Gambar ${what.name} ${value} tidak ditemukan.`, hint })] };
  }
  return { path: displayPath(paths.root, absolute), ok: true, diagnostics: [] };
}
