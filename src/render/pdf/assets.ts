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
import { relatifKeAkar } from './diagnostics.js';

/** Image formats Typst reads, by extension. */
const FORMAT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp']);

/** Table key of an inline SVG figure (its IR `path` is ""); the template builds the same key. */
export const kunciSvg = svgImageKey;

/** An image the IR uses: its table key (the IR path, or `kunciSvg(id)`), where it comes from. */
export interface Aset {
  readonly kunci: string;
  readonly ext: string;
  /** Inline SVG markup, or null for a file at `kunci` (relative to the project root). */
  readonly svg: string | null;
  readonly sumber: SourcePos | null;
  readonly apa: 'lambang' | 'gambar';
}

/** Every image the IR uses, in document order, without duplicates. */
export function asetDalam(ir: Naskah | BukuPedoman | Surat): Aset[] {
  const hasil = new Map<string, Aset>();
  const tambah = (a: Aset) => {
    if (!hasil.has(a.kunci)) hasil.set(a.kunci, a);
  };
  const lambang = ir.jenis === 'buku-pedoman' ? ir.sampul.lambang : ir.kop.lambang;
  if (lambang) tambah({ kunci: lambang, ext: path.extname(lambang).toLowerCase(), svg: null, sumber: null, apa: 'lambang' });
  const blocks = ir.jenis === 'buku-pedoman' ? ir.isi : ir.jenis === 'surat' ? [] : ir.lampiran.flatMap((l) => l.isi);
  for (const b of blocks) {
    if (b.kind !== 'gambar') continue;
    if (b.svg) tambah({ kunci: kunciSvg(b.id), ext: '.svg', svg: b.svg, sumber: b.source, apa: 'gambar' });
    else if (b.path !== '') tambah({ kunci: b.path, ext: path.extname(b.path).toLowerCase(), svg: null, sumber: b.source, apa: 'gambar' });
  }
  return [...hasil.values()];
}

/** A read image, ready to be mapped under `nama` in the data folder. */
export interface AsetTerbaca {
  readonly kunci: string;
  readonly nama: string;
  readonly isi: Buffer;
}

const FAMILI_ATRIBUT = /font-family\s*=\s*("[^"]*"|'[^']*')/g;
const FAMILI_CSS = /font-family\s*:\s*(?:"[^"]*"|'[^']*'|[^;}"'<>])*/g;

/**
 * SVG text set in TeX Gyre Bonum: Typst draws SVG text with any installed font it names
 * (TN-TYP-02 allows one family; the PDF must embed no other), so every font-family becomes
 * TeX Gyre Bonum and the root element gets it as default.
 */
export function svgBonum(svg: string): string {
  const ganti = svg.replace(FAMILI_ATRIBUT, 'font-family="TeX Gyre Bonum"').replace(FAMILI_CSS, 'font-family:TeX Gyre Bonum');
  return /<svg\b[^>]*\sfont-family\s*=/.test(ganti) ? ganti : ganti.replace(/<svg\b/, '<svg font-family="TeX Gyre Bonum"');
}

/** Where the bytes come from: the caller's table (as for the DOCX renderer) or the disk. */
export interface SumberGambar {
  /** Image bytes by IR path; when given no file is read and missing images are not reported. */
  readonly images?: ReadonlyMap<string, Uint8Array> | undefined;
  /** Folder IR paths are relative to. */
  readonly akarProyek: string;
}

/** Reads the images; an unreadable file becomes an NSK403 and is left out (placeholder). */
export async function bacaAset(
  daftar: readonly Aset[],
  sumber: SumberGambar,
): Promise<{ readonly terbaca: AsetTerbaca[]; readonly diagnostics: Diagnostic[] }> {
  const terbaca: AsetTerbaca[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, a] of daftar.entries()) {
    const nama = `aset/${i}${a.ext}`;
    let isi: Buffer | null = a.svg === null ? null : Buffer.from(a.svg);
    let sebab: string | null = null;
    if (isi === null && !FORMAT.has(a.ext)) {
      sebab = `formatnya (${a.ext || 'tanpa ekstensi'}) tidak didukung; gunakan PNG, JPG, GIF, SVG atau WebP`;
    } else if (isi === null && sumber.images !== undefined) {
      const b = sumber.images.get(a.kunci);
      if (b === undefined) continue;
      isi = Buffer.from(b);
    } else if (isi === null) {
      try {
        isi = await readFile(path.resolve(sumber.akarProyek, a.kunci));
      } catch (e) {
        sebab = `berkasnya tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      }
    }
    if (isi !== null && sebab === null) {
      terbaca.push({ kunci: a.kunci, nama, isi: a.ext === '.svg' ? Buffer.from(svgBonum(isi.toString('utf8'))) : isi });
      continue;
    }
    const apa = a.apa === 'lambang' ? 'Lambang kop' : 'Gambar';
    diagnostics.push(
      diag('NSK403', {
        message: `${apa} "${a.kunci}" tidak dapat dipasang di PDF: ${sebab}. PDF memakai kotak pengganti.`,
        file: a.sumber?.file ?? relatifKeAkar(sumber.akarProyek, path.resolve(sumber.akarProyek, a.kunci)),
        start: a.sumber ? { line: a.sumber.line, column: a.sumber.column } : { line: 1, column: 1 },
        hint: 'Periksa jalur berkas gambar (relatif terhadap folder proyek; untuk lambang: data daerah), pastikan berkasnya ada dan dapat dibaca, lalu bangun ulang.',
      }),
    );
  }
  return { terbaca, diagnostics };
}
