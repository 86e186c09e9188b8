import { describe, expect, it } from 'vitest';
import { bagianLabel, diktumLabel, rincianLabel, roman, spellOut } from '../../src/ir/numbering.js';

describe('numbering (TN-BT-01…03, TN-RIN-06, TN-KEP-07)', () => {
  it('writes BAB numbers in Roman numerals', () => {
    expect([1, 4, 9, 12, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XII', 'XIV', 'XL']);
  });
  it('names Bagian with ordinal words, "Kesatu" not "Pertama"', () => {
    expect([1, 2, 3, 10, 11, 12, 20, 21].map(bagianLabel)).toEqual([
      'Bagian Kesatu', 'Bagian Kedua', 'Bagian Ketiga', 'Bagian Kesepuluh', 'Bagian Kesebelas', 'Bagian Kedua Belas', 'Bagian Kedua Puluh', 'Bagian Kedua Puluh Satu',
    ]);
  });
  it('labels diktum KESATU, KEDUA, …', () => {
    expect([1, 2, 4, 7].map(diktumLabel)).toEqual(['KESATU', 'KEDUA', 'KEEMPAT', 'KETUJUH']);
  });
  it('cascades rincian markers a. › 1. › a) › 1)', () => {
    expect([1, 2, 3, 4].map((d) => rincianLabel(d, 2))).toEqual(['b.', '2.', 'b)', '2)']);
    expect(rincianLabel(1, 27)).toBe('aa.');
  });
  it('spells numbers for "14 (empat belas)"', () => {
    expect([1, 11, 14, 20, 99, 100, 115, 1000, 2025].map(spellOut)).toEqual([
      'satu', 'sebelas', 'empat belas', 'dua puluh', 'sembilan puluh sembilan', 'seratus', 'seratus lima belas', 'seribu', 'dua ribu dua puluh lima',
    ]);
  });
});
