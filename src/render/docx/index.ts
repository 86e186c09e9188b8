/**
 * DOCX renderer: IR → .docx bytes that Bagian Hukum can edit in Word (DESIGN.md, "render").
 *
 * Pure: no file system and no clock. Images come in through `options.images`, keyed by the paths in the
 * IR (`kop.lambang`, `gambar.path`); dates come from `ir.metadata.date`. Same IR and options ⇒
 * byte-identical output. Layout follows RULES.md sections 2–5, 10–14 and Appendix A; style names are in
 * styles.ts.
 */

import { Document, type FileChild, type ISectionOptions } from 'docx';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../ir/house-style.js';
import type { Naskah } from '../../ir/types.js';
import { withLampiranHeaders } from '../lampiran-header.js';
import type { TocPages } from '../toc-pages.js';
import { renderBatangTubuh } from './batang-tubuh.js';
import { labelColumns } from './columns.js';
import { withCrossrefs } from './crossref.js';
import { createContext, type RenderContext } from './context.js';
import { renderDiktum } from './diktum.js';
import { renderFrasaJabatan, renderJudul } from './judul.js';
import { renderKop } from './kop.js';
import { renderLampiran } from './lampiran.js';
import { deterministicParts, zipDeterministic } from './pack.js';
import { pageNumberHeaders, sectionProperties } from './page.js';
import { renderPembukaan } from './pembukaan.js';
import { renderPenutup } from './penutup.js';
import { coreXml } from './properties.js';
import { fontTableXml, stylesXml } from './styles-xml.js';

/** Options of {@link renderDocx}. */
export interface DocxOptions {
  /** Image bytes keyed by the path written in the IR (lambang, lampiran figures); the caller reads the files. */
  readonly images?: ReadonlyMap<string, Uint8Array>;
  /**
   * Page-layout house style (content/naskah.config.yaml `tata_letak`), the same the PDF gets: page numbers
   * of a lampiran (restart or continue, number on its first page or not) and its header block (TANGGAL
   * line, colons). Default: the catalogue's (RULES.md TN-LMP-05: restart, none on the first page).
   */
  readonly houseStyle?: HouseStyle;
  /** Page numbers of the PDF's daftar isi/tabel/gambar, cached in the TOC fields of a book (toc-cache.ts). */
  readonly tocPages?: TocPages | null;
}

/** The body section: kop, judul, pembukaan, batang tubuh or diktum, penutup. */
function bodyChildren(ir: Naskah, ctx: RenderContext): FileChild[] {
  return [
    ...renderKop(ir.kop, ctx),
    ...renderJudul(ir.judul),
    ...renderFrasaJabatan(ir.pembukaan),
    ...renderPembukaan(ir.pembukaan, ctx),
    ...renderBatangTubuh(ir.batangTubuh),
    ...renderDiktum(ir.diktum, ctx),
    ...renderPenutup(ir.penutup),
  ];
}

/** Renders `ir` as a .docx package. */
export async function renderDocx(ir: Naskah, options: DocxOptions = {}): Promise<Uint8Array> {
  return zipDeterministic(await renderDocxParts(ir, options));
}

/** The parts of the .docx package of `ir`, unzipped (the redline merges two of them). */
export async function renderDocxParts(ir: Naskah, options: DocxOptions = {}): Promise<Record<string, Uint8Array>> {
  const ctx = createContext(options.images ?? new Map(), labelColumns(ir));
  const style = (options.houseStyle ?? DEFAULT_HOUSE_STYLE).lampiran;
  // Units are bookmarked and references to them are REF fields while the paragraphs are built.
  const [children, lampiran] = withCrossrefs(ir, () => [bodyChildren(ir, ctx), withLampiranHeaders(ir, style).lampiran.flatMap((l) => renderLampiran(l, ctx, style))] as const);
  const body: ISectionOptions = {
    properties: sectionProperties({ orientation: 'potret', titlePage: true, newPage: false, restartNumbering: false }),
    headers: pageNumberHeaders(),
    children,
  };
  // styles.xml, fontTable.xml and core.xml are written by us and replace docx's own parts.
  const doc = new Document({ sections: [body, ...lampiran] });
  return deterministicParts(doc, {
    'word/styles.xml': stylesXml(),
    'word/fontTable.xml': fontTableXml(),
    'docProps/core.xml': coreXml(ir),
  });
}
