/**
 * PDF renderer: the IR goes to the Typst layout in templates/typst/naskah as JSON data (never as
 * source), and Typst's messages come back as NSK401/NSK402 diagnostics (DESIGN.md, "Rules of the
 * road"; STYLE.md point 10). Same IR ⇒ byte-identical PDF: the only date used is ir.metadata.date.
 *
 * Catchwords (TN-TYP-07) need to know which paragraphs break across pages: a compile reports
 * them, and the PDF is the compile that marks exactly the set it reports (a fixed point; see
 * templates/typst/naskah/catchword.typ). Marking moves no line break, so every compile reports
 * the same set whatever was marked, and the fixed point is a function of the input alone. Without
 * a remembered set that takes two compiles (nothing marked, then the reported set); with the set
 * of the same input kept from an earlier build (`PdfOptions.splitMemory`, verified by the layout
 * fingerprint and again by the fixed point) it takes one.
 *
 * The footers print each page's catchword from a page map and the headers test "first page of a
 * part" with it. Without a kept map they look it up in the document (`query`, which costs Typst one
 * more layout iteration per compile); with a kept map (pages.json) they print from the data, and the
 * compile is accepted only when it reports that same map: footers and headers never move the text.
 */
import path from 'node:path';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../ir/house-style.js';
import type { BukuPedoman, Naskah, Surat } from '../../ir/types.js';
import { withLampiranHeaders } from '../lampiran-header.js';
import { tocPagesFrom, type TocPages } from '../toc-pages.js';
import { assetsIn, readAssets, type ReadAsset } from './assets.js';
import { prepareTables } from '../hyphenate-tables.js';
import { linkReferences } from './ref-links.js';
import { layoutJson } from './catchword-data.js';
import { definedTerms } from './defined-terms.js';
import { screenParts, type LayoutPart, type PartMemory, type ScreenPart } from './screen-parts.js';
import { dataPath, compilerFor, secondsFrom, mapShadow, trimCache, unmapShadow, type TypstCompiler } from './compiler.js';
import { fromTypst, unexpectedError, relativeToRoot, type TypstDiagnostic } from './diagnostics.js';
import { layoutFingerprint, layoutFromQuery, NOTHING_KEPT, sameSplit, splitToJson, type KeptLayout, type SplitMemory } from './split-set.js';

export type { KeptLayout, SplitMemory } from './split-set.js';
export { PartMemory, type ScreenPart } from './screen-parts.js';

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
  /** Split sets kept between renders (src/pipeline/session.ts); without it every render starts from nothing. */
  readonly splitMemory?: SplitMemory;
  /** Return the pages as one SVG (Typst's vector output) instead of the PDF (`naskah preview`). */
  readonly svg?: boolean;
  /** Return typst.ts's vector artifact of the pages instead of the PDF (`naskah preview`'s incremental pages). */
  readonly vector?: boolean;
  /**
   * With `svg` or `vector`: lay a Peraturan with Lampiran out in parts (screen-parts.ts), each part's
   * outputs kept here and returned again, without a layout, while its inputs stay the same.
   */
  readonly parts?: PartMemory;
}

/** The PDF (null when the layout failed or SVG was asked for), what Typst said, and the page count. */
export interface PdfResult {
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
  pages: number;
  /** Page numbers of a standalone book's daftar isi/tabel/gambar entries (null for other documents). */
  toc?: TocPages | null;
  /** All pages as one SVG, when `options.svg` asked for it (instead of the PDF) and the layout succeeded. */
  svg?: string;
  /** The vector artifact, when `options.vector` asked for it (instead of the PDF) and the layout succeeded. */
  vector?: Uint8Array;
  /** The parts' outputs instead of `svg` and `vector`, when `options.parts` laid the document out in parts. */
  parts?: ScreenPart[];
}

/** Entry file of the layout, relative to templatesDir. */
export const MAIN_TEMPLATE = 'typst/naskah/main.typ';

