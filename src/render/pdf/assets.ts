/**
 * Images named in the IR (the kop lambang, Lampiran figures) are files outside the Typst
 * workspace, or inline SVG of generated figures. Their bytes are mapped into the workspace as
 * shadow files; the template receives a table from IR key to mapped path and draws a marked
 * placeholder for any key missing from it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BukuPedoman, Naskah, SourcePos, Surat } from '../../ir/types.js';
import { svgImageKey } from '../image-key.js';
import { relativeToRoot } from './diagnostics.js';

/** Image formats Typst reads, by extension. */
const IMAGE_FORMATS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp']);

/** Table key of an inline SVG figure (its IR `path` is ""); the template builds the same key. */
export const svgKey = svgImageKey;

/** An image the IR uses: its table key (the IR path, or `svgKey(id)`), where it comes from. */
export interface Asset {
  readonly key: string;
  readonly ext: string;
  /** Inline SVG markup, or null for a file at `key` (relative to the project root). */
  readonly svg: string | null;
  readonly source: SourcePos | null;
  readonly kind: 'lambang' | 'gambar';
}

/** Every image the IR uses, in document order, without duplicates. */
export function assetsIn(ir: Naskah | BukuPedoman | Surat): Asset[] {
  const result = new Map<string, Asset>();
  const add = (a: Asset) => {
    if (!result.has(a.key)) result.set(a.key, a);
  };
  const lambang = ir.jenis === 'buku-pedoman' ? ir.sampul.lambang : ir.kop.lambang;
  if (lambang) add({ key: lambang, ext: path.extname(lambang).toLowerCase(), svg: null, source: null, kind: 'lambang' });
  const blocks = ir.jenis === 'buku-pedoman' ? ir.isi : ir.jenis === 'surat' ? [] : ir.lampiran.flatMap((l) => l.isi);
  for (const b of blocks) {
    if (b.kind !== 'gambar') continue;
    if (b.svg) add({ key: svgKey(b.id), ext: '.svg', svg: b.svg, source: b.source, kind: 'gambar' });
    else if (b.path !== '') add({ key: b.path, ext: path.extname(b.path).toLowerCase(), svg: null, source: b.source, kind: 'gambar' });
  }
  return [...result.values()];
}

/** A read image, ready to be mapped under `name` in the data folder. */
export interface ReadAsset {
  readonly key: string;
  readonly name: string;
  readonly bytes: Buffer;
}

const FAMILY_ATTRIBUTE = /font-family\s*=\s*("[^"]*"|'[^']*')/g;
const FAMILY_CSS = /font-family\s*:\s*(?:"[^"]*"|'[^']*'|[^;}"'<>])*/g;

/**
 * SVG text set in TeX Gyre Bonum: Typst draws SVG text with any installed font it names
 * (TN-TYP-02 allows one family; the PDF must embed no other), so every font-family becomes
 * TeX Gyre Bonum and the root element gets it as default.
 */
export function svgBonum(svg: string): string {
  const replaced = svg.replace(FAMILY_ATTRIBUTE, 'font-family="TeX Gyre Bonum"').replace(FAMILY_CSS, 'font-family:TeX Gyre Bonum');
  return /<svg\b[^>]*\sfont-family\s*=/.test(replaced) ? replaced : replaced.replace(/<svg\b/, '<svg font-family="TeX Gyre Bonum"');
}

/** Where the bytes come from: the caller's table (as for the DOCX renderer) or the disk. */
export interface ImageSource {
  /** Image bytes by IR path; when given no file is read and missing images are not reported. */
  readonly images?: ReadonlyMap<string, Uint8Array> | undefined;
  /** Folder IR paths are relative to. */
  readonly projectRoot: string;
}

/** Reads the images; an unreadable file becomes an NSK403 and is left out (placeholder). */
export async function readAssets(
  list: readonly Asset[],
  source: ImageSource,
): Promise<{ readonly read: ReadAsset[]; readonly diagnostics: Diagnostic[] }> {
  const read: ReadAsset[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, a] of list.entries()) {
    const name = `assets/${i}${a.ext}`;
    let bytes: Buffer | null = a.svg === null ? null : Buffer.from(a.svg);
    let reason: string | null = null;
    if (bytes === null && !IMAGE_FORMATS.has(a.ext)) {
      reason = `formatnya (${a.ext || 'tanpa ekstensi'}) tidak didukung; gunakan PNG, JPG, GIF, SVG atau WebP`;
    } else if (bytes === null && source.images !== undefined) {
      const b = source.images.get(a.key);
      if (b === undefined) continue;
      bytes = Buffer.from(b);
    } else if (bytes === null) {
      try {
        bytes = await readFile(path.resolve(source.projectRoot, a.key));
      } catch (e) {
        reason = `berkasnya tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      }
    }
    if (bytes !== null && reason === null) {
      read.push({ key: a.key, name, bytes: a.ext === '.svg' ? Buffer.from(svgBonum(bytes.toString('utf8'))) : bytes });
      continue;
    }
    const what = a.kind === 'lambang' ? 'Lambang kop' : 'Gambar';
    diagnostics.push(
      diag('NSK403', {
        message: `${what} "${a.key}" tidak dapat dipasang di PDF: ${reason}. PDF memakai kotak pengganti.`,
        file: a.source?.file ?? relativeToRoot(source.projectRoot, path.resolve(source.projectRoot, a.key)),
        start: a.source ? { line: a.source.line, column: a.source.column } : { line: 1, column: 1 },
        hint: 'Periksa jalur berkas gambar (relatif terhadap folder proyek; untuk lambang: data daerah), pastikan berkasnya ada dan dapat dibaca, lalu bangun ulang.',
      }),
    );
  }
  return { read, diagnostics };
}
