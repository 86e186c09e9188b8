/** `naskah rules` and `naskah explain TN-…` as transcripts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { expectGolden, FIXTURES, formatTranscript, runCli } from '../helpers.js';

const golden = (name: string) => join(import.meta.dirname, 'transcripts', `${name}.txt`);

describe('rules and explain', () => {
  it('rules lists every implemented rule with level, statement and source', async () => {
    const t = await runCli(['rules'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(0);
    expectGolden(formatTranscript(t), golden('rules'));
    for (const r of RULES) expect(t.stdout).toContain(r.id);
  });

  it('rules --format json gives one object per rule', async () => {
    const t = await runCli(['rules', '--format', 'json'], join(FIXTURES, 'mini'));
    const rows = JSON.parse(t.stdout) as { id: string; tingkat: string; pernyataan: string; sumber: string }[];
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rows.every((r) => r.pernyataan.length > 10 && r.sumber.length > 1)).toBe(true);
  });

  it('explain TN-RIN-03 prints the explanation with a correct and an incorrect example', async () => {
    const t = await runCli(['explain', 'tn-rin-03'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(0);
    expectGolden(formatTranscript(t), golden('explain-tn-rin-03'));
    expect(t.stdout).toMatch(/Benar:\n {2}a\. pendataan/);
    expect(t.stdout).toMatch(/Salah:\n {2}a\. Pendataan/);
  });

  it('explain of a catalogued rule that is not checked, and of an unknown id, exit 2', async () => {
    const notChecked = await runCli(['explain', 'TN-TYP-01'], join(FIXTURES, 'mini'));
    const unknown = await runCli(['explain', 'TN-RIN-3'], join(FIXTURES, 'mini'));
    expectGolden([notChecked, unknown].map(formatTranscript).join('\n'), golden('explain-invalid'));
    expect([notChecked.exitCode, unknown.exitCode]).toEqual([2, 2]);
  });

  it('every rule has an explanation and both examples', () => {
    for (const r of RULES) {
      expect(r.explanation.length, r.id).toBeGreaterThan(60);
      expect(r.correct.length, r.id).toBeGreaterThan(3);
      expect(r.incorrect.length, r.id).toBeGreaterThan(3);
      expect(r.correct, r.id).not.toBe(r.incorrect);
    }
  });
});
