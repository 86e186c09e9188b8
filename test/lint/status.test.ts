/**
 * The rule catalogue stays complete and consistent: one file per rule named after its id, registered,
 * with a header comment; src/lint/RULES-STATUS.md has one row per catalogue id, "diperiksa" exactly for
 * the implemented rules, a reason for every other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lint/catalogue.js';
import { RULES } from '../../src/lint/registry.js';
import { ROOT } from '../helpers.js';

const RULES_DIR = join(ROOT, 'src', 'lint', 'rules');

describe('rule files and the status table', () => {
  it('one file per rule, named after its id, with a header comment, all registered', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort();
    expect(files.map((f) => f.replace(/\.ts$/, '').toUpperCase()).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const f of files) {
      const text = readFileSync(join(RULES_DIR, f), 'utf8');
      const id = f.replace(/\.ts$/, '').toUpperCase();
      expect(text.startsWith(`/**\n * ${id} `), f).toBe(true);
      expect(text, f).toMatch(/\n \* Why: /);
      expect(text, f).toMatch(/\n \* Source: /);
      expect(CATALOGUE[id], `${id} ada dalam katalog`).toBeDefined();
    }
  });

  it('each rule keeps its catalogue level', () => {
    for (const r of RULES) expect(r.level, r.id).toBe(CATALOGUE[r.id]);
  });

  it('RULES-STATUS.md has one row per catalogue id; "diperiksa" exactly for implemented rules', () => {
    const rows = readFileSync(join(ROOT, 'src', 'lint', 'RULES-STATUS.md'), 'utf8').split('\n').filter((l) => /^\| TN-/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(CATALOGUE).sort());
    const implemented = new Set(RULES.map((r) => r.id));
    for (const r of rows) {
      expect(r[3] === 'diperiksa', `${r[1]}: ${r[3]}`).toBe(implemented.has(r[1]!));
      expect(r[7]!.length, `${r[1]} keterangan`).toBeGreaterThan(10);
    }
  });
});
