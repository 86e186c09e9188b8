/**
 * PDF renderer: the IR goes to the Typst layout in templates/typst/naskah as JSON data (never as
 * source), and Typst's messages come back as NSK401/NSK402 diagnostics (DESIGN.md, "Rules of the
 * road"; STYLE.md point 10). Same IR ⇒ byte-identical PDF: the only date used is ir.metadata.date.
 *
 * Catchwords (TN-TYP-07) need to know which paragraphs break across pages: a first compile with
 * no paragraph marked word by word reports them, a second compile marks exactly those (see
 * templates/typst/naskah/sambung.typ). Marking moves no line break, so the second compile
 * reports the same set and the result depends on the IR alone; Typst's memoisation makes the
 * second compile, and both compiles of a rebuild, cheap.
 */
import path from 'node:path';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BukuPedoman, Naskah, Surat } from '../../ir/types.js';
import { asetDalam, bacaAset, type AsetTerbaca } from './aset.js';
import { jalurData, kompilerUntuk, type KompilerTypst } from './compiler.js';
import { dariTypst, galatTakTerduga, relatifKeAkar, type TypstDiagnostic } from './diagnostics.js';

/** Where the templates, fonts and images are. */
export interface PdfOptions {
  /** The tool's templates/ folder; it is the Typst workspace root. */
  readonly templatesDir: string;
  /** Folder with the TeX Gyre Bonum OTF files (templates/fonts). */
  readonly fontsDir: string;
  /** Folder IR image paths are relative to (the user's project); default: the parent of templatesDir. */
  readonly projectRoot?: string;
  /**
   * Image bytes by IR path, read by the caller as for the DOCX renderer. When given, the renderer
   * reads no file, and an image missing from the map is drawn as a placeholder without a
   * diagnostic (the caller reports it); otherwise unreadable files are reported as NSK403.
   */
  readonly images?: ReadonlyMap<string, Uint8Array>;
}

/** The PDF (null when the layout failed), what Typst said, and the page count. */
export interface PdfResult {
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
  pages: number;
}

/** Entry file of the layout, relative to templatesDir. */
export const TEMPLAT_UTAMA = 'typst/naskah/main.typ';

/** At most this many compiles per render (markers move no line break: two suffice). */
const BATAS_KOMPILASI = 4;

/** Seconds since the epoch for the PDF creation date, from ir.metadata.date (0 when unparsable). */
export function detikDari(tanggal: string): number {
  const ms = Date.parse(tanggal);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

/**
 * Renders a naskah IR to PDF with the Typst layout (F4, TeX Gyre Bonum, kop, catchwords,
 * bookmarks per BAB and Lampiran): a Peraturan or Keputusan, a standalone Buku Pedoman, or a
 * letter (main.typ dispatches on `jenis`). Never throws for layout problems: they are diagnostics.
 */
export async function renderPdf(ir: Naskah | BukuPedoman | Surat, options: PdfOptions): Promise<PdfResult> {
  const workspace = path.resolve(options.templatesDir);
  const akar = path.dirname(workspace);
  const utama = path.join(workspace, TEMPLAT_UTAMA);
  const gambar = await bacaAset(asetDalam(ir), { images: options.images, akarProyek: path.resolve(options.projectRoot ?? akar) });

  // From here on everything is synchronous: no other render can touch the shadow files.
  const diagnostics: Diagnostic[] = [...gambar.diagnostics];
  let k: KompilerTypst | null = null;
  try {
    k = kompilerUntuk(workspace, options.fontsDir);
    petakanData(k, ir, gambar.terbaca);
    const hasil = susun(k, utama, akar);
    diagnostics.push(...hasil.diagnostics);
    if (hasil.doc === null || hasil.diagnostics.some((d) => d.severity === 'error')) {
      return { bytes: null, diagnostics, pages: 0 };
    }
    const pdf = k.compiler.pdf(hasil.doc, { creationTimestamp: detikDari(ir.metadata.date), pdfTags: true });
    return { bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), diagnostics, pages: hasil.doc.numOfPages };
  } catch (e) {
    diagnostics.push(galatTakTerduga(akar, utama, e));
    return { bytes: null, diagnostics, pages: 0 };
  } finally {
    // Keep the memo cache bounded in long-running processes (preview).
    k?.compiler.evictCache(10);
  }
}

type Dokumen = NonNullable<ReturnType<KompilerTypst['compiler']['compile']>['result']>;

