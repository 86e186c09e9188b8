/**
 * The content of one box of the bagan struktur: the kedudukan in bold capitals, then who fills it
 * (the `bagan` short text, else the office, else the name), each wrapped to the box width with the
 * real glyph widths of the PDF font. Many pengisi (e.g. the Perangkat Daerah of the anggota) are run
 * together, comma-separated, so a box stays compact.
 */
import { join } from 'node:path';
import { loadFontMetrics, type FontMetrics } from './font-metrics.js';
import type { OrgUnit, PengisiSource } from './types.js';

/** Type sizes and spacing of the bagan at scale 1, in points. */
export const TYPE = {
  /** Kedudukan (bold). */
  heading: 10,
  /** Pengisi. */
  body: 9,
  /** Line height as a multiple of the size. */
  leading: 1.22,
  padX: 6,
  padY: 5,
  /** Gap between the kedudukan and the pengisi lines. */
  gap: 2,
  /** Widest text line of a box. */
  maxText: 132,
  /** Widest line of a comma-separated list of many pengisi. */
  maxList: 160,
  minWidth: 70,
} as const;

/** Bookman Old Style (Word) runs a little wider than TeX Gyre Bonum (PDF): measure generously. */
const SAFETY = 1.06;

/** More pengisi than this are run together on comma-separated lines. */
const LIST_LIMIT = 3;

/** One line of text in a box, relative to the box's top-left corner. */
export interface BoxLine {
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

/** The two faces the bagan uses. */
export interface BaganFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}

/** Loads the bagan fonts from templates/fonts. */
export function baganFonts(fontsDir: string): BaganFonts {
  return { regular: loadFontMetrics(join(fontsDir, 'texgyrebonum-regular.otf')), bold: loadFontMetrics(join(fontsDir, 'texgyrebonum-bold.otf')) };
}

/** Greedy word wrap of `text` to `max` points. A word longer than a line stays whole (never cut). */
export function wrap(text: string, max: number, font: FontMetrics, size: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.width(candidate, size) * SAFETY > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The text a pengisi shows in the bagan: its `bagan` text, else the person's name, else the office. */
export function pengisiBagan(p: PengisiSource): string {
  return (p.bagan ?? p.nama ?? p.jabatan ?? '').trim();
}

/** Lays out the text of one unit's box. */
export function boxContent(unit: Pick<OrgUnit, 'nama' | 'pengisi'>, fonts: BaganFonts, extra: readonly string[] = []): BoxContent {
  const heading = wrap(unit.nama.toUpperCase(), TYPE.maxText, fonts.bold, TYPE.heading);
  const texts = unit.pengisi.map(pengisiBagan).filter((t) => t !== '');
  const list = texts.length > LIST_LIMIT;
  const body = [...(list ? [texts.join(', ')] : texts), ...extra].flatMap((p) => wrap(p, list ? TYPE.maxList : TYPE.maxText, fonts.regular, TYPE.body));
  const widest = Math.max(...heading.map((l) => fonts.bold.width(l, TYPE.heading)), ...body.map((l) => fonts.regular.width(l, TYPE.body)), 0) * SAFETY;
  const width = Math.ceil(Math.max(TYPE.minWidth, widest + 2 * TYPE.padX));
  const lines: BoxLine[] = [];
  let y = TYPE.padY;
  const line = (text: string, bold: boolean, size: number): void => {
    // Half the extra leading above, then the ascent (about 0.78 em for Bookman-like faces).
    lines.push({ text, bold, size, y: y + size * ((TYPE.leading - 1) / 2 + 0.78) });
    y += size * TYPE.leading;
  };
  for (const text of heading) line(text, true, TYPE.heading);
  if (body.length > 0) y += TYPE.gap;
  for (const text of body) line(text, false, TYPE.body);
  return { width, height: Math.ceil(y + TYPE.padY), lines };
}