/** At most this many compiles per render (markers move no line break: one or two suffice). */
const MAX_COMPILES = 4;


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
    const style = options.houseStyle ?? DEFAULT_HOUSE_STYLE;
    const laidOut = layoutData(prepareTables(ir), style);
    const parts = options.parts && (options.svg || options.vector) && laidOut.jenis !== 'buku-pedoman' && laidOut.jenis !== 'surat' ? screenParts(laidOut, style) : null;
    if (parts) return layOutParts(k, ir.id, parts, { main, root, typstDir: path.join(workspace, 'typst'), read: assets.read, style, options, diagnostics });
    const data = mapData(k, laidOut, assets.read, style);
    const memory = options.splitMemory;
    const fingerprint = memory ? layoutFingerprint(path.join(workspace, 'typst'), options.fontsDir, data) : '';
    const result = compile(k, main, root, memory?.recall(ir.id, fingerprint) ?? NOTHING_KEPT);
    if (memory && result.kept !== null) memory.remember(ir.id, fingerprint, result.kept);
    diagnostics.push(...result.diagnostics);
    if (result.doc === null || result.diagnostics.some((d) => d.severity === 'error')) {
      return { bytes: null, diagnostics, pages: 0 };
    }
    if (options.svg || options.vector) return { bytes: null, diagnostics, pages: result.doc.numOfPages, ...screenOutputs(k, result.doc, options) };
    const pdf = k.compiler.pdf(result.doc, { creationTimestamp: secondsFrom(ir.metadata.date), pdfTags: true });
    const toc = ir.jenis === 'buku-pedoman' ? tocPagesFrom(k.compiler.query(result.doc, { selector: '<toc-pages>', field: 'value' })) : null;
    return { bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), diagnostics, pages: result.doc.numOfPages, toc };
  } catch (e) {
    diagnostics.push(unexpectedError(root, main, e));
    return { bytes: null, diagnostics, pages: 0 };
  } finally {
    // Keep the memo cache bounded in long-running processes. Screen outputs are the preview's, which
    // trims when idle (preview/hub.ts), not on the way from a save to its page.
    if (k) trimCache(k, options.svg === true || options.vector === true);
  }
}

/** The preview's outputs of a layout: the whole SVG and/or the vector artifact. */
function screenOutputs(k: TypstCompiler, doc: TypstDocument, options: PdfOptions): { svg?: string; vector?: Uint8Array } {
  const out: { svg?: string; vector?: Uint8Array } = {};
  if (options.svg) out.svg = k.compiler.svg(doc);
  if (options.vector) out.vector = k.compiler.vector(doc);
  return out;
}

type TypstDocument = NonNullable<ReturnType<TypstCompiler['compiler']['compile']>['result']>;

/**
 * The IR as the layout reads it: a Peraturan's Lampiran headers in the house style, its references to
 * its own units as links (ref-links.ts; the text stays the same) and its defined terms (defined-terms.ts).
 */
function layoutData(ir: Naskah | BukuPedoman | Surat, style: HouseStyle): (Naskah & { readonly istilah: string[][] }) | BukuPedoman | Surat {
  if (ir.jenis === 'buku-pedoman' || ir.jenis === 'surat') return ir;
  return { ...linkReferences(withLampiranHeaders(ir, style.lampiran)), istilah: definedTerms(ir.batangTubuh) };
}

/**
 * Lays out each part of a document on its own (screen-parts.ts), or takes a part's outputs from its
 * last layout when its inputs (templates, fonts, data) are the same bytes; returns the parts' outputs
 * in page order, or none when a part has an error (its diagnostics say why).
 */
function layOutParts(
  k: TypstCompiler,
  id: string,
  parts: readonly LayoutPart[],
  c: { readonly main: string; readonly root: string; readonly typstDir: string; readonly read: readonly ReadAsset[]; readonly style: HouseStyle; readonly options: PdfOptions; readonly diagnostics: Diagnostic[] },
): PdfResult {
  const { options, diagnostics } = c;
  const memory = options.parts!;
  const want = { svg: options.svg === true, vector: options.vector === true };
  const out: ScreenPart[] = [];
  for (const part of parts) {
    const files = layoutFiles(k, memory.layoutJson(id, part.key, part.ir), c.read, c.style);
    const fingerprint = layoutFingerprint(c.typstDir, options.fontsDir, files.data);
    const kept = memory.recall(id, part.key, fingerprint, want);
    if (kept) {
      diagnostics.push(...kept.diagnostics);
      out.push(kept.part);
      continue;
    }
    mapFiles(k, files);
    const splitId = `${id}.${part.key.replace(/\//g, '.')}`;
    const result = compile(k, c.main, c.root, options.splitMemory?.recall(splitId, fingerprint) ?? NOTHING_KEPT);
    if (options.splitMemory && result.kept !== null) options.splitMemory.remember(splitId, fingerprint, result.kept);
    diagnostics.push(...result.diagnostics);
    if (result.doc === null || result.diagnostics.some((d) => d.severity === 'error')) return { bytes: null, diagnostics, pages: 0 };
    const made: ScreenPart = { key: part.key, pages: result.doc.numOfPages, ...screenOutputs(k, result.doc, options), reused: false };
    memory.remember(id, fingerprint, made, result.diagnostics);
    out.push(made);
  }
  memory.retain(id, parts.map((p) => p.key));
  return { bytes: null, diagnostics, pages: out.reduce((n, p) => n + p.pages, 0), parts: out };
}

