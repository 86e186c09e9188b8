/**
 * Render phase for one document: IR → DOCX, PDF and IR JSON bytes in memory, keyed by output path.
 * Nothing is written here; the caller writes all files atomically or none.
 */
import { join } from 'node:path';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { blocksOf, imagePaths } from '../ir/image-paths.js';
import type { Dokumen, Paraf } from '../ir/types.js';
import { FALLBACK_DPI, svgToPng } from '../org/png.js';
import { svgImageKey } from '../render/image-key.js';
import { printCopy } from '../render/typography.js';
import { projectConfig } from '../lint/index.js';
import type { ProjectPaths } from '../load/project.js';
import type { PdfResult } from '../render/pdf/index.js';
import type { PartMemory, ScreenPart } from '../render/pdf/screen-parts.js';

export type { ScreenPart } from '../render/pdf/screen-parts.js';
import type { SplitMemory } from '../render/pdf/split-set.js';
import { readFiles } from '../util/read-files.js';
import { lambangWarnings, withBlankLambang } from './lambang.js';
import { PARAF_SUFFIX, withParaf } from './paraf.js';

/** Output formats of `naskah build`. */
export type Format = 'docx' | 'pdf' | 'ir';
export const FORMATS: readonly Format[] = ['docx', 'pdf', 'ir'];

/** What rendering produced. */
export interface Rendered {
  readonly files: Map<string, Uint8Array>;
  readonly diagnostics: Diagnostic[];
  readonly pages: number | null;
  /** The pages as one SVG (only with `{ svg: true }`, for the preview: then no PDF is made). */
  readonly svg?: string;
  /** typst.ts's vector artifact of the pages (only with `{ vector: true }`, for the preview: then no PDF is made). */
  readonly vector?: Uint8Array;
  /** Instead of `svg` and `vector`: the outputs of each part, when `parts` laid the document out in parts. */
  readonly parts?: readonly ScreenPart[];
}

/** What a render may reuse from earlier renders (src/pipeline/session.ts, split-memory.ts). */
export interface RenderReuse {
  /** Split sets for the PDF's catchwords; one Typst compile instead of two when the set is known. */
  readonly splitMemory?: SplitMemory;
  /** The pages as one SVG instead of the PDF (`naskah preview`). */
  readonly svg?: boolean;
  /** The pages as typst.ts's vector artifact instead of the PDF (`naskah preview`); with `svg`, both. */
  readonly vector?: boolean;
  /** With `svg` or `vector`: lay a Peraturan with Lampiran out part by part, unchanged parts taken from here (render/pdf/screen-parts.ts). */
  readonly parts?: PartMemory;
  /** Render the copy routed for signature with this paraf table, as output/<id>/<id>-paraf.* (paraf.ts). */
  readonly paraf?: Paraf;
  /** A copy that leaves the office (`naskah package`): a missing lambang leaves its place blank (review B2). */
  readonly blankLambang?: boolean;
}

/** Renders the requested formats of one document. */
export async function renderDocument(ir: Dokumen, paths: ProjectPaths, formats: readonly Format[], reuse: RenderReuse = {}): Promise<Rendered> {
  const files = new Map<string, Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  const base = join(paths.output, ir.id, reuse.paraf ? `${ir.id}${PARAF_SUFFIX}` : ir.id);
  let pages: number | null = null;
  let svg: string | undefined;
  let vector: Uint8Array | undefined;
  let parts: readonly ScreenPart[] | undefined;
  if (formats.includes('ir')) files.set(`${base}.json`, new TextEncoder().encode(`${JSON.stringify(ir, null, 2)}\n`));
  // The printed copy: unit words bound to their numbers (src/render/typography.ts); the IR JSON stays plain.
  const printedCopy = formats.includes('docx') || formats.includes('pdf') ? printCopy(ir) : ir;
  const parafed = reuse.paraf ? withParaf(printedCopy, reuse.paraf) : printedCopy;
  const printed = reuse.blankLambang ? withBlankLambang(parafed) : parafed;
  // Images are read once here and handed to both renderers, which stay free of file-system access.
  const { read: images, unreadable } = formats.includes('docx') || formats.includes('pdf') ? readFiles(paths.root, imagePaths(ir)) : { read: new Map<string, Uint8Array>(), unreadable: [] };
  for (const path of unreadable) {
    diagnostics.push(diag('NSK403', { file: path, start: { line: 1, column: 1 }, message: `Gambar ${path} tidak dapat dibaca.`, hint: 'Periksa bahwa berkas gambar ada dan dapat dibaca.' }));
  }
  let pdf: PdfResult | null = null;
  const layOutPdf = async (): Promise<PdfResult> => {
    const { renderPdf } = await import('../render/pdf/index.js');
    const { houseStyle } = projectConfig(paths);
    return renderPdf(printed, { templatesDir: paths.templates, fontsDir: paths.fonts, projectRoot: paths.root, images, houseStyle, ...(reuse.splitMemory ? { splitMemory: reuse.splitMemory } : {}), ...(reuse.parts ? { parts: reuse.parts } : {}), svg: reuse.svg === true, vector: reuse.vector === true });
  };
  if (formats.includes('docx')) {
    // Word needs a raster fallback for every SVG (LibreOffice 7 and Word 2013 draw only that): rendered
    // here with the bundled fonts; generated figures travel inline in the IR.
    for (const blok of blocksOf(ir)) {
      if (blok.kind === 'gambar' && blok.svg) images.set(svgImageKey(blok.id), new TextEncoder().encode(blok.svg));
    }
    for (const [key, bytes] of [...images]) {
      const isSvg = key.startsWith('#svg/') || /\.svg$/i.test(key);
      if (isSvg) images.set(/\.svg$/i.test(key) ? key.replace(/\.svg$/i, '.png') : `${key}.png`, svgToPng(new TextDecoder().decode(bytes), paths.fonts, FALLBACK_DPI));
    }
    // Renderers are imported lazily: `check` and `--format ir` never pay for docx or Typst.
    if (ir.jenis === 'buku-pedoman') {
      // The book's TOC fields carry the PDF's page numbers, so its PDF is laid out even for `--format docx`
      // (the DOCX bytes never depend on which formats were asked for).
      pdf ??= await layOutPdf();
      const { renderBukuDocx } = await import('../render/docx/buku.js');
      files.set(`${base}.docx`, await renderBukuDocx(printed as typeof ir, { images, tocPages: pdf.toc ?? null }));
    } else {
      const { renderDocx } = await import('../render/docx/index.js');
      files.set(`${base}.docx`, await renderDocx(printed as typeof ir, { images, houseStyle: projectConfig(paths).houseStyle }));
    }
  }
  if (formats.includes('pdf')) {
    pdf ??= await layOutPdf();
    if (pdf.bytes) files.set(`${base}.pdf`, pdf.bytes);
    if (pdf.svg !== undefined) svg = pdf.svg;
    if (pdf.vector !== undefined) vector = pdf.vector;
    if (pdf.parts !== undefined) parts = pdf.parts;
    pages = pdf.pages;
  }
  if (pdf) diagnostics.push(...pdf.diagnostics);
  // The kop or cover was printed with the placeholder box: say so, at the daerah.yaml entry (review B2).
  if (formats.includes('docx') || formats.includes('pdf')) diagnostics.push(...lambangWarnings(paths, ir, reuse.blankLambang === true));
  return { files, diagnostics, pages, ...(svg === undefined ? {} : { svg }), ...(vector === undefined ? {} : { vector }), ...(parts === undefined ? {} : { parts }) };
}
