/**
 * matriks.docx: the matriks perubahan as an editable Word table on landscape F4, Bookman Old Style
 * (TN-MTX-01): NO | RUMUSAN SEMULA | RUMUSAN PERUBAHAN | KETERANGAN, header row repeated on every page,
 * deleted words struck through and inserted words underlined. Pure: same matriks ⇒ same bytes.
 */
import {
  AlignmentType, BorderStyle, Document, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TabStopType, TextRun, UnderlineType, VerticalAlign, WidthType,
} from 'docx';
import type { Baris } from '../../diff/entri.js';
import type { Potongan } from '../../diff/words.js';
import type { Matriks } from './model.js';
import { coreXml, packDocx } from './paket.js';

/** F4 landscape in twips (330 × 215 mm wide × high) and margins (2.5 cm left, 2 cm elsewhere). */
const PAGE = { width: 18709, height: 12189 };
const MARGIN = { top: 1134, bottom: 1134, left: 1417, right: 1134, header: 567, footer: 567, gutter: 0 };
const LEBAR = PAGE.width - MARGIN.left - MARGIN.right;
const KOLOM_NO = 794;
const KOLOM_KETERANGAN = 3685;
const KOLOM_RUMUSAN = Math.floor((LEBAR - KOLOM_NO - KOLOM_KETERANGAN) / 2);
/** Indent per level and the width of a label ("(1)", "a.", "13."). */
const LANGKAH = 340;
const LABEL = 454;

function runs(pieces: readonly Potongan[], bold = false): TextRun[] {
  return pieces.map((p) => new TextRun({
    text: p.text,
    bold,
    italics: p.miring,
    strike: p.op === '-',
    ...(p.op === '+' ? { underline: { type: UnderlineType.SINGLE } } : {}),
  }));
}

function line(b: Baris): Paragraph {
  if (b.tengah) return new Paragraph({ alignment: AlignmentType.CENTER, children: runs([...b.label, ...b.isi]) });
  const left = b.tingkat * LANGKAH + (b.label.length > 0 ? LABEL : 0);
  const children = b.label.length > 0 ? [...runs(b.label), new TextRun({ text: '\t' }), ...runs(b.isi)] : runs(b.isi);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left, hanging: b.label.length > 0 ? LABEL : 0 },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    spacing: { after: 60 },
    children,
  });
}

function cell(children: Paragraph[], width: number, span = 1): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, columnSpan: span, verticalAlign: VerticalAlign.TOP, margins: { top: 57, bottom: 57, left: 85, right: 85 }, children });
}

const text = (s: string, options: { bold?: boolean; center?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: s, bold: options.bold ?? false, italics: options.italics ?? false })] });

const kosong = (s: string): Paragraph[] => [text(s, { italics: true })];

/** Renders the matriks as .docx bytes. */
export async function renderMatriksDocx(m: Matriks): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([text('NO', { bold: true, center: true })], KOLOM_NO),
      cell([text('RUMUSAN SEMULA', { bold: true, center: true })], KOLOM_RUMUSAN),
      cell([text('RUMUSAN PERUBAHAN', { bold: true, center: true })], KOLOM_RUMUSAN),
      cell([text('KETERANGAN', { bold: true, center: true })], KOLOM_KETERANGAN),
    ],
  });
  const rows = m.baris.map((r) => new TableRow({
    children: [
      cell([text(`${r.no}.`, { center: true })], KOLOM_NO),
      cell(r.semula.length > 0 ? r.semula.map(line) : kosong('(belum ada)'), KOLOM_RUMUSAN),
      cell(r.perubahan.length > 0 ? r.perubahan.map(line) : kosong('(dihapus)'), KOLOM_RUMUSAN),
      cell([text(r.keterangan)], KOLOM_KETERANGAN),
    ],
  }));
  if (m.ringkasanNomor) {
    rows.push(new TableRow({
      children: [
        cell([text(`${m.baris.length + 1}.`, { center: true })], KOLOM_NO),
        cell([text(m.ringkasanNomor)], KOLOM_RUMUSAN * 2, 2),
        cell([text('Penomoran disesuaikan')], KOLOM_KETERANGAN),
      ],
    }));
  }
  if (m.baris.length === 0 && !m.ringkasanNomor) {
    rows.push(new TableRow({ children: [cell([text('-', { center: true })], KOLOM_NO), cell([text('Tidak ada perubahan rumusan.', { italics: true })], KOLOM_RUMUSAN * 2, 2), cell([text('-')], KOLOM_KETERANGAN)] }));
  }
  const line1 = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Bookman Old Style', size: 22 }, paragraph: { spacing: { line: 240 } } } } },
    sections: [{
      // docx swaps width and height for a landscape page, so it is given the portrait sheet.
      properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
      children: [
        ...m.judul.map((j) => text(j, { bold: true, center: true })),
        new Paragraph({ children: [] }),
        text(`Rumusan semula: ${m.semula}`),
        text(`Rumusan perubahan: ${m.perubahan}`),
        new Paragraph({ children: [] }),
        new Table({
          width: { size: LEBAR, type: WidthType.DXA },
          columnWidths: [KOLOM_NO, KOLOM_RUMUSAN, KOLOM_RUMUSAN, KOLOM_KETERANGAN],
          layout: TableLayoutType.FIXED,
          borders: { top: line1, bottom: line1, left: line1, right: line1, insideHorizontal: line1, insideVertical: line1 },
          rows: [header, ...rows],
        }),
      ],
    }],
  });
  return packDocx(doc, { 'docProps/core.xml': coreXml(m.judul.join(' '), 'naskah', m.tanggal) });
}
