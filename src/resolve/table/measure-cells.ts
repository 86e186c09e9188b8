/**
 * Measures table cells with the real glyph widths of TeX Gyre Bonum (the font the PDF embeds; the
 * DOCX names its metric twin Bookman Old Style, which runs a little wider, hence SAFETY). Header cells
 * are bold, italic runs italic. For each column: the longest line (preferred width), the longest word
 * (minimum width when no word is broken) and the longest hyphenation piece with its hyphen (minimum
 * width when words may be hyphenated, src/util/hyphenate-id.ts).
 */
import { join } from 'node:path';
import type { Runs } from '../../ir/types.js';
import { loadFontMetrics, type FontMetrics } from '../../org/font-metrics.js';
import { hyphenPieces } from '../../util/hyphenate-id.js';

/** The four faces of the table font. */
export interface TableFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
  readonly italic: FontMetrics;
  readonly boldItalic: FontMetrics;
  /** The font files of the four faces (their bytes key the on-disk cache of sized tables). */
  readonly files?: readonly string[];
}

const FACES = ['regular', 'bold', 'italic', 'bolditalic'] as const;

/** Loads TeX Gyre Bonum from templates/fonts. */
export function tableFonts(fontsDir: string): TableFonts {
  const files = FACES.map((name) => join(fontsDir, `texgyrebonum-${name}.otf`));
  const [regular, bold, italic, boldItalic] = files.map((f) => loadFontMetrics(f)) as [FontMetrics, FontMetrics, FontMetrics, FontMetrics];
  return { regular, bold, italic, boldItalic, files };
}

/** Horizontal padding of a cell on each side, in points (Typst `inset`, DOCX `w:tblCellMar`). */
export const CELL_INSET_PT = 4;
/** Bookman Old Style against TeX Gyre Bonum, plus the rule width: measure generously. */
const SAFETY = 1.08;

/** Widths one column needs at one type size, in points, padding included. */
export interface ColumnMeasure {
  /** Longest cell on one line. */
  readonly line: number;
  /** Longest header word / body word, unbroken. */
  readonly headerWord: number;
  readonly bodyWord: number;
  /** Longest hyphenation piece (with its hyphen) in the body. */
  readonly bodyPiece: number;
}

interface CellWidths {
  line: number;
  word: number;
  piece: number;
}

/** Measures one cell: words are split at spaces and after explicit hyphens. */
function measureCell(runs: Runs, fonts: TableFonts, size: number, header: boolean): CellWidths {
  const out: CellWidths = { line: 0, word: 0, piece: 0 };
  let word = 0;
  const flush = (): void => {
    out.word = Math.max(out.word, word);
    word = 0;
  };
  for (const r of runs) {
    const italic = r.kind === 'italic';
    const font = header ? (italic ? fonts.boldItalic : fonts.bold) : italic ? fonts.italic : fonts.regular;
    out.line += font.width(r.text, size);
    const hyphen = font.width('-', size);
    for (const token of r.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        flush();
        continue;
      }
      // "antar-Perangkat": the explicit hyphen is a break point in both renderers.
      const parts = token.split(/(?<=-)/);
      parts.forEach((part, i) => {
        word += font.width(part, size);
        const pieces = part.split(/([A-Za-z]+)/).flatMap((s) => (/^[A-Za-z]+$/.test(s) ? hyphenPieces(s) : s === '' ? [] : [s]));
        for (const [k, piece] of pieces.entries()) out.piece = Math.max(out.piece, font.width(piece, size) + (k < pieces.length - 1 ? hyphen : 0));
        if (i < parts.length - 1) flush();
      });
    }
  }
  flush();
  out.piece = Math.min(out.piece, out.word);
  return out;
}

/** Measures every column of a table at `size` points. */
export function measureColumns(kepala: readonly (readonly Runs[])[], baris: readonly (readonly Runs[])[], count: number, fonts: TableFonts, size: number): ColumnMeasure[] {
  const pad = 2 * CELL_INSET_PT;
  return Array.from({ length: count }, (_, c) => {
    let line = 0;
    let headerWord = 0;
    let bodyWord = 0;
    let bodyPiece = 0;
    for (const row of kepala) {
      const m = measureCell(row[c] ?? [], fonts, size, true);
      line = Math.max(line, m.line);
      headerWord = Math.max(headerWord, m.word);
    }
    for (const row of baris) {
      const m = measureCell(row[c] ?? [], fonts, size, false);
      line = Math.max(line, m.line);
      bodyWord = Math.max(bodyWord, m.word);
      bodyPiece = Math.max(bodyPiece, m.piece);
    }
    const s = (x: number): number => x * SAFETY + pad;
    return { line: s(line), headerWord: s(headerWord), bodyWord: s(bodyWord), bodyPiece: s(bodyPiece) };
  });
}
