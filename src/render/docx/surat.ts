/**
 * A surat dinas (the surat permohonan fasilitasi) as DOCX: kop, place and date on the right,
 * Nomor/Sifat/Lampiran/Hal as label / colon / value with tabs, the addressee, the body with its numbered
 * enclosures, the signature on the right and the tembusan at the bottom left (TN-FAS-01).
 */

import { BorderStyle, Document, Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import type { Surat } from '../../ir/types.js';
import { createContext } from './context.js';
import type { DocxOptions } from './index.js';
import { inlineRuns } from './inline.js';
import { renderKop } from './kop.js';
import { cm, MARGIN, PAGE, pt } from './measure.js';
import { packDeterministic } from './pack.js';
import { pageNumberHeaders, sectionProperties } from './page.js';
import { para, TAB } from './paragraph.js';
import { renderPenetapan } from './penutup.js';
import { renderRincian } from './rincian.js';
import { LABEL_COLUMNS } from './styles.js';
import { coreXml } from './properties.js';
import { fontTableXml, stylesXml } from './styles-xml.js';

const LABEL = cm(2.5);
const VALUE = cm(3);

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/**
 * The letter head as in tata naskah dinas: Nomor / Sifat / Lampiran / Hal on the left, place and date
 * then the addressee on the right, in a borderless two-column table (editable in Word).
 */
function letterHead(surat: Surat): Table {
  const width = PAGE.width - MARGIN.left - MARGIN.right;
  const left = Math.round(width * 0.56);
  const cell = (children: Paragraph[], size: number) => new TableCell({ width: { size, type: WidthType.DXA }, children });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({ children: [
      cell(surat.rincian.map((r) => para('KepalaSurat', [r.label, TAB, ':', TAB, r.nilai], { left: VALUE, hanging: VALUE, tabs: [LABEL, VALUE] })), left),
      cell([para('KepalaSurat', [surat.tempatTanggal]), ...surat.kepada.map((line, i) => para('KepalaSurat', [line], { before: i === 0 ? pt(12) : undefined, left: i === 1 ? cm(0.9) : 0 }))], width - left),
    ] })],
  });
}

/** Renders a letter. */
export async function renderSuratDocx(surat: Surat, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx = createContext(options.images ?? new Map(), LABEL_COLUMNS);
  const children: FileChild[] = [
    ...renderKop(surat.kop, ctx),
    letterHead(surat),
    ...surat.pembuka.map((runs, i) => para('LampiranAlinea', inlineRuns(runs), { before: i === 0 ? pt(12) : pt(6) })),
    ...renderRincian(surat.lampiran, 0),
    ...surat.penutup.map((runs) => para('LampiranAlinea', inlineRuns(runs), { before: pt(6) })),
    ...renderPenetapan(surat.penandatangan, pt(24)),
  ];
  if (surat.tembusan.length > 0) {
    children.push(para('LampiranAlinea', ['Tembusan:'], { before: pt(24) }));
    children.push(...surat.tembusan.map((t, i) => para('LampiranAlinea', [`${i + 1}.`, TAB, `${t}${i === surat.tembusan.length - 1 ? '.' : ';'}`], { left: cm(0.6), hanging: cm(0.6), tabs: [cm(0.6)] })));
  }
  const doc = new Document({
    sections: [{ properties: sectionProperties({ orientation: 'potret', titlePage: true, newPage: false, restartNumbering: false }), headers: pageNumberHeaders(), children }],
  });
  return packDeterministic(doc, { 'word/styles.xml': stylesXml(), 'word/fontTable.xml': fontTableXml(), 'docProps/core.xml': coreXml({ id: surat.id, status: 'final', metadata: surat.metadata }) });
}
