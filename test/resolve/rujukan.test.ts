import { describe, expect, it } from 'vitest';
import { rujukanPhrase, joinDan } from '../../src/resolve/rujukan.js';
import type { IndexedUnit, Segment } from '../../src/resolve/unit-index.js';

const seg = (word: string, value: string): Segment => ({ word, value });
function unit(id: string, kind: IndexedUnit['kind'], chain: Segment[], pasalId: string | null, ayatId: string | null, parentKey: string, position: number): IndexedUnit {
  // Document order: Pasal, then ayat, then huruf.
  const order = chain.reduce((acc, s) => acc * 100 + (Number.parseInt(s.value.replace(/\D/g, ''), 10) || s.value.charCodeAt(0) - 96), 0) * 100 ** (3 - chain.length);
  return { id, kind, chain, pasalId, ayatId, parentKey, position, order, source: null };
}
const pasal = (n: number) => unit(`p${n}`, 'pasal', [seg('Pasal', String(n))], `p${n}`, null, 'pasal', n);
const ayat = (p: number, k: number) => unit(`p${p}a${k}`, 'ayat', [seg('Pasal', String(p)), seg('ayat', `(${k})`)], `p${p}`, `p${p}a${k}`, `p${p}`, k);
const huruf = (p: number, k: number, h: string, pos: number) => unit(`p${p}a${k}${h}`, 'rincian', [seg('Pasal', String(p)), seg('ayat', `(${k})`), seg('huruf', h)], `p${p}`, `p${p}a${k}`, `p${p}a${k}`, pos);

const P = Array.from({ length: 13 }, (_, i) => pasal(i + 1));
const A7 = [1, 2, 3, 4].map((k) => ayat(7, k));
const A3 = [1, 2].map((k) => ayat(3, k));
const H5 = ['a', 'b', 'c', 'd'].map((h, i) => huruf(5, 2, h, i + 1));
const elsewhere = { pasalId: 'p3', ayatId: 'p3a2' };

describe('reference phrases (TN-REF-01…07, TN-REF-10)', () => {
  it('uses "dalam" for another Pasal and "pada" for an ayat of the same Pasal', () => {
    expect(rujukanPhrase([P[4]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5');
    expect(rujukanPhrase([A3[0]!], elsewhere, false)).toBe('sebagaimana dimaksud pada ayat (1)');
  });
  it('chains Pasal, ayat and huruf', () => {
    expect(rujukanPhrase([H5[0]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a');
  });
  it('drops the ayat for a huruf of the same ayat', () => {
    expect(rujukanPhrase([H5[1]!], { pasalId: 'p5', ayatId: 'p5a2' }, false)).toBe('sebagaimana dimaksud pada huruf b');
  });
  it('lists two units with "dan" and repeats the unit word', () => {
    expect(rujukanPhrase([P[4]!, P[5]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5 dan Pasal 6');
    expect(rujukanPhrase([H5[0]!, H5[2]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a dan huruf c');
  });
  it('writes three or more consecutive units as a range', () => {
    expect(rujukanPhrase([P[4]!, P[5]!, P[6]!, P[7]!, P[8]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5 sampai dengan Pasal 9');
    expect(rujukanPhrase(A7, elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 7 ayat (1) sampai dengan ayat (4)');
  });
  it('lists non-consecutive units with commas and a final "dan"', () => {
    expect(rujukanPhrase([P[4]!, P[6]!, P[8]!], elsewhere, false)).toBe('sebagaimana dimaksud dalam Pasal 5, Pasal 7, dan Pasal 9');
  });
  it('puts the same-Pasal ayat first, then others in ascending order (L2 example)', () => {
    const a13 = unit('p13a3', 'ayat', [seg('Pasal', '13'), seg('ayat', '(3)')], 'p13', 'p13a3', 'p13', 3);
    const phrase = rujukanPhrase([a13, P[11]!, A7[3]!, A7[1]!, A3[0]!], elsewhere, false);
    expect(phrase).toBe('sebagaimana dimaksud pada ayat (1), Pasal 7 ayat (2) dan ayat (4), Pasal 12, dan Pasal 13 ayat (3)');
  });
  it('renders the bare form without "sebagaimana dimaksud"', () => {
    expect(rujukanPhrase([H5[3]!], elsewhere, true)).toBe('Pasal 5 ayat (2) huruf d');
  });
  it('joins with Indonesian commas', () => {
    expect(joinDan(['a'])).toBe('a');
    expect(joinDan(['a', 'b', 'c'])).toBe('a, b, dan c');
  });
});
