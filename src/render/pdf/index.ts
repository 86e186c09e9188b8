/**
 * PDF renderer: the IR goes to the Typst layout in templates/typst/naskah as JSON data (never as
 * source), and Typst's messages come back as NSK401/NSK402 diagnostics (DESIGN.md, "Rules of the
 * road"; STYLE.md point 10). Same IR ⇒ byte-identical PDF: the only date used is ir.metadata.date.
 *
 * Catchwords (TN-TYP-07) need to know which paragraphs break across pages: a first compile with
 * no paragraph marked word by word reports them, a second compile marks exactly those (see
 * templates/typst/naskah/catchword.typ). Marking moves no line break, so the second compile
 * reports the same set and the result depends on the IR alone; Typst's memoisation makes the
 * second compile, and both compiles of a rebuild, cheap.
 */
import path from 'node:path';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../ir/house-style.js';
import type { BukuPedoman, Naskah, Surat } from '../../ir/types.js';
import { withLampiranHeaders } from '../lampiran-header.js';
import { assetsIn, readAssets, type ReadAsset } from './assets.js';
import { dataPath, compilerFor, type TypstCompiler } from './compiler.js';
import { fromTypst, unexpectedError, relativeToRoot, type TypstDiagnostic } from './diagnostics.js';

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
  /** Page-layout house style (content/naskah.config.yaml `tata_letak`); default: the catalogue's. */
  readonly houseStyle?: HouseStyle;
  /** Return the pages as one SVG (Typst's vector output) instead of the PDF (`naskah preview`). */
  readonly svg?: boolean;
}

/** The PDF (null when the layout failed or SVG was asked for), what Typst said, and the page count. */
export interface PdfResult {
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
  pages: number;
  /** All pages as one SVG, when `options.svg` asked for it (instead of the PDF) and the layout succeeded. */
  svg?: string;
}

/** Entry file of the layout, relative to templatesDir. */
export const MAIN_TEMPLATE = 'typst/naskah/main.typ';

/** At most this many compiles per render (markers move no line break: two suffice). */
const MAX_COMPILES = 4;

/** Seconds since the epoch for the PDF creation date, from ir.metadata.date (0 when unparsable). */
export function secondsFrom(date: string): number {
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

/**
 * Renders a naskah IR to PDF with the Typst layout (F4, TeX Gyre Bonum, kop, catchwords,
 * bookmarks per BAB and Lampiran): a Peraturan or Keputusan, a standalone Buku Pedoman, or a
 * letter (main.typ dispatches on `jenis`). Never throws for layout problems: they are diagnostics.
 */
export async function renderPdf(ir: Naskah | BukuPedoman | Surat, options: PdfOptions): Promise<PdfResult> {
  const workspace = path.resolve(options.templatesDir);
  const root = path.dirname(workspace);
  const main = path.join(workspace, MAIN_TEMPLATE);
  const assets = await readAssets(assetsIn(ir), { images: options.images, projectRoot: path.resolve(options.projectRoot ?? root) });

  // From here on everything is synchronous: no other render can touch the shadow files.
  const diagnostics: Diagnostic[] = [...assets.diagnostics];
  let k: TypstCompiler | null = null;
  try {
    k = compilerFor(workspace, options.fontsDir);
    mapData(k, ir, assets.read, options.houseStyle ?? DEFAULT_HOUSE_STYLE);
    const result = compile(k, main, root);
    diagnostics.push(...result.diagnostics);
    if (result.doc === null || result.diagnostics.some((d) => d.severity === 'error')) {
      return { bytes: null, diagnostics, pages: 0 };
    }
    if (options.svg) return { bytes: null, diagnostics, pages: result.doc.numOfPages, svg: k.compiler.svg(result.doc) };
    const pdf = k.compiler.pdf(result.doc, { creationTimestamp: secondsFrom(ir.metadata.date), pdfTags: true });
    return { bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), diagnostics, pages: result.doc.numOfPages };
  } catch (e) {
    diagnostics.push(unexpectedError(root, main, e));
    return { bytes: null, diagnostics, pages: 0 };
  } finally {
    // Keep the memo cache bounded in long-running processes (preview).
    k?.compiler.evictCache(10);
  }
}

type TypstDocument = NonNullable<ReturnType<TypstCompiler['compiler']['compile']>['result']>;

/**
 * Maps the IR (Lampiran headers in the house style), the house style, the image table and the
 * images into the workspace as shadow files.
 */
