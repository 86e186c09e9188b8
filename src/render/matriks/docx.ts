/**
 * matriks.docx: the matriks perubahan as an editable Word table on landscape F4, Bookman Old Style
 * (TN-MTX-01): NO | RUMUSAN SEMULA | RUMUSAN PERUBAHAN | KETERANGAN, header row repeated on every page,
 * deleted words struck through and inserted words underlined. Pure: same matriks ⇒ same bytes.
 */
import { AlignmentType, Paragraph, TableRow, TabStopType, TextRun, UnderlineType } from 'docx';
import type { Line } from '../../diff/entries.js';
import type { Piece } from '../../diff/words.js';
import type { Matriks } from './model.js';
import { coreXml, packDocx } from './docx-package.js';
import { borderedTable, cell, landscapeDocument, TEXT_WIDTH } from './landscape.js';

const COL_NO = 794;
const COL_KETERANGAN = 3685;
const COL_RUMUSAN = Math.floor((TEXT_WIDTH - COL_NO - COL_KETERANGAN) / 2);
/** Indent per level and the width of a label ("(1)", "a.", "13."). */
const INDENT_STEP = 340;
const LABEL_WIDTH = 454;

function runs(pieces: readonly Piece[], bold = false): TextRun[] {
  return pieces.map((p) => new TextRun({
    text: p.text,
    bold,
    italics: p.italic,
    strike: p.op === '-',
    ...(p.op === '+' ? { underline: { type: UnderlineType.SINGLE } } : {}),
  }));
}

function line(b: Line): Paragraph {
  if (b.centred) return new Paragraph({ alignment: AlignmentType.CENTER, children: runs([...b.label, ...b.text]) });
  const left = b.level * INDENT_STEP + (b.label.length > 0 ? LABEL_WIDTH : 0);
  const children = b.label.length > 0 ? [...runs(b.label), new TextRun({ text: '\t' }), ...runs(b.text)] : runs(b.text);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left, hanging: b.label.length > 0 ? LABEL_WIDTH : 0 },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    spacing: { after: 60 },
    children,
  });
}

const text = (s: string, options: { bold?: boolean; center?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: s, bold: options.bold ?? false, italics: options.italics ?? false })] });

const emptyNote = (s: string): Paragraph[] => [text(s, { italics: true })];

/** Renders the matriks as .docx bytes. */
export async function renderMatriksDocx(m: Matriks): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([text('NO', { bold: true, center: true })], COL_NO),
      cell([text('RUMUSAN SEMULA', { bold: true, center: true })], COL_RUMUSAN),
      cell([text('RUMUSAN PERUBAHAN', { bold: true, center: true })], COL_RUMUSAN),
      cell([text('KETERANGAN', { bold: true, center: true })], COL_KETERANGAN),
    ],
  });
  const rows = m.rows.map((r) => new TableRow({
    children: [
      cell([text(`${r.no}.`, { center: true })], COL_NO),
      cell(r.semula.length > 0 ? r.semula.map(line) : emptyNote('(belum ada)'), COL_RUMUSAN),
      cell(r.perubahan.length > 0 ? r.perubahan.map(line) : emptyNote('(dihapus)'), COL_RUMUSAN),
      cell([text(r.keterangan)], COL_KETERANGAN),
    ],
  }));
  if (m.renumberingSummary) {
    rows.push(new TableRow({
      children: [
        cell([text(`${m.rows.length + 1}.`, { center: true })], COL_NO),
        cell([text(m.renumberingSummary)], COL_RUMUSAN * 2, { span: 2 }),
        cell([text('Penomoran disesuaikan')], COL_KETERANGAN),
      ],
    }));
  }
  if (m.rows.length === 0 && !m.renumberingSummary) {
    rows.push(new TableRow({ children: [cell([text('-', { center: true })], COL_NO), cell([text('Tidak ada perubahan rumusan.', { italics: true })], COL_RUMUSAN * 2, { span: 2 }), cell([text('-')], COL_KETERANGAN)] }));
  }
  const doc = landscapeDocument([
    ...m.judul.map((j) => text(j, { bold: true, center: true })),
    new Paragraph({ children: [] }),
    text(`Rumusan semula: ${m.semula}`),
    text(`Rumusan perubahan: ${m.perubahan}`),
    new Paragraph({ children: [] }),
    borderedTable([COL_NO, COL_RUMUSAN, COL_RUMUSAN, COL_KETERANGAN], [header, ...rows]),
  ]);
  return packDocx(doc, { 'docProps/core.xml': coreXml(m.judul.join(' '), 'naskah', m.date) });
}
