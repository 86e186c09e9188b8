/**
 * tanggapan.docx: the reply table "Tanggapan atas masukan" as an editable Word document on landscape F4,
 * Bookman Old Style, in the layout of a matriks of the Bagian Hukum: the title centred in capitals, the
 * source of the remarks, a table NO | PASAL | MASUKAN | TANGGAPAN with the column numbers (1)–(4) under
 * the headings (both rows repeated on every page), and the place, date and signer on the right. The
 * TANGGAPAN cells the team still has to fill are left empty. Pure: same table ⇒ same bytes.
 */
import {
  AlignmentType, BorderStyle, Document, HeightRule, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlign, WidthType,
} from 'docx';
import { coreXml, packDocx } from '../matriks/docx-package.js';
import { bindNumbers } from '../typography.js';
import { columns, type Tanggapan, type TanggapanRow } from './model.js';

/** F4 landscape in twips and margins (2.5 cm left, 2 cm elsewhere), as the matriks perubahan. */
const PAGE = { width: 18709, height: 12189 };
const MARGIN = { top: 1134, bottom: 1134, left: 1417, right: 1134, header: 567, footer: 567, gutter: 0 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const COL_NO = 794;
const COL_PASAL = 2835;
const COL_WIDE = Math.floor((TEXT_WIDTH - COL_NO - COL_PASAL) / 2);
const WIDTHS = [COL_NO, COL_PASAL, COL_WIDE, COL_WIDE];
/** Minimum height of an unanswered row (2.2 cm). */
const EMPTY_ROW = 1247;
/** Left edge of the signature block (its lines are centred between it and the right margin). */
const SIGNATURE_LEFT = Math.round(TEXT_WIDTH * 0.62);

interface Look { readonly bold?: boolean; readonly italics?: boolean; readonly center?: boolean; readonly size?: number }

/** One paragraph of text. */
function para(s: string, look: Look = {}): Paragraph {
  return new Paragraph({
    alignment: look.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 60 },
    children: [new TextRun({ text: s, bold: look.bold ?? false, italics: look.italics ?? false, ...(look.size ? { size: look.size } : {}) })],
  });
}

/** A text with "\n" line breaks as one paragraph per line. */
const paras = (s: string): Paragraph[] => s.split('\n').map((l) => para(l));

function cell(children: Paragraph[], width: number, center = false): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: center ? VerticalAlign.CENTER : VerticalAlign.TOP, margins: { top: 57, bottom: 57, left: 85, right: 85 }, children });
}

/** The MASUKAN cell: the comment, then (smaller, italic) the text it marks and who wrote it when. */
function masukan(r: TanggapanRow): Paragraph[] {
  const out = paras(r.masukan);
  if (r.pada !== '') out.push(para(`Pada teks: “${r.pada.replace(/\n/g, ' ')}”`, { italics: true, size: 20 }));
  if (r.oleh !== '') out.push(para(`(${r.oleh})`, { italics: true, size: 20 }));
  return out;
}

function row(r: TanggapanRow): TableRow {
  return new TableRow({
    // An unanswered row keeps room to write by hand on a printout (as the PDF's EMPTY-ROW).
    ...(r.tanggapan === '' ? { height: { value: EMPTY_ROW, rule: HeightRule.ATLEAST } } : {}),
    children: [
      cell([para(`${r.no}.`, { center: true })], COL_NO),
      cell([para(bindNumbers(r.pasal))], COL_PASAL),
      cell(masukan(r), COL_WIDE),
      cell(paras(r.tanggapan), COL_WIDE),
    ],
  });
}

/** Renders the reply table as .docx bytes. */
export async function renderTanggapanDocx(t: Tanggapan): Promise<Uint8Array> {
  const heading = new TableRow({ tableHeader: true, cantSplit: true, children: columns(t).map((h, i) => cell([para(h, { bold: true, center: true })], WIDTHS[i]!, true)) });
  const numbers = new TableRow({ tableHeader: true, cantSplit: true, children: columns(t).map((_, i) => cell([para(`(${i + 1})`, { center: true, size: 20 })], WIDTHS[i]!)) });
  const rows = t.rows.length > 0
    ? t.rows.map(row)
    : [new TableRow({ children: [cell([para('-', { center: true })], COL_NO), cell([para('-')], COL_PASAL), cell([para('Tidak ada komentar peninjau.', { italics: true })], COL_WIDE), cell([para('-')], COL_WIDE)] })];
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const signature = (s: string, bold = false): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: SIGNATURE_LEFT }, keepNext: true, keepLines: true, children: [new TextRun({ text: s, bold })] });
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Bookman Old Style', size: 22 }, paragraph: { spacing: { line: 240 } } } } },
    sections: [{
      // docx swaps width and height for a landscape page, so it is given the portrait sheet.
      properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
      children: [
        ...t.judul.map((j) => para(j, { bold: true, center: true })),
        new Paragraph({ children: [] }),
        para(t.sumber),
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: WIDTHS,
          layout: TableLayoutType.FIXED,
          borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
          rows: [heading, numbers, ...rows],
        }),
        new Paragraph({ children: [] }),
        signature(t.tempatTanggal),
        signature(`${t.penanda},`, true),
        ...[1, 2, 3].map(() => signature('')),
        new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: SIGNATURE_LEFT }, children: [new TextRun('(…………………………………)')] }),
      ],
    }],
  });
  return packDocx(doc, { 'docProps/core.xml': coreXml(t.judul.join(' '), 'naskah', t.date) });
}
