/**
 * The content of one box of the bagan struktur: the kedudukan in bold capitals, then who fills it,
 * each wrapped to the box width with the real glyph widths of the PDF font. The texts come from the
 * caller already worded as in the susunan table (review M7: identical labels), as styled spans so a
 * foreign term stays italic (TN-PED-09) in the chart as in the text.
 */
import { join } from 'node:path';
import { loadFontMetrics, type FontMetrics } from './font-metrics.js';
import { FONT_FILES } from './png.js';

/** Type sizes and spacing of the bagan at scale 1, in points. */
export const TYPE = {
  /** Kedudukan (bold). */
  heading: 10,
  /** Pengisi. */
  body: 9,
  /** Line height as a multiple of the size. */
  leading: 1.22,
  padX: 5,
  padY: 4,
  /** Gap between the kedudukan and the pengisi lines. */
  gap: 2,
  /** Widest text line of a box. */
  maxText: 130,
  minWidth: 70,
} as const;

/** Bookman Old Style (Word) runs a little wider than TeX Gyre Bonum (PDF): measure generously. */
const SAFETY = 1.06;

/** A run of text in one style. */
export interface Span {
  readonly text: string;
  readonly italic: boolean;
}

/** One line of text in a box, relative to the box's top-left corner. */
export interface BoxLine {
  readonly spans: readonly Span[];
  /** The line's text without styles. */
  readonly text: string;
  readonly bold: boolean;
  readonly size: number;
  /** Baseline, from the top of the box. */
  readonly y: number;
}

/** A measured box. */
export interface BoxContent {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly BoxLine[];
}

/** The four faces the bagan uses. */
export interface BaganFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
  readonly italic: FontMetrics;
  readonly boldItalic: FontMetrics;
}

/** Loads the bagan fonts from templates/fonts. */
export function baganFonts(fontsDir: string): BaganFonts {
  const [regular, bold, italic, boldItalic] = FONT_FILES.map((f) => loadFontMetrics(join(fontsDir, f))) as [FontMetrics, FontMetrics, FontMetrics, FontMetrics];
  return { regular, bold, italic, boldItalic };
}

/** Plain spans of a text without styles. */
export const plain = (text: string): Span[] => [{ text, italic: false }];

/** Width of styled spans at `size`, in points (without the safety margin). */
export function spansWidth(spans: readonly Span[], fonts: BaganFonts, bold: boolean, size: number): number {
  return spans.reduce((w, s) => w + face(fonts, bold, s.italic).width(s.text, size), 0);
}

function face(fonts: BaganFonts, bold: boolean, italic: boolean): FontMetrics {
  return bold ? (italic ? fonts.boldItalic : fonts.bold) : italic ? fonts.italic : fonts.regular;
}

/** Words of styled spans: each word a list of spans (a word may change style inside, e.g. "(*front*"). */
function words(spans: readonly Span[]): Span[][] {
  const out: Span[][] = [[]];
  for (const s of spans) {
    s.text.replace(/\s+/g, ' ').split(/( )/).forEach((piece) => {
      if (piece === ' ') out.push([]);
      else if (piece !== '') out[out.length - 1]!.push({ text: piece, italic: s.italic });
    });
  }
  return out.filter((w) => w.length > 0);
}

/** Joins words into one line, merging neighbouring spans of one style. */
function joinWords(line: readonly Span[][]): Span[] {
  const out: Span[] = [];
  line.forEach((word, i) => {
    for (const [j, s] of word.entries()) {
      const text = i > 0 && j === 0 ? ` ${s.text}` : s.text;
      const last = out[out.length - 1];
      if (last && last.italic === s.italic) out[out.length - 1] = { text: last.text + text, italic: s.italic };
      else out.push({ text, italic: s.italic });
    }
  });
  return out;
}

/** Greedy word wrap of styled spans to `max` points. A word longer than a line stays whole (never cut). */
export function wrapSpans(spans: readonly Span[], max: number, fonts: BaganFonts, bold: boolean, size: number): Span[][] {
  const lines: Span[][] = [];
  let line: Span[][] = [];
  for (const word of words(spans)) {
    const candidate = [...line, word];
    if (line.length > 0 && spansWidth(joinWords(candidate), fonts, bold, size) * SAFETY > max) {
      lines.push(joinWords(line));
      line = [word];
    } else line = candidate;
  }
  if (line.length > 0) lines.push(joinWords(line));
  return lines;
}

/** Greedy word wrap of plain `text` to `max` points with one face. */
export function wrap(text: string, max: number, font: FontMetrics, size: number): string[] {
  const fonts: BaganFonts = { regular: font, bold: font, italic: font, boldItalic: font };
  return wrapSpans(plain(text), max, fonts, false, size).map((l) => l.map((s) => s.text).join(''));
}

/** What a box shows: the kedudukan and the pengisi texts, as styled spans. */
export interface BoxText {
  readonly nama: readonly Span[];
  readonly pengisi: readonly (readonly Span[])[];
}

/** Upper-cases the text of spans, keeping their styles (the kedudukan is set in capitals). */
export const upper = (spans: readonly Span[]): Span[] => spans.map((s) => ({ ...s, text: s.text.toUpperCase() }));

/** Lays out the text of one unit's box. */
export function boxContent(unit: BoxText, fonts: BaganFonts): BoxContent {
  const heading = wrapSpans(upper(unit.nama), TYPE.maxText, fonts, true, TYPE.heading);
  const body = unit.pengisi.flatMap((p) => wrapSpans(p, TYPE.maxText, fonts, false, TYPE.body));
  const widest = Math.max(...heading.map((l) => spansWidth(l, fonts, true, TYPE.heading)), ...body.map((l) => spansWidth(l, fonts, false, TYPE.body)), 0) * SAFETY;
  const width = Math.ceil(Math.max(TYPE.minWidth, widest + 2 * TYPE.padX));
  const lines: BoxLine[] = [];
  let y = TYPE.padY;
  const line = (spans: Span[], bold: boolean, size: number): void => {
    // Half the extra leading above, then the ascent (about 0.78 em for Bookman-like faces).
    lines.push({ spans, text: spans.map((s) => s.text).join(''), bold, size, y: y + size * ((TYPE.leading - 1) / 2 + 0.78) });
    y += size * TYPE.leading;
  };
  for (const spans of heading) line(spans, true, TYPE.heading);
  if (body.length > 0) y += TYPE.gap;
  for (const spans of body) line(spans, false, TYPE.body);
  return { width, height: Math.ceil(y + TYPE.padY), lines };
}
