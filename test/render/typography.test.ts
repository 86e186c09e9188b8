/** A unit word and its number stay on one line (issue 16 point 5, review m4): bound by U+00A0 in the printed copy. */
import { describe, expect, it } from 'vitest';
import { bindNumbers, printCopy } from '../../src/render/typography.js';

const N = '\u00a0';

describe('bindNumbers', () => {
  it('binds Pasal, ayat, huruf, angka, BAB, Nomor and Tahun to what follows', () => {
    expect(bindNumbers('Pasal 5 huruf c Peraturan Menteri Sosial Nomor 15 Tahun 2018')).toBe(`Pasal${N}5 huruf${N}c Peraturan Menteri Sosial Nomor${N}15 Tahun${N}2018`);
    expect(bindNumbers('sebagaimana dimaksud pada ayat (1) angka 2 dalam BAB IV')).toBe(`sebagaimana dimaksud pada ayat${N}(1) angka${N}2 dalam BAB${N}IV`);
  });
  it('leaves words that are not followed by a number alone', () => {
    expect(bindNumbers('huruf kapital, ayat berikut, Pasal ini, huruf ab')).toBe('huruf kapital, ayat berikut, Pasal ini, huruf ab');
  });
  it('binds the runs of a printed copy and leaves the IR itself untouched', () => {
    const ir = { jenis: 'x', blocks: [{ kind: 'text', text: 'Pasal 5' }, { kind: 'ref', text: 'huruf a', targets: ['t'] }], judul: 'Pasal 5' } as never;
    const copy = printCopy(ir) as unknown as { blocks: { text: string }[]; judul: string };
    expect(copy.blocks.map((b) => b.text)).toEqual([`Pasal${N}5`, `huruf${N}a`]);
    expect(copy.judul).toBe('Pasal 5');
    expect((ir as unknown as { blocks: { text: string }[] }).blocks[0]!.text).toBe('Pasal 5');
  });
});
