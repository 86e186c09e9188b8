/** Text widths read from the OpenType font by opentype.js (src/org/font-metrics.ts), checked against resvg's own text shaping. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { loadFontMetrics } from '../../src/org/font-metrics.js';
import { wrap } from '../../src/org/box.js';
import { ROOT } from '../helpers.js';

const require = createRequire(import.meta.url);
const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
const FONTS = join(ROOT, 'templates', 'fonts');
const regular = loadFontMetrics(join(FONTS, 'texgyrebonum-regular.otf'));
const bold = loadFontMetrics(join(FONTS, 'texgyrebonum-bold.otf'));

/** Width of `text` as resvg lays it out with the same font. */
function resvgWidth(text: string, size: number, weight: 'normal' | 'bold'): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="0" y="50" font-family="TeX Gyre Bonum" font-size="${size}" font-weight="${weight}">${text}</text></svg>`;
  const r = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [join(FONTS, 'texgyrebonum-regular.otf'), join(FONTS, 'texgyrebonum-bold.otf')], defaultFontFamily: 'TeX Gyre Bonum' } });
  return r.getBBox()!.width;
}

describe('font metrics of TeX Gyre Bonum', () => {
  it('reads advance widths: wide capitals, narrow i, proportional to size', () => {
    expect(regular.width('M', 10)).toBeGreaterThan(regular.width('i', 10) * 2);
    expect(regular.width('Kabupaten', 20)).toBeCloseTo(regular.width('Kabupaten', 10) * 2, 6);
    expect(bold.width('PENANGGUNG JAWAB', 10)).toBeGreaterThan(regular.width('PENANGGUNG JAWAB', 10));
  });
  it('applies the font\'s kerning, as Typst and resvg do', () => {
    expect(regular.width('AV', 10)).toBeLessThan(regular.width('A', 10) + regular.width('V', 10));
  });
  it('agrees with resvg within 1 % (so boxes fit their text in the PNG and PDF)', () => {
    for (const [text, weight] of [['Kepala Dinas Sosial P3A', 'normal'], ['PENANGGUNG JAWAB', 'bold'], ['Petugas Puskesos di setiap Desa/Kelurahan', 'normal']] as const) {
      const ours = (weight === 'bold' ? bold : regular).width(text, 10);
      const theirs = resvgWidth(text, 10, weight);
      expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.01);
    }
  });
  it('wraps on word boundaries within the width, never cutting a word', () => {
    const lines = wrap('Kepala Perangkat Daerah yang menyelenggarakan urusan pemerintahan di bidang kesehatan', 120, regular, 9);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Kepala Perangkat Daerah yang menyelenggarakan urusan pemerintahan di bidang kesehatan');
    for (const l of lines) expect(regular.width(l, 9)).toBeLessThanOrEqual(120);
  });
  it('is exactly opentype.js getAdvanceWidth on every line and word of the SLRT content, all four faces', () => {
    const texts = new Set<string>(['ffi fl ff efisien fk Ĳ ij IJ', 'a\tb\nc', 'Kabupaten\u00a0Purwakarta', 'pra–syarat — “kutip” ‘x’ …', 'ﬁ ligatur', 'Ελληνικά', '']);
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ya?ml|md)$/.test(name)) {
          for (const line of readFileSync(p, 'utf8').split('\n')) {
            texts.add(line);
            for (const w of line.split(/\s+/)) texts.add(w);
          }
        }
      }
    };
    walk(join(ROOT, 'content'));
    expect(texts.size).toBeGreaterThan(2000);
    for (const face of ['regular', 'bold', 'italic', 'bolditalic']) {
      const file = join(FONTS, `texgyrebonum-${face}.otf`);
      const bytes = readFileSync(file);
      const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const ours = loadFontMetrics(file);
      const wrong = [...texts].filter((t) => ours.width(t, 1) !== font.getAdvanceWidth(t, 1, { kerning: true }));
      expect(wrong).toEqual([]);
    }
  }, 120_000);

  it('measures a very long word in chunks, exactly, without quadratic time (fuzz seed 777, case 572)', () => {
    const file = join(FONTS, 'texgyrebonum-regular.otf');
    const bytes = readFileSync(file);
    const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // 1,200 characters with ligatures (fi, ffi, fl) and kerning pairs (AV, To) on both sides of every cut.
    const word = 'AVToffisiensifl'.repeat(80);
    expect(regular.width(word, 1)).toBe(font.getAdvanceWidth(word, 1, { kerning: true }));
    // 400,000 characters, as the fuzz suite's huge strings: took minutes when shaped in one piece.
    const huge = 'fiA'.repeat(133_334);
    expect(regular.width(huge, 12)).toBeGreaterThan(regular.width('fiA', 12) * 133_000);
  }, 30_000);
});
