/**
 * PDF renderer: the IR goes to the Typst layout in templates/typst/naskah as JSON data (never as
 * source), and Typst's messages come back as NSK401/NSK402 diagnostics (DESIGN.md, "Rules of the
 * road"; STYLE.md point 10). Same IR ⇒ byte-identical PDF: the only date used is ir.metadata.date.
 *
 * Catchwords (TN-TYP-07) need to know which paragraphs break across pages; the layout reports
 * them and, when one was not yet marked word by word, the document is compiled again (warm,
 * so cheap). The set is remembered per document id so that warm rebuilds usually need one pass.
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Naskah } from '../../ir/types.js';
import { asetDalam, bacaAset } from './aset.js';
import { jalurData, kompilerUntuk, type KompilerTypst } from './compiler.js';
import { dariTypst, galatTakTerduga, type TypstDiagnostic } from './diagnostics.js';

/** Where the templates and fonts are. */
export interface PdfOptions {
  /** The project's templates/ folder; it is the Typst workspace root. */
  readonly templatesDir: string;
  /** Folder with the TeX Gyre Bonum OTF files (templates/fonts). */
  readonly fontsDir: string;
}

/** The PDF (null when the layout failed), what Typst said, and the page count. */
export interface PdfResult {
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
  pages: number;
}

/** Entry file of the layout, relative to templatesDir. */
export const TEMPLAT_UTAMA = 'typst/naskah/main.typ';

/** At most this many compiles per render (the split-paragraph set only grows, so it converges). */
const BATAS_KOMPILASI = 4;

/** Split-paragraph keys per document id, from the previous render (bounded). */
const pecahTerakhir = new Map<string, ReadonlySet<string>>();
const BATAS_INGATAN = 16;

/** Seconds since the epoch for the PDF creation date, from ir.metadata.date (0 when unparsable). */
export function detikDari(tanggal: string): number {
  const ms = Date.parse(tanggal);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

/**
 * Renders a naskah IR to PDF with the Typst layout (F4, TeX Gyre Bonum, kop, catchwords,
 * bookmarks per BAB and Lampiran). Never throws for layout problems: they are diagnostics.
 */
export async function renderPdf(ir: Naskah, options: PdfOptions): Promise<PdfResult> {
  const k = kompilerUntuk(options.templatesDir, options.fontsDir);
  const akar = path.dirname(k.workspace);
  const utama = path.join(k.workspace, TEMPLAT_UTAMA);
  const gambar = await bacaAset(asetDalam(ir), akar);

  // From here on everything is synchronous: no other render can touch the shadow files.
  const diagnostics: Diagnostic[] = [...gambar.diagnostics];
  try {
    petakanData(k, ir, gambar.terbaca);
    const hasil = susun(k, utama, akar, new Set(pecahTerakhir.get(ir.id) ?? []));
    diagnostics.push(...hasil.diagnostics);
    if (hasil.pecah !== null) ingat(ir.id, hasil.pecah);
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
    k.compiler.evictCache(10);
  }
}

type Dokumen = NonNullable<ReturnType<KompilerTypst['compiler']['compile']>['result']>;

/** Maps the IR, the image table and the images into the workspace as shadow files. */
function petakanData(k: KompilerTypst, ir: Naskah, gambar: readonly { jalur: string; nama: string; isi: Buffer }[]): void {
  const tabel: Record<string, string> = {};
  const kini = new Set<string>();
  for (const g of gambar) {
    const j = jalurData(k, g.nama);
    k.compiler.mapShadow(j.fs, g.isi);
    tabel[g.jalur] = j.typst;
    kini.add(j.fs);
  }
  for (const lama of k.asetTerpeta) if (!kini.has(lama)) k.compiler.unmapShadow(lama);
  k.asetTerpeta = kini;
  k.compiler.mapShadow(jalurData(k, 'ir.json').fs, Buffer.from(JSON.stringify(ir)));
  k.compiler.mapShadow(jalurData(k, 'aset.json').fs, Buffer.from(JSON.stringify(tabel)));
}

/**
 * Compiles until every paragraph that breaks across pages carries word markers, starting from
 * `pecah` (keys known to need them). Returns the last document and its diagnostics.
 */
function susun(
  k: KompilerTypst,
  utama: string,
  akar: string,
  pecah: Set<string>,
): { doc: Dokumen | null; diagnostics: Diagnostic[]; pecah: ReadonlySet<string> | null } {
  let terakhir: { doc: Dokumen | null; diagnostics: Diagnostic[]; pecah: ReadonlySet<string> | null } = {
    doc: null,
    diagnostics: [],
    pecah: null,
  };
  for (let i = 0; i < BATAS_KOMPILASI; i++) {
    const kunci = [...pecah].sort();
    k.compiler.mapShadow(jalurData(k, 'pecah.json').fs, Buffer.from(JSON.stringify(Object.fromEntries(kunci.map((x) => [x, true])))));
    const r = k.compiler.compile({ mainFilePath: utama });
    const mentah: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) {
      if (e) mentah.push(...(k.compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    }
    const diagnostics = dariTypst(mentah, akar, utama);
    const doc = r.result;
    if (doc === null || diagnostics.some((d) => d.severity === 'error')) return { doc, diagnostics, pecah: null };
    const terpecah = pecahDari(k.compiler.query(doc, { selector: '<sambung-peta>', field: 'value' }));
    terakhir = { doc, diagnostics, pecah: terpecah };
    const baru = [...terpecah].filter((x) => !pecah.has(x));
    if (baru.length === 0) break;
    for (const x of baru) pecah.add(x);
  }
  return terakhir;
}

/** Keys of split paragraphs from the `<sambung-peta>` query result. */
function pecahDari(hasil: unknown): ReadonlySet<string> {
  const pertama: unknown = Array.isArray(hasil) ? hasil[0] : null;
  const p = pertama !== null && typeof pertama === 'object' ? (pertama as { pecah?: unknown }).pecah : null;
  return new Set(p !== null && typeof p === 'object' ? Object.keys(p as object) : []);
}

function ingat(id: string, pecah: ReadonlySet<string>): void {
  pecahTerakhir.delete(id);
  pecahTerakhir.set(id, pecah);
  while (pecahTerakhir.size > BATAS_INGATAN) {
    const tertua = pecahTerakhir.keys().next().value;
    if (tertua === undefined) break;
    pecahTerakhir.delete(tertua);
  }
}
