/**
 * The lambang of a kop or a book cover, from content/daerah.yaml (RULES.md TN-KOP-01, review B2).
 *
 * Two entries: `lambang` (Garuda Pancasila, kop of the Peraturan and the Keputusan) and
 * `lambang_daerah` (the region's own emblem, cover of a standalone Buku Pedoman). A missing file is an
 * error (NSK403). An entry that is null or absent gives no image: the renderers then draw a marked
 * placeholder, and rendering reports it (NSK404, a warning at the entry, render-document.ts) so the
 * placeholder never leaves unnoticed; `naskah package` refuses a final document without it (NSK708).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { confine, refusalText } from '../load/confine.js';
import type { ProjectPaths } from '../load/project.js';
import type { Dokumen, Surat } from '../ir/types.js';
import { displayPath, loadYaml, rangeAt, type YamlSource } from '../load/yaml-source.js';

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

/** The warning for a document printed with the placeholder (or, `blank`, an empty place) instead of the `kind` emblem. */
export function placeholderWarning(daerah: YamlSource, kind: LambangKind, blank = false): Diagnostic {
  const what = WHAT[kind];
  const printed = blank ? 'tempat lambang dalam dokumen paket dibiarkan kosong' : 'dokumen dicetak dengan kotak pengganti "LAMBANG (belum tersedia)"';
  const message = `${what.name[0]!.toUpperCase()}${what.name.slice(1)} belum tersedia (\`${kind}: null\`): ${printed}.`;
  const hint = `Letakkan berkas resmi ${what.name} (PNG atau SVG) di content/${what.file} dan tulis \`${kind}: ${what.file}\` di daerah.yaml. Naskah final tidak dapat dipaketkan tanpa lambang.`;
  return diag('NSK404', { ...lambangEntry(daerah, kind), message, hint });
}

/** The placeholder warning for a document whose kop (or book cover) has no lambang, read from content/daerah.yaml. */
export function lambangWarnings(paths: ProjectPaths, ir: Dokumen, blank = false): Diagnostic[] {
  const cover = ir.jenis === 'buku-pedoman';
  if ((cover ? ir.sampul.lambang : ir.kop.lambang) !== null) return [];
  const daerah = loadYaml(join(paths.content, 'daerah.yaml'), paths.root).source;
  return daerah ? [placeholderWarning(daerah, cover ? 'lambang_daerah' : 'lambang', blank)] : [];
}

/**
 * The copy that leaves the office (`naskah package`): without a lambang file its place stays blank, so
 * no placeholder text goes out (review B2: "leave the kop empty" until the file is supplied).
 */
export function withBlankLambang<T extends Dokumen | Surat>(ir: T): T {
  if (ir.jenis === 'buku-pedoman') return ir.sampul.lambang === null ? { ...ir, sampul: { ...ir.sampul, lambangKosong: true } } : ir;
  return ir.kop.lambang === null ? { ...ir, kop: { ...ir.kop, lambangKosong: true } } : ir;
}

/**
 * Resolves the `kind` entry of daerah.yaml: null (placeholder) when absent; NSK104 when it names a path
 * outside the project, NSK403 when its file is missing.
 */
export function resolveLambang(paths: ProjectPaths, daerah: YamlSource, kind: LambangKind): Lambang {
  const value = (daerah.data as Record<string, unknown>)[kind];
  if (typeof value !== 'string' || value === '') return { path: null, ok: true, diagnostics: [] };
  const place = lambangEntry(daerah, kind);
  // A path outside the project is refused (NSK104), like every path a source names.
  const confined = confine(paths.root, dirname(daerah.absPath), value);
  if (!confined.ok) return { path: null, ok: false, diagnostics: [diag('NSK104', { ...place, ...refusalText(value, confined.reason) })] };
  const absolute = confined.absPath;
  if (!existsSync(absolute)) {
    const hint = `Periksa jalur relatif terhadap daerah.yaml, atau tulis \`${kind}: null\` untuk memakai tempat lambang sementara.`;
    return { path: null, ok: false, diagnostics: [diag('NSK403', { ...place, message: `Gambar ${kind === 'lambang' ? 'lambang' : 'lambang daerah'} ${value} tidak ditemukan.`, hint })] };
  }
  return { path: displayPath(paths.root, absolute), ok: true, diagnostics: [] };
}
