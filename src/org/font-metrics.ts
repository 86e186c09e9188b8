/**
 * Text widths from an OpenType font file, so the bagan struktur sizes its boxes to the real glyph
 * widths of the font the PDF embeds (TeX Gyre Bonum, the Bookman Old Style clone of DESIGN.md "Page
 * and type"; RULES.md TN-TYP-02). The font is read by opentype.js (pinned in package.json): it parses
 * the CFF-flavoured .otf files in templates/fonts and applies the font's own ligatures and GPOS
 * kerning, as Typst and resvg do when they set the same text. Callers add a safety margin for the
 * slightly wider Bookman Old Style of Word.
 *
 * Speed (issue 11): opentype.js's `getAdvanceWidth` builds a shaping context for every call (± 0.3 ms,
 * most of `naskah check` on the SLRT set went there). The width here is computed with exactly its
 * arithmetic — the same glyphs, the same additions in the same order — but the glyphs of each
 * whitespace-separated piece are looked up once: per character when the piece can hold no
 * ligature (TeX Gyre Bonum's ligatures all start with "f", "i" + "j" or "I" + "J", and none spans
 * whitespace), through opentype.js's shaping otherwise. test/render/font-metrics.test.ts checks
 * equality with `getAdvanceWidth` on every text of the SLRT content.
 */
import { readFileSync } from 'node:fs';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { storedWidths } from './width-store.js';

/** Width lookup of one font face. */
export interface FontMetrics {
  /** Width of `text` set at `sizePt`, in points. */
  width(text: string, sizePt: number): number;
}

const cache = new Map<string, FontMetrics>();

/** Pieces that certainly shape glyph by glyph: Latin, no control character, no ligature start. */
const PLAIN = /^[\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e]*$/;
const LIGATURE = /f|ij|IJ/;

/**
 * A piece longer than this is shaped in chunks: opentype.js's shaping is quadratic in the length of
 * what it shapes (a 40,000-character word with "fi" took 9 s, found by the fuzz suite). Chunks are cut
 * only after a character that starts no ligature ("f", "i", "I"), and kerning is still applied over
 * the whole glyph run, so the width is the same (for any real word); such pieces are not cached.
 */
const LONG = 256;

function longPiece(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (piece.length - start > LONG) {
    let cut = start + LONG;
    // A string made only of ligature starts ("fififi…") is cut anyway after 16 more characters: it is no
    // word, and a ligature lost at the cut changes its width by a hair.
    while (cut < piece.length && cut < start + LONG + 16 && 'fiI'.includes(piece[cut - 1]!)) cut += 1;
    out.push(piece.slice(start, cut));
    start = cut;
  }
  out.push(piece.slice(start));
  return out;
}

/** `font.getAdvanceWidth(text, 1, { kerning: true })`, computed as described in the header. */
function advanceWidth(font: Font): (text: string) => number {
  const options = { ...font.defaultRenderOptions, kerning: true };
  const fontScale = (1 / font.unitsPerEm) * 1;
  const lookups = font.position.getKerningTables(font.position.getDefaultScriptName(), undefined);
  const notdef = font.glyphs.get(0)!;
  const pieces = new Map<string, readonly Glyph[]>();
  const kerns = new Map<number, number>();
  const shaped = (piece: string): number[] => (PLAIN.test(piece) && !LIGATURE.test(piece) ? [...piece].map((c) => font.charToGlyphIndex(c)) : font.stringToGlyphIndexes(piece, options));
  const glyphsOf = (piece: string): readonly Glyph[] => {
    let glyphs = pieces.get(piece);
    if (glyphs === undefined) {
      const indexes = piece.length <= LONG ? shaped(piece) : longPiece(piece).flatMap(shaped);
      glyphs = indexes.map((i) => font.glyphs.get(i) ?? notdef);
      if (piece.length <= LONG) pieces.set(piece, glyphs);
    }
    return glyphs;
  };
  const kerning = (left: Glyph, right: Glyph): number => {
    const key = left.index * 65536 + right.index;
    let k = kerns.get(key);
    if (k === undefined) {
      k = lookups ? font.position.getKerningValue(lookups, left.index, right.index) : font.getKerningValue(left, right);
      kerns.set(key, k);
    }
    return k;
  };
  return (text) => {
    const glyphs: Glyph[] = [];
    for (const piece of text.split(/(\s+)/)) if (piece !== '') for (const g of glyphsOf(piece)) glyphs.push(g);
    let x = 0;
    for (let i = 0; i < glyphs.length; i += 1) {
      const glyph = glyphs[i]!;
      if (glyph.advanceWidth) x += glyph.advanceWidth * fontScale;
      if (i < glyphs.length - 1) x += kerning(glyph, glyphs[i + 1]!) * fontScale;
    }
    return x;
  };
}

/** Reads the metrics of an OpenType/TrueType font file (cached per path). */
export function loadFontMetrics(path: string): FontMetrics {
  const cached = cache.get(path);
  if (cached) return cached;
  let measure: ((text: string) => number) | null = null;
  // Widths at 1 pt, per text: the word wrap measures the same prefixes many times. Those of earlier runs
  // come from the verified cache (width-store.ts); new ones are stored when the process exits.
  const stored = storedWidths(path);
  const widths = stored?.widths ?? new Map<string, number>();
  const metrics: FontMetrics = {
    width(text, sizePt) {
      let w = widths.get(text);
      if (w === undefined) {
        stored?.changed();
        // The font is parsed on first use: a face that measures nothing costs nothing.
        if (measure === null) {
          const bytes = readFileSync(path);
          measure = advanceWidth(opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
        }
        w = measure(text);
        widths.set(text, w);
      }
      return w * sizePt;
    },
  };
  cache.set(path, metrics);
  return metrics;
}
