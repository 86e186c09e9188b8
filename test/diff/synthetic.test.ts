import { describe, expect, it } from 'vitest';
import { compare } from '../../src/diff/compare.js';
import { changeSet } from '../../src/diff/describe.js';
import { initialModel, revisedModel, naskahFrom } from './synthetic.js';

const side = { revision: 'x', label: 'x', date: '2026-01-01T00:00:00Z' };

describe('structural diff of a 2,000-pasal synthetic regulation', () => {
  const initial = initialModel(2000);
  const a = naskahFrom(initial);
  const b = naskahFrom(revisedModel(initial));

  it('finds exactly the planted changes, each as its own kind', () => {
    compare(a, b); // warm-up, so the figure below is the steady in-process cost
    const started = performance.now();
    const cs = changeSet(compare(a, b), 'sintetis', side, side);
    const ms = performance.now() - started;
    // Reported, not asserted: timing belongs to the benchmark (DESIGN.md, "Performance").
    console.log(`diff of 2,000 Pasal: ${ms.toFixed(1)} ms, ${cs.changes.length} changes`);
    const kinds = (k: string) => cs.changes.filter((c) => c.kind === k);
    // every 100th Pasal moved (19 of them: the last BAB has no next BAB), every 50th gets a sibling inserted
    expect(kinds('moved').map((c) => c.id)).toEqual(Array.from({ length: 19 }, (_, i) => `pasal-${(i + 1) * 100}`));
    expect(kinds('inserted').map((c) => c.id)).toEqual(Array.from({ length: 40 }, (_, i) => `pasal-sisipan-${(i + 1) * 50}`));
    // ayat (2) of every 40th Pasal deleted: one deletion each, not a cascade of changed ayat
    expect(kinds('deleted').map((c) => c.oldId)).toEqual(Array.from({ length: 50 }, (_, i) => `pasal-${(i + 1) * 40}.2`));
    // words replaced in ayat (1) of every 25th Pasal: 80 ayat, word-level operations inside
    const modified = kinds('modified');
    expect(modified.map((c) => c.id)).toEqual(Array.from({ length: 80 }, (_, i) => `pasal-${(i + 1) * 25}-satu`));
    expect(modified[0]!.ops).toContainEqual(['+', ' paling lama 14 (empat belas) hari']);
    // everything else after the first insertion is renumbered only
    expect(kinds('renumbered').length).toBeGreaterThan(1900);
  });
});
