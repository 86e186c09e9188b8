/**
 * A lampiran table: caption above ("Tabel 1.2 …"), then a real Word table whose header rows repeat on
 * every page (`w:tblHeader`) and whose rows do not split across pages (RULES.md TN-PED-06).
 * The grid (`w:gridCol`, `w:tcW`) comes from `lebar` (mm, computed from the content by
 * src/resolve/table/size-tables.ts, the same widths as the PDF); without it the columns are equal.
 * The type size is `huruf`; in a column narrower than one of its words (`penggal`) the words carry
 * `w:softHyphen` at their Indonesian syllable breaks, so Word and LibreOffice break them with a hyphen,
 * never mid-syllable without one (review M1, M2).
 */

import { AlignmentType, BorderStyle, Paragraph, SoftHyphen, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { BlokLampiran, Inline, Runs } from '../../ir/types.js';
import { hyphenateRuns, bindNumbers } from '../hyphenate-tables.js';
import { para } from './paragraph.js';
import type { CharacterStyleId } from './styles.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

const SHY = '\u00AD';
/** Cell padding left and right: 4 pt, as the PDF's `inset` (the widths are measured with it). */
const CELL_MARGIN = 80;

/** Column widths in twips summing to `width`: `lebar` scaled to it, or equal columns. */
export function columnWidths(count: number, lebar: readonly number[] | null, width: number): number[] {
  const weights = Array.from({ length: count }, (_, i) => {
    const w = lebar?.length === count ? lebar[i] : undefined;
    return w !== undefined && w > 0 ? w : 1;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * width));
  const rest = width - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** One inline as a run: soft hyphens become `w:softHyphen`, the size is set when the table is smaller. */
function run(inline: Inline, size: number | undefined): TextRun {
  const children: (string | SoftHyphen)[] = [];
  inline.text.split(SHY).forEach((part, i) => {
    if (i > 0) children.push(new SoftHyphen());
    if (part !== '') children.push(part);
  });
  const sizing = size !== undefined ? { size: size * 2 } : {};
  if (inline.kind === 'italic') {
    const style: CharacterStyleId = 'Asing';
    return new TextRun({ children, style, italics: true, ...sizing });
  }
  if (inline.kind === 'ref') {
    const style: CharacterStyleId = 'Rujukan';
    return new TextRun({ children, style, ...sizing });
  }
  return new TextRun({ children, ...sizing });
}

const ALIGN = { kiri: AlignmentType.LEFT, tengah: AlignmentType.CENTER, kanan: AlignmentType.RIGHT } as const;

/** A cell paragraph: header cells centred (style), body cells left or as the column's `rata`. */
function cellParagraph(runs: Runs, header: boolean, size: number | undefined, rata: 'kiri' | 'tengah' | 'kanan' | undefined, penggal: boolean): Paragraph {
  const children = (penggal && !header ? hyphenateRuns(runs) : runs).filter((x) => x.text !== '').map((x) => run(x, size));
  if (header || rata === undefined || rata === 'kiri') return para(header ? 'KepalaTabel' : 'IsiTabel', children);
  return new Paragraph({ style: 'IsiTabel', alignment: ALIGN[rata], children });
}

function row(cells: readonly Runs[], widths: readonly number[], header: boolean, size: number | undefined, rata?: Tabel['rata'], penggal?: Tabel['penggal']): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: widths.map(
      (w, i) =>
        new TableCell({
          width: { size: w, type: WidthType.DXA },
          margins: { left: CELL_MARGIN, right: CELL_MARGIN },
          children: [cellParagraph(cells[i] ?? [], header, size, rata?.[i], penggal?.[i] === true)],
        }),
    ),
  });
}

/**
 * Caption, table, and an empty paragraph that keeps the next table from merging into this one.
 * `width`: text width of the section; `indent`: text edge of the heading above (unless `penuh`).
 */
export function renderTabel(tabel: Tabel, width: number, indent = 0): FileChild[] {
  const count = Math.max(1, tabel.lebar?.length ?? 0, ...tabel.kepala.map((r) => r.length), ...tabel.baris.map((r) => r.length));
  const left = tabel.penuh === true ? 0 : indent;
  const widths = columnWidths(count, tabel.lebar, width - left);
  const size = tabel.huruf !== undefined && tabel.huruf !== 12 ? tabel.huruf : undefined;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = [...tabel.kepala.map((r) => row(r, widths, true, size)), ...tabel.baris.map((r) => row(r, widths, false, size, tabel.rata, tabel.penggal))];
  const caption = [tabel.label, bindNumbers(tabel.judul)].filter((s) => s !== '').join(' ');
  return [
    // A form ("Format 1 …", named by its heading) or a Keputusan table has no caption.
    ...(caption !== '' ? [para('KeteranganTabel', [caption])] : []),
    new Table({
      width: { size: width - left, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      ...(left > 0 ? { indent: { size: left, type: WidthType.DXA } } : {}),
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: rows.length > 0 ? rows : [row([], widths, false, size)],
    }),
    para('Normal', []),
  ];
}
