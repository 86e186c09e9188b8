/**
 * Paraf table of a copy routed for signature (TN-PARAF-01…03), as the PDF sets it (penutup.typ
 * `paraf-table`): `No. | Jabatan | Paraf | Tanggal`, the hierarki rows then the koordinasi rows, 10 pt,
 * at the bottom left of the signature page. Every row is kept with the next and with the signature
 * blocks above it, so the table never starts a page of its own.
 */
import { BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, AlignmentType, type FileChild } from 'docx';
import type { Paraf } from '../../ir/types.js';
import { cm } from './measure.js';

const mm = (value: number): number => cm(value / 10);

const SIZE = 20; // half-points: 10 pt
const WIDTHS = [mm(9), mm(60.6), mm(16), mm(20)]; // 64 % of the 165 mm text width, as the PDF
const TOTAL = WIDTHS.reduce((a, b) => a + b, 0);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(text: string, width: number, options: { bold?: boolean; center?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: mm(1), right: mm(1) },
    ...(options.span ? { columnSpan: options.span } : {}),
    children: [
      new Paragraph({
        style: 'IsiTabel',
        keepNext: true,
        ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
        children: [new TextRun({ text, size: SIZE, ...(options.bold ? { bold: true } : {}) })],
      }),
    ],
  });
}

/** The paraf table, preceded by a spacer paragraph kept with it. */
export function renderParaf(p: Paraf): FileChild[] {
  const rows: TableRow[] = [
    new TableRow({ tableHeader: true, cantSplit: true, children: ['No.', 'Jabatan', 'Paraf', 'Tanggal'].map((h, i) => cell(h, WIDTHS[i]!, { bold: true, center: true })) }),
  ];
  let n = 0;
  for (const [group, names] of [['Paraf hierarki', p.hierarki], ['Paraf koordinasi', p.koordinasi]] as const) {
    rows.push(new TableRow({ cantSplit: true, children: [cell(group, TOTAL, { bold: true, span: 4 })] }));
    for (const name of names) {
      n += 1;
      rows.push(new TableRow({ cantSplit: true, height: { value: mm(7), rule: HeightRule.ATLEAST }, children: [cell(`${n}.`, WIDTHS[0]!), cell(name, WIDTHS[1]!), cell('', WIDTHS[2]!), cell('', WIDTHS[3]!)] }));
    }
  }
  return [
    new Paragraph({ style: 'Normal', keepNext: true, children: [] }),
    new Table({
      width: { size: TOTAL, type: WidthType.DXA },
      columnWidths: WIDTHS,
      layout: TableLayoutType.FIXED,
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
      rows,
    }),
  ];
}
