/**
 * Sizes every table of a Lampiran or book (review M1, M2; TN-PED-06, TN-TYP-11): column widths in
 * millimetres from the content (auto-layout.ts) or from the widths the drafter declared (`lebar=`), and
 * the type size. Both renderers take the result from the IR, so the PDF and the DOCX have the same grid.
 *
 * A table stands at the text edge of the heading above it. When its minimum widths do not fit there it
 * moves out to the left margin, then its type shrinks 12 → 11 → 10 → 9 pt (never smaller); a table
 * that does not fit even then is reported (NSK350) with the remedies the drafter can choose: a landscape
 * page (`halaman=lanskap`), declared widths and size (`lebar=`, `huruf=`), fewer columns, shorter headers.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BlokLampiran } from '../../ir/types.js';
import { distribute, fromWeights, roundMm, type ColumnNeed } from './auto-layout.js';
import { measureColumns, type ColumnMeasure, type TableFonts } from './measure-cells.js';
import { sizedOnDisk } from './sized-cache.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

const PT_PER_MM = 72 / 25.4;
/** Text width of F4 between the margins (30 mm left, 20 mm right), in mm (TN-TYP-01, TN-TYP-04). */
export const TEXT_WIDTH_MM = { potret: 215 - 50, lanskap: 330 - 50 } as const;
/** Indent of the text under a heading of level ≥ 2, per level below 1 (RINCIAN-WIDTH, RINCIAN_STEP). */
const INDENT_STEP_MM = 8;
/** Body type size and the smallest size a table may shrink to (pt). */
export const BODY_PT = 12;
export const MIN_PT = 9;
const SIZES = [12, 11, 10, 9];

/** The result of sizing the blocks of one Lampiran or book. */
export interface SizedBlocks {
  readonly blocks: BlokLampiran[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Sized tables by content, per font: sizing is a pure function of the table, the width it stands in
 * and the font, and measuring every cell with the real glyphs is the costliest step of resolving a
 * Lampiran, so a warm rebuild (preview, Session) that re-resolves an unchanged Pedoman reuses it.
 */
const sized = new WeakMap<TableFonts['regular'], Map<string, { tabel: Tabel; diagnostic: Diagnostic | null }>>();
const SIZED_MAX = 1000;

function sizeTableKept(t: Tabel, fonts: TableFonts, textWidthMm: number, indentMm: number): { tabel: Tabel; diagnostic: Diagnostic | null } {
  let kept = sized.get(fonts.regular);
  if (!kept) sized.set(fonts.regular, (kept = new Map()));
  const key = `${textWidthMm}\u0000${indentMm}\u0000${JSON.stringify(t)}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const result = sizedOnDisk(fonts, key, () => sizeTable(t, fonts, textWidthMm, indentMm));
  if (kept.size >= SIZED_MAX) kept.clear();
  kept.set(key, result);
  return result;
}

/** Sizes the tables among `blocks`; other blocks are returned unchanged. */
export function sizeTables(blocks: readonly BlokLampiran[], fonts: TableFonts): SizedBlocks {
  const diagnostics: Diagnostic[] = [];
  let indentMm = 0;
  let orientation: 'potret' | 'lanskap' = 'potret';
  const out = blocks.map((b): BlokLampiran => {
    if (b.kind === 'halaman-baru') orientation = b.orientasi;
    if (b.kind === 'judul') indentMm = b.level <= 1 ? 0 : (b.level - 1) * INDENT_STEP_MM;
    if (b.kind !== 'tabel') return b;
    const { tabel, diagnostic } = sizeTableKept(b, fonts, TEXT_WIDTH_MM[orientation], indentMm);
    if (diagnostic) diagnostics.push(diagnostic);
    return tabel;
  });
  return { blocks: out, diagnostics };
}

function columnCount(t: Tabel): number {
  return Math.max(1, ...t.kepala.map((r) => r.length), ...t.baris.map((r) => r.length));
}

/** Minimum widths: header words whole (they are never hyphenated), body words hyphenated or whole. */
function needs(cols: readonly ColumnMeasure[], body: 'whole' | 'pieces'): ColumnNeed[] {
  return cols.map((c) => ({ min: Math.max(c.headerWord, body === 'whole' ? c.bodyWord : c.bodyPiece), max: c.line }));
}

function name(t: Tabel): string {
  return t.label !== '' ? t.label : 'Tabel';
}

/** One table: its widths (mm), type size and placement, and a diagnostic when it cannot fit. */
export function sizeTable(t: Tabel, fonts: TableFonts, textWidthMm: number, indentMm: number): { tabel: Tabel; diagnostic: Diagnostic | null } {
  const count = columnCount(t);
  const declared = t.lebar !== null && t.lebar.length === count ? t.lebar : null;
  const sizes = t.huruf !== undefined ? [t.huruf] : SIZES;
  const places = indentMm > 0 ? [indentMm, 0] : [0];
  const at = (size: number, place: number, lebarPt: readonly number[]): Tabel => {
    const widthMm = textWidthMm - place;
    // Hyphenate the body cells of a column only where a word is wider than the column.
    const words = measureColumns(t.kepala, t.baris, count, fonts, size);
    const penggal = lebarPt.map((w, i) => words[i]!.bodyWord > w + 0.01);
    return { ...t, lebar: roundMm(lebarPt, widthMm), huruf: size, penuh: place === 0 && indentMm > 0, ...(penggal.some(Boolean) ? { penggal } : {}) };
  };
  for (const size of sizes) {
    const cols = measureColumns(t.kepala, t.baris, count, fonts, size);
    for (const place of places) {
      const width = (textWidthMm - place) * PT_PER_MM;
      if (declared) {
        const widths = fromWeights(declared, width);
        if (widths.every((w, i) => w + 0.5 >= needs(cols, 'pieces')[i]!.min)) return { tabel: at(size, place, widths), diagnostic: null };
        continue;
      }
      const widths = distribute(needs(cols, 'whole'), width) ?? distribute(needs(cols, 'pieces'), width);
      if (widths) return { tabel: at(size, place, widths), diagnostic: null };
    }
  }
  // Does not fit even at the smallest size and full width: squeeze in proportion to the minimum widths.
  const size = sizes[sizes.length - 1]!;
  const cols = measureColumns(t.kepala, t.baris, count, fonts, size);
  const width = textWidthMm * PT_PER_MM;
  const last = needs(cols, 'pieces');
  const widths = declared ? fromWeights(declared, width) : (distribute(last, width) ?? fromWeights(last.map((c) => c.min), width));
  const fits = !declared && distribute(last, width) !== null;
  const source = t.source;
  const diagnostic = fits || !source
    ? null
    : diag('NSK350', {
        file: source.file,
        start: { line: source.line, column: source.column },
        message: declared
          ? `${name(t)} (${count} kolom): lebar kolom yang ditetapkan terlalu sempit untuk kata terpanjangnya, bahkan dengan huruf ${size} pt.`
          : `${name(t)} (${count} kolom) terlalu lebar untuk halaman ${textWidthMm > TEXT_WIDTH_MM.potret ? 'lanskap' : 'potret'} F4, bahkan dengan huruf ${size} pt.`,
        hint: 'Cetak pada halaman lanskap atau tetapkan lebar kolom dan ukuran huruf pada baris judulnya (`Tabel: Judul {#id halaman=lanskap}`, `{#id lebar=2,5,3 huruf=9}`), kurangi jumlah kolom, atau persingkat kepala kolom.',
      });
  return { tabel: at(size, 0, widths), diagnostic };
}
