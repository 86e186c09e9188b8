/**
 * The label column of the matriks perubahan PDF (templates/typst/matriks, issue 11): a RUMUSAN line
 * is one paragraph whose label sits in a column 0.8 cm wide, or as wide as a longer label plus 3 pt,
 * its further lines hanging under the text. Short labels ("(1)", "a.", "99.") are not measured; longer,
 * italic or marked ones are. Checked on the rendered PDF with pdfjs: where each word starts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/diff/entries.js';
import type { Matriks } from '../../src/render/matriks/model.js';
import { renderMatriksPdf } from '../../src/render/matriks/pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options = { templatesDir: path.join(root, 'templates'), fontsDir: path.join(root, 'templates/fonts') };
const PT_PER_CM = 72 / 2.54;
const LONG = 'kata '.repeat(40).trim();

const line = (level: number, label: string, text: string, op: '=' | '-' | '+' = '='): Line => ({
  level, centred: false, label: label === '' ? [] : [{ op, text: label, italic: false }], text: [{ op: '=', text, italic: false }],
});

/** Words of the PDF with the x of their start, in reading order. */
async function words(bytes: Uint8Array): Promise<{ s: string; x: number; y: number }[]> {
  const doc = await getDocument({ data: bytes, verbosity: 0, disableFontFace: true }).promise;
  const page = await doc.getPage(1);
  return (await page.getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [{ s: i.str.trim(), x: i.transform[4] as number, y: i.transform[5] as number }] : []));
}

describe('matriks PDF label column', () => {
  it('hangs the text after a narrow label, a measured long label and a marked label, indented by level', async () => {
    const m: Matriks = {
      judul: ['MATRIKS PERUBAHAN'], semula: 'A', perubahan: 'B', renumberingSummary: null, date: '2026-01-01',
      rows: [{ no: 1, keterangan: 'uji', semula: [
        line(0, '(1)', `Satu ${LONG}`),
        line(1, 'a.', `Dua ${LONG}`),
        line(0, 'Bagian Kesatu', `Tiga ${LONG}`),
        line(0, '(2)', `Empat ${LONG}`, '-'),
        line(2, '', `Lima ${LONG}`),
      ], perubahan: [] }],
    };
    const pdf = renderMatriksPdf(m, options);
    expect(pdf.diagnostics).toEqual([]);
    const list = await words(pdf.bytes!);
    const first = (s: string) => list.find((w) => w.s === s || w.s.startsWith(`${s} `))!;
    const next = (s: string) => {
      const start = first(s);
      // The first word of the line below the first line of this paragraph.
      return list.find((w) => w.y < start.y - 1 && w.x > start.x - 100)!;
    };
    const label1 = first('(1)');
    // Narrow label: the text starts 0.8 cm after the label, and hangs there.
    expect(first('Satu').x - label1.x).toBeCloseTo(0.8 * PT_PER_CM, 0);
    expect(next('Satu').x).toBeCloseTo(first('Satu').x, 0);
    // One level deeper: 0.6 cm further in.
    expect(first('a.').x - label1.x).toBeCloseTo(0.6 * PT_PER_CM, 0);
    expect(first('Dua').x - first('a.').x).toBeCloseTo(0.8 * PT_PER_CM, 0);
    expect(next('Dua').x).toBeCloseTo(first('Dua').x, 0);
    // A label longer than the column widens it to its own width plus 3 pt.
    const bagian = list.filter((w) => w.y === first('Tiga').y && w.x < first('Tiga').x);
    const labelEnd = Math.max(...bagian.map((w) => w.x)) - label1.x;
    expect(first('Tiga').x - label1.x).toBeGreaterThan(0.8 * PT_PER_CM + 20);
    expect(first('Tiga').x - label1.x).toBeGreaterThan(labelEnd);
    expect(next('Tiga').x).toBeCloseTo(first('Tiga').x, 0);
    // A struck label is measured too and keeps the narrow column.
    expect(first('Empat').x - label1.x).toBeCloseTo(0.8 * PT_PER_CM, 0);
    // No label: the paragraph starts and hangs at its level's indent.
    expect(first('Lima').x - label1.x).toBeCloseTo(1.2 * PT_PER_CM, 0);
    expect(next('Lima').x).toBeCloseTo(first('Lima').x, 0);
  });
});
