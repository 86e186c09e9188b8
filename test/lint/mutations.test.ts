/**
 * Mutation harness (issue 21, legal fidelity): realistic drafting mistakes, each applied alone to a copy
 * of the real SLRT sources (a string replaced at one known place), and the whole project checked as
 * `naskah check` does. Each mistake must be caught: a new diagnostic (not present on the unmodified
 * sources) with the expected code, in the expected file. Mistakes marked `alone` must give exactly one
 * new diagnostic (one mistake, one finding). A few correct edits that look like mistakes ("perjalanan
 * dinas", SLRT in the Keputusan) must give no new lint finding.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocuments } from '../../src/cli/check-fix.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { findProject, listDocuments, type ProjectPaths } from '../../src/load/project.js';
import { ROOT } from '../helpers.js';
import { MUTATIONS, type Mutation } from './mutation-list.js';

const K_FILE = 'kepbup-struktur-slrt/naskah.yaml';
const DATE = '2026-12-07T00:00:00Z';
const key = (d: Diagnostic) => `${d.code}|${d.file}|${d.message}`;

describe('realistic drafting mistakes in the real SLRT sources', () => {
  let dir = '';
  let paths: ProjectPaths;
  let ids: string[] = [];
  let baseline = new Set<string>();
  const check = () => checkDocuments(paths, ids, { date: DATE, strict: false }, true);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-mutasi-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    paths = findProject(dir)!;
    ids = listDocuments(paths);
    baseline = new Set(check().map(key));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the real sources give no finding of the rules the mutations exercise (no false positive)', () => {
    const codes = new Set(MUTATIONS.flatMap((m) => (m.code ? [m.code] : [])));
    const found = [...baseline].filter((k) => codes.has(k.split('|')[0]!) && !k.startsWith('TN-KEP-14|'));
    expect(found).toEqual([]);
  });

  it('has at least 40 mutations, spread over the families', () => {
    expect(MUTATIONS.filter((m) => m.code !== null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(MUTATIONS.map((m) => m.family))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it.each(MUTATIONS.map((m) => [`${m.family}. ${m.name}`, m] as const))('%s', (_name, m: Mutation) => {
    const file = join(dir, 'content', m.file);
    const original = readFileSync(file, 'utf8');
    expect(original.split(m.from).length - 1, `"${m.from}" tepat sekali dalam ${m.file}`).toBe(1);
    writeFileSync(file, original.replace(m.from, m.to));
    try {
      const found = check().filter((d) => !baseline.has(key(d)));
      const shown = found.map((d) => `${d.code} ${d.file}:${d.start.line} ${d.message}`).join('\n');
      if (m.code === null) {
        expect(found.filter((d) => d.code.startsWith('TN-')), `tidak ada temuan baru:\n${shown}`).toEqual([]);
        return;
      }
      const hit = found.filter((d) => d.code === m.code && d.file === `content/${m.at ?? m.file}`);
      expect(hit.length, `${m.code} di content/${m.at ?? m.file}; temuan baru:\n${shown}`).toBeGreaterThan(0);
      for (const d of hit) expect(d.hint?.length ?? 0, d.code).toBeGreaterThan(10);
      // One mistake, one finding. A Perbup with a load or resolve error cannot be loaded by its Keputusan:
      // then one NSK329 there ("Peraturan Bupati tidak dapat dimuat: …") and no NSK301 at its references.
      if (m.alone === true) expect(found.length, `satu kesalahan, satu temuan:\n${shown}`).toBe(1);
      if (m.alone === 'perbup') {
        expect(found.filter((d) => d.file !== `content/${K_FILE}`).length, `satu temuan dalam Perbup:\n${shown}`).toBe(1);
        expect(found.filter((d) => d.file === `content/${K_FILE}`).map((d) => d.code), shown).toEqual(['NSK329']);
        expect(found.find((d) => d.code === 'NSK329')!.message).toMatch(/^Peraturan Bupati tidak dapat dimuat: /);
      }
    } finally {
      writeFileSync(file, original);
    }
  }, 60_000);
});
