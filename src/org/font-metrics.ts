/**
 * Text widths from an OpenType font file, so the bagan struktur sizes its boxes to the real glyph
 * widths of the font the PDF embeds (TeX Gyre Bonum, the Bookman Old Style clone of DESIGN.md "Page
 * and type"; RULES.md TN-TYP-02). The font is read by opentype.js (pinned in package.json): it parses
 * the CFF-flavoured .otf files in templates/fonts and applies the font's own ligatures and GPOS
 * kerning, as Typst and resvg do when they set the same text. Callers add a safety margin for the
 * slightly wider Bookman Old Style of Word.
 */
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';

/** Width lookup of one font face. */
export interface FontMetrics {
  /** Width of `text` set at `sizePt`, in points. */
  width(text: string, sizePt: number): number;
}

const cache = new Map<string, FontMetrics>();

/** Reads the metrics of an OpenType/TrueType font file (cached per path). */
export function loadFontMetrics(path: string): FontMetrics {
  const cached = cache.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  // Widths at 1 pt, per text: the word wrap measures the same prefixes many times.
  const widths = new Map<string, number>();
  const metrics: FontMetrics = {
    width(text, sizePt) {
      let w = widths.get(text);
      if (w === undefined) {
        w = font.getAdvanceWidth(text, 1, { kerning: true });
        widths.set(text, w);
      }
      return w * sizePt;
    },
  };
  cache.set(path, metrics);
  return metrics;
}
