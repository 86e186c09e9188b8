/**
 * The standalone Buku Pedoman as DOCX: cover page, kata pengantar, daftar isi, daftar tabel and daftar
 * gambar as real Word TOC fields (updated by Word and LibreOffice when the document is opened), then the
 * chapters rendered exactly as in the Lampiran (TN-PED-02, TN-PED-05, TN-PED-06). Numbered as a book is
 * (review m15): no number on the cover, i, ii, iii … on the front matter, and 1 again from BAB I.
 */

import { Document, NumberFormat, StyleLevel, TableOfContents, type FileChild, type ISectionOptions, type ISectionPropertiesOptions } from 'docx';
import type { BukuPedoman } from '../../ir/types.js';
import { LABEL_COLUMNS } from './styles.js';
import { createContext } from './context.js';
import type { DocxOptions } from './index.js';
import { inlineRuns } from './inline.js';
import { renderKop } from './kop.js';
import { renderBlokSections } from './lampiran.js';
import { pt } from './measure.js';
import { deterministicParts, zipDeterministic } from './pack.js';
import { pageNumberHeaders, sectionProperties } from './page.js';
import { para } from './paragraph.js';
import { renderPenetapan } from './penutup.js';
import { coreXml } from './properties.js';
import { fontTableXml, stylesXml } from './styles-xml.js';
import { pdfTocPages } from './toc-cache.js';

/** A TOC field over the paragraphs of the given styles (\t switch), with hyperlinks and dotted leaders. */
function daftar(judul: string, styles: readonly [string, number][]): FileChild[] {
  return [
    para('Judul', [judul], { before: pt(0), after: pt(12) }),
    new TableOfContents(judul, { hyperlink: true, stylesWithLevels: styles.map(([name, level]) => new StyleLevel(name, level)) }),
  ];
}

/** A front-matter section: a new portrait page numbered i, ii, iii …; the first one starts at i. */
function frontMatter(first: boolean): ISectionPropertiesOptions {
  const properties = sectionProperties({ orientation: 'potret', titlePage: false, newPage: true, restartNumbering: first });
  return { ...properties, page: { ...properties.page, pageNumbers: { ...properties.page?.pageNumbers, formatType: NumberFormat.LOWER_ROMAN } } };
}

/** Renders a standalone Buku Pedoman. */
export async function renderBukuDocx(buku: BukuPedoman, options: DocxOptions = {}): Promise<Uint8Array> {
  return zipDeterministic(await renderBukuDocxParts(buku, options));
}

/** The parts of the .docx package of a Buku Pedoman, unzipped (the redline merges two of them). */
export async function renderBukuDocxParts(buku: BukuPedoman, options: DocxOptions = {}): Promise<Record<string, Uint8Array>> {
  const ctx = createContext(options.images ?? new Map(), LABEL_COLUMNS);
  const s = buku.sampul;
  const sampul: FileChild[] = [
    ...renderKop({ lambang: s.lambang, baris: [], ...(s.lambangKosong === true ? { lambangKosong: true } : {}) }, ctx),
    ...s.judul.map((line, i) => para('Judul', [line], i === 0 ? { before: pt(96) } : { before: pt(6) })),
    ...s.penyusun.map((line, i) => para('Kop', [line], i === 0 ? { before: pt(200) } : {})),
    para('Kop', [s.tahun], { before: pt(12) }),
  ];
  const depan: FileChild[] = [];
  if (buku.kataPengantar) {
    depan.push(para('Judul', ['KATA PENGANTAR'], { after: pt(12) }));
    depan.push(...buku.kataPengantar.alinea.map((a) => para('LampiranAlinea', inlineRuns(a))));
    depan.push(...renderPenetapan(buku.kataPengantar.penandatangan, pt(24)));
  }
  const sections: ISectionOptions[] = [
    { properties: sectionProperties({ orientation: 'potret', titlePage: true, newPage: false, restartNumbering: false }), headers: pageNumberHeaders(), children: sampul },
    ...(depan.length > 0 ? [{ properties: frontMatter(true), children: depan }] : []),
    { properties: frontMatter(depan.length === 0), children: daftar('DAFTAR ISI', [['LampiranBabLabel', 1], ['LampiranSubjudul1', 2]]) },
    { properties: frontMatter(false), children: [...daftar('DAFTAR TABEL', [['KeteranganTabel', 1]]), ...daftar('DAFTAR GAMBAR', [['KeteranganGambar', 1]])] },
    // BAB I starts at page 1 (decimal, the Word default of a section without a number format).
    ...renderBlokSections(buku.isi, ctx, { orientation: 'potret', titlePage: false, newPage: true, restartNumbering: true }, [], []),
  ];
  // Cached TOC page numbers from the PDF, where the caller laid it out (toc-cache.ts).
  const doc = new Document({ sections, features: { updateFields: true }, ...(options.tocPages ? { pageNumbers: pdfTocPages(options.tocPages) } : {}) });
  return deterministicParts(doc, { 'word/styles.xml': stylesXml(), 'word/fontTable.xml': fontTableXml(), 'docProps/core.xml': coreXml(buku) });
}
