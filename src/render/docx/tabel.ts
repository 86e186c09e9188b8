/**
 * A lampiran table: caption above ("Tabel 1.2 …"), then a real Word table whose header rows repeat on
 * every page (`w:tblHeader`) and whose rows do not split across pages (RULES.md TN-PED-06).
 * `lebar` gives relative column widths; without it the columns are equal.
 */

import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { BlokLampiran, Runs } from '../../ir/types.js';
import { inlineRuns } from './inline.js';
import { para } from './paragraph.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

/** Column widths in twips summing to `width`. */
function columnWidths(count: number, lebar: readonly number[] | null, width: number): number[] {
  const weights = Array.from({ length: count }, (_, i) => {
    const w = lebar?.[i];
    return w !== undefined && w > 0 ? w : 1;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * width));
  const rest = width - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function row(cells: readonly Runs[], widths: readonly number[], header: boolean): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: widths.map(
      (w, i) =>
        new TableCell({
          width: { size: w, type: WidthType.DXA },
          children: [para(header ? 'KepalaTabel' : 'IsiTabel', inlineRuns(cells[i] ?? []))],
        }),
    ),
  });
}

/** Caption, table, and an empty paragraph that keeps the next table from merging into this one. */
export function renderTabel(tabel: Tabel, width: number): FileChild[] {
  const count = Math.max(1, tabel.lebar?.length ?? 0, ...tabel.kepala.map((r) => r.length), ...tabel.baris.map((r) => r.length));
  const widths = columnWidths(count, tabel.lebar, width);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = [...tabel.kepala.map((r) => row(r, widths, true)), ...tabel.baris.map((r) => row(r, widths, false))];
  const caption = [tabel.label, tabel.judul].filter((s) => s !== '').join(' ');
  return [
    para('KeteranganTabel', [caption]),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: rows.length > 0 ? rows : [row([], widths, false)],
    }),
    para('Normal', []),
  ];
}
