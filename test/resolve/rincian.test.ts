import { describe, expect, it } from 'vitest';
import { itemEnding } from '../../src/resolve/rincian.js';

describe('rincian punctuation (TN-RIN-04, TN-RIN-07, TN-RIN-08)', () => {
  it('puts "; dan" only after the penultimate item of a kumulatif list', () => {
    expect([0, 1, 2, 3].map((i) => itemEnding(i, 4, 'kumulatif', '.'))).toEqual([';', ';', '; dan', '.']);
  });
  it('uses "; atau" and "; dan/atau" for alternatif and kumulatif-alternatif lists', () => {
    expect([0, 1].map((i) => itemEnding(i, 2, 'alternatif', '.'))).toEqual(['; atau', '.']);
    expect([0, 1, 2].map((i) => itemEnding(i, 3, 'kumulatif-alternatif', '.'))).toEqual([';', '; dan/atau', '.']);
  });
  it('ends a nested list with its parent item\'s own ending (TN-RIN-10)', () => {
    expect([0, 1].map((i) => itemEnding(i, 2, 'kumulatif', '; dan'))).toEqual(['; dan', '; dan']);
    expect([0, 1].map((i) => itemEnding(i, 2, 'alternatif', ';'))).toEqual(['; atau', ';']);
  });
});