function mapData(k: TypstCompiler, ir: Naskah | BukuPedoman | Surat, assets: readonly ReadAsset[], style: HouseStyle): void {
  const table: Record<string, string> = {};
  const current = new Set<string>();
  for (const a of assets) {
    const j = dataPath(k, a.name);
    k.compiler.mapShadow(j.fs, a.bytes);
    table[a.key] = j.typst;
    current.add(j.fs);
  }
  for (const old of k.mappedAssets) if (!current.has(old)) k.compiler.unmapShadow(old);
  k.mappedAssets = current;
  const laidOut = ir.jenis === 'buku-pedoman' || ir.jenis === 'surat' ? ir : withLampiranHeaders(ir, style.lampiran);
  k.compiler.mapShadow(dataPath(k, 'ir.json').fs, Buffer.from(JSON.stringify(laidOut)));
  k.compiler.mapShadow(dataPath(k, 'style.json').fs, Buffer.from(JSON.stringify(style)));
  k.compiler.mapShadow(dataPath(k, 'assets.json').fs, Buffer.from(JSON.stringify(table)));
}

/**
 * Compiles, starting with no paragraph marked word by word, until the set of marked paragraphs
 * equals the set of paragraphs that break across pages in the result. Always starting from the
 * empty set (never from an earlier render's) keeps the bytes a function of the IR alone:
 * markers change the PDF's text operators. Returns the last document and its diagnostics.
 */
function compile(k: TypstCompiler, main: string, root: string): { doc: TypstDocument | null; diagnostics: Diagnostic[] } {
  let split: ReadonlySet<string> = new Set();
  let last: { doc: TypstDocument | null; diagnostics: Diagnostic[] } = { doc: null, diagnostics: [] };
  for (let i = 0; i < MAX_COMPILES; i++) {
    k.compiler.mapShadow(dataPath(k, 'split.json').fs, Buffer.from(JSON.stringify(splitToJson(split))));
    const r = k.compiler.compile({ mainFilePath: main });
    const raw: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) {
      if (e) raw.push(...(k.compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    }
    const diagnostics = fromTypst(raw, root, main);
    const doc = r.result;
    if (doc === null || diagnostics.some((d) => d.severity === 'error')) return { doc, diagnostics };
    const splitNow = splitFromQuery(k.compiler.query(doc, { selector: '<catchword-map>', field: 'value' }));
    last = { doc, diagnostics };
    if (splitNow.size === split.size && [...splitNow].every((x) => split.has(x))) return last;
    split = splitNow;
  }
  // Not settled (markers never moved a line break in our measurements, so this is unexpected).
  last.diagnostics.push(
    diag('NSK402', {
      message: `Tata letak PDF disusun dengan peringatan: letak pemisah halaman belum stabil setelah ${MAX_COMPILES} kali penyusunan, sehingga kata sambung di beberapa halaman mungkin tidak tepat.`,
      file: relativeToRoot(root, main),
      start: { line: 1, column: 1 },
      hint: 'Periksa kata sambung di bagian bawah halaman PDF; laporkan naskah ini kepada pengelola templat.',
    }),
  );
  return last;
}

/** Separates group and key in the flat set (the template uses the same separator). */
const SEPARATOR = '\u0001';

/** Flat set → `{ group: { key: true } }`, sorted, as the template reads it. */
function splitToJson(split: ReadonlySet<string>): Record<string, Record<string, true>> {
  const result: Record<string, Record<string, true>> = {};
  for (const x of [...split].sort()) {
    const i = x.indexOf(SEPARATOR);
    const g = x.slice(0, i);
    (result[g] ??= {})[x.slice(i + 1)] = true;
  }
  return result;
}

/** Split paragraphs from the `<catchword-map>` query result, as a flat set of group␁key. */
function splitFromQuery(result: unknown): ReadonlySet<string> {
  const first: unknown = Array.isArray(result) ? result[0] : null;
  const p = first !== null && typeof first === 'object' ? (first as { split?: unknown }).split : null;
  const out = new Set<string>();
  if (p === null || typeof p !== 'object') return out;
  for (const [g, keys] of Object.entries(p as Record<string, unknown>)) {
    if (keys !== null && typeof keys === 'object') for (const k of Object.keys(keys)) out.add(g + SEPARATOR + k);
  }
  return out;
}