/** Maps the IR, the image table and the images into the workspace as shadow files. */
function petakanData(k: KompilerTypst, ir: Naskah | BukuPedoman | Surat, gambar: readonly AsetTerbaca[]): void {
  const tabel: Record<string, string> = {};
  const kini = new Set<string>();
  for (const g of gambar) {
    const j = jalurData(k, g.nama);
    k.compiler.mapShadow(j.fs, g.isi);
    tabel[g.kunci] = j.typst;
    kini.add(j.fs);
  }
  for (const lama of k.asetTerpeta) if (!kini.has(lama)) k.compiler.unmapShadow(lama);
  k.asetTerpeta = kini;
  k.compiler.mapShadow(jalurData(k, 'ir.json').fs, Buffer.from(JSON.stringify(ir)));
  k.compiler.mapShadow(jalurData(k, 'aset.json').fs, Buffer.from(JSON.stringify(tabel)));
}

/**
 * Compiles, starting with no paragraph marked word by word, until the set of marked paragraphs
 * equals the set of paragraphs that break across pages in the result. Always starting from the
 * empty set (never from an earlier render's) keeps the bytes a function of the IR alone:
 * markers change the PDF's text operators. Returns the last document and its diagnostics.
 */
function susun(k: KompilerTypst, utama: string, akar: string): { doc: Dokumen | null; diagnostics: Diagnostic[] } {
  let pecah: ReadonlySet<string> = new Set();
  let terakhir: { doc: Dokumen | null; diagnostics: Diagnostic[] } = { doc: null, diagnostics: [] };
  for (let i = 0; i < BATAS_KOMPILASI; i++) {
    k.compiler.mapShadow(jalurData(k, 'pecah.json').fs, Buffer.from(JSON.stringify(pecahKeJson(pecah))));
    const r = k.compiler.compile({ mainFilePath: utama });
    const mentah: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) {
      if (e) mentah.push(...(k.compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    }
    const diagnostics = dariTypst(mentah, akar, utama);
    const doc = r.result;
    if (doc === null || diagnostics.some((d) => d.severity === 'error')) return { doc, diagnostics };
    const terpecah = pecahDari(k.compiler.query(doc, { selector: '<sambung-peta>', field: 'value' }));
    terakhir = { doc, diagnostics };
    if (terpecah.size === pecah.size && [...terpecah].every((x) => pecah.has(x))) return terakhir;
    pecah = terpecah;
  }
  // Not settled (markers never moved a line break in our measurements, so this is unexpected).
  terakhir.diagnostics.push(
    diag('NSK402', {
      message: `Tata letak PDF disusun dengan peringatan: letak pemisah halaman belum stabil setelah ${BATAS_KOMPILASI} kali penyusunan, sehingga kata sambung di beberapa halaman mungkin tidak tepat.`,
      file: relatifKeAkar(akar, utama),
      start: { line: 1, column: 1 },
      hint: 'Periksa kata sambung di bagian bawah halaman PDF; laporkan naskah ini kepada pengelola templat.',
    }),
  );
  return terakhir;
}

/** Separates group and key in the flat set (the template uses the same separator). */
const PEMISAH = '\u0001';

/** Flat set → `{ group: { key: true } }`, sorted, as the template reads it. */
function pecahKeJson(pecah: ReadonlySet<string>): Record<string, Record<string, true>> {
  const hasil: Record<string, Record<string, true>> = {};
  for (const x of [...pecah].sort()) {
    const i = x.indexOf(PEMISAH);
    const g = x.slice(0, i);
    (hasil[g] ??= {})[x.slice(i + 1)] = true;
  }
  return hasil;
}

/** Split paragraphs from the `<sambung-peta>` query result, as a flat set of group␁key. */
function pecahDari(hasil: unknown): ReadonlySet<string> {
  const pertama: unknown = Array.isArray(hasil) ? hasil[0] : null;
  const p = pertama !== null && typeof pertama === 'object' ? (pertama as { pecah?: unknown }).pecah : null;
  const keluar = new Set<string>();
  if (p === null || typeof p !== 'object') return keluar;
  for (const [g, isi] of Object.entries(p as Record<string, unknown>)) {
    if (isi !== null && typeof isi === 'object') for (const k of Object.keys(isi)) keluar.add(g + PEMISAH + k);
  }
  return keluar;
}