/** The shadow files of one layout: data by name in mapping order, and the image assets' workspace paths. */
interface LayoutFiles {
  readonly data: [string, Uint8Array][];
  readonly assets: ReadonlySet<string>;
}

/** The layout data (as `layoutJson` wrote it), the house style, the image table and the images as the shadow files of one layout. */
function layoutFiles(k: TypstCompiler, irJson: Uint8Array, assets: readonly ReadAsset[], style: HouseStyle): LayoutFiles {
  const data: [string, Uint8Array][] = [];
  const table: Record<string, string> = {};
  const current = new Set<string>();
  for (const a of assets) {
    const j = dataPath(k, a.name);
    data.push([a.name, a.bytes]);
    table[a.key] = j.typst;
    current.add(j.fs);
  }
  data.push(['ir.json', irJson]);
  data.push(['style.json', Buffer.from(JSON.stringify(style))]);
  data.push(['assets.json', Buffer.from(JSON.stringify(table))]);
  return { data, assets: current };
}

/** Maps one layout's files into the workspace (the image files of an earlier layout that it lacks are taken out). */
function mapFiles(k: TypstCompiler, files: LayoutFiles): void {
  for (const [name, bytes] of files.data) mapShadow(k, dataPath(k, name).fs, bytes);
  for (const old of k.mappedAssets) if (!files.assets.has(old)) unmapShadow(k, old);
  k.mappedAssets = new Set(files.assets);
}

/**
 * Maps the layout data (layoutData), the house style, the image table and the images into the
 * workspace as shadow files; returns what was mapped, by name, in mapping order.
 */
function mapData(k: TypstCompiler, laidOut: object, assets: readonly ReadAsset[], style: HouseStyle): [string, Uint8Array][] {
  const files = layoutFiles(k, Buffer.from(layoutJson(laidOut)), assets, style);
  mapFiles(k, files);
  return files.data;
}

/**
 * Compiles with `start` marked, then with the set each compile reports, until the set marked is the
 * set reported; returns that document, its diagnostics and what it reported (null when the layout
 * failed or did not settle). Marking moves no line break, so every compile reports the same set:
 * starting from nothing takes two compiles, from the right set one, from a wrong or stale set two —
 * and the result is the same fixed point whatever the start (markers change the PDF's text
 * operators, so only that fixed point may be returned). A kept page map must come back unchanged
 * too; when it does not but the set did, the next compile prints the reported map (footers move no
 * text, so that one settles), and when the set changed the footers query the document again.
 */
type Compiled = { doc: TypstDocument | null; diagnostics: Diagnostic[]; kept: KeptLayout | null };
function compile(k: TypstCompiler, main: string, root: string, start: KeptLayout): Compiled {
  let kept = start;
  let last: Compiled = { doc: null, diagnostics: [], kept: null };
  for (let i = 0; i < MAX_COMPILES; i++) {
    mapShadow(k, dataPath(k, 'split.json').fs, Buffer.from(JSON.stringify(splitToJson(kept.split))));
    mapShadow(k, dataPath(k, 'pages.json').fs, Buffer.from(kept.pages ?? 'null'));
    const r = k.compiler.compile({ mainFilePath: main });
    const raw: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) {
      if (e) raw.push(...(k.compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    }
    const diagnostics = fromTypst(raw, root, main);
    const doc = r.result;
    if (doc === null || diagnostics.some((d) => d.severity === 'error')) return { doc, diagnostics, kept: null };
    const now = layoutFromQuery(k.compiler.query(doc, { selector: '<catchword-map>', field: 'value' }));
    last = { doc, diagnostics, kept: null };
    const sameSet = sameSplit(now.split, kept.split);
    if (sameSet && (kept.pages === null || kept.pages === now.pages)) return { doc, diagnostics, kept: now };
    kept = { split: now.split, pages: sameSet ? now.pages : null };
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
