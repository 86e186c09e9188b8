/**
 * tanggapan.docx: the reply table "Tanggapan atas masukan" as an editable Word document on landscape F4,
 * Bookman Old Style, in the layout of a matriks of the Bagian Hukum: the title centred in capitals, the
 * source of the remarks, a table NO | PASAL | MASUKAN | TANGGAPAN with the column numbers (1)–(4) under
 * the headings (both rows repeated on every page), and the place, date and signer on the right. The
 * TANGGAPAN cells the team still has to fill are left empty. Pure: same table ⇒ same bytes.
 */
import { AlignmentType, HeightRule, Paragraph, TableRow, TextRun } from 'docx';
import { coreXml, packDocx } from '../matriks/docx-package.js';
import { borderedTable, cell, landscapeDocument, TEXT_WIDTH } from '../matriks/landscape.js';
import { bindNumbers } from '../typography.js';
import { columns, type Tanggapan, type TanggapanRow } from './model.js';

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
  const heading = new TableRow({ tableHeader: true, cantSplit: true, children: columns(t).map((h, i) => cell([para(h, { bold: true, center: true })], WIDTHS[i]!, { center: true })) });
  const numbers = new TableRow({ tableHeader: true, cantSplit: true, children: columns(t).map((_, i) => cell([para(`(${i + 1})`, { center: true, size: 20 })], WIDTHS[i]!)) });
  const rows = t.rows.length > 0
    ? t.rows.map(row)
    : [new TableRow({ children: [cell([para('-', { center: true })], COL_NO), cell([para('-')], COL_PASAL), cell([para('Tidak ada komentar peninjau.', { italics: true })], COL_WIDE), cell([para('-')], COL_WIDE)] })];
  const signature = (s: string, bold = false): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: SIGNATURE_LEFT }, keepNext: true, keepLines: true, children: [new TextRun({ text: s, bold })] });
  const doc = landscapeDocument([
    ...t.judul.map((j) => para(j, { bold: true, center: true })),
    new Paragraph({ children: [] }),
    para(t.sumber),
    borderedTable(WIDTHS, [heading, numbers, ...rows]),
    new Paragraph({ children: [] }),
    signature(t.tempatTanggal),
    signature(`${t.penanda},`, true),
    ...[1, 2, 3].map(() => signature('')),
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: SIGNATURE_LEFT }, children: [new TextRun('(…………………………………)')] }),
  ]);
  return packDocx(doc, { 'docProps/core.xml': coreXml(t.judul.join(' '), 'naskah', t.date) });
}
