/**
 * Advance widths read from an OpenType font file (tables `head`, `hhea`, `hmtx`, `cmap` format 4),
 * so the bagan struktur sizes its boxes to the real glyph widths of the font the PDF embeds
 * (TeX Gyre Bonum, the Bookman Old Style clone of DESIGN.md "Page and type"; RULES.md TN-TYP-02).
 * Kerning is ignored; callers add a safety margin for the narrower/wider Bookman Old Style.
 */
import { readFileSync } from 'node:fs';

/** Width lookup of one font face. */
export interface FontMetrics {
  /** Width of `text` set at `sizePt`, in points. */
  width(text: string, sizePt: number): number;
}

interface Table {
  readonly offset: number;
  readonly length: number;
}

function tables(data: Buffer): Map<string, Table> {
  const count = data.readUInt16BE(4);
  const out = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    out.set(data.toString('latin1', at, at + 4), { offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  return out;
}

/** Code point → glyph id from the Windows Unicode BMP subtable (format 4). */
function cmapFormat4(data: Buffer, cmap: Table): Map<number, number> {
  const count = data.readUInt16BE(cmap.offset + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + 8 * i;
    const platform = data.readUInt16BE(at);
    const encoding = data.readUInt16BE(at + 2);
    const offset = cmap.offset + data.readUInt32BE(at + 4);
    if (platform === 3 && encoding === 1 && data.readUInt16BE(offset) === 4) sub = offset;
  }
  const glyphs = new Map<number, number>();
  if (sub < 0) return glyphs;
  const segX2 = data.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = data.readUInt16BE(ends + 2 * s);
    const start = data.readUInt16BE(starts + 2 * s);
    const delta = data.readInt16BE(deltas + 2 * s);
    const rangeAt = rangeOffsets + 2 * s;
    const rangeOffset = data.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = data.readUInt16BE(rangeAt + rangeOffset + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}

const cache = new Map<string, FontMetrics>();

/** Reads the metrics of an OpenType/TrueType font file (cached per path). */
export function loadFontMetrics(path: string): FontMetrics {
  const cached = cache.get(path);
  if (cached) return cached;
  const data = readFileSync(path);
  const t = tables(data);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error(`font ${path} lacks head/hhea/hmtx/cmap`);
  const unitsPerEm = data.readUInt16BE(head.offset + 18);
  const metricsCount = data.readUInt16BE(hhea.offset + 34);
  const advance = (glyph: number): number => data.readUInt16BE(hmtx.offset + 4 * Math.min(glyph, metricsCount - 1));
  const glyphs = cmapFormat4(data, cmap);
  const fallback = advance(glyphs.get(0x4d) ?? 0); // "M": unknown characters count as a wide capital
  const widths = new Map<number, number>();
  for (const [code, glyph] of glyphs) widths.set(code, advance(glyph));
  const metrics: FontMetrics = {
    width(text, sizePt) {
      let units = 0;
      for (const ch of text) units += widths.get(ch.codePointAt(0) ?? 0) ?? fallback;
      return (units / unitsPerEm) * sizePt;
    },
  };
  cache.set(path, metrics);
  return metrics;
}
