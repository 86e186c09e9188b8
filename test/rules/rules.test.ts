/**
 * The generic test of the tata naskah rules: every registered rule has its fixtures under
 * test/rules/<ID>/; on `ok*` it reports nothing; on each `not-ok*` it reports exactly what the
 * `.expected` file beside it says (UPDATE_GOLDEN=1 rewrites those files: review the diff); and every rule
 * runs without crashing on every fixture stripped of its positions and on the hand-made sample IRs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { lintDocument, lintProject } from '../../src/lint/engine.js';
import { DocumentIndex } from '../../src/ir-index/document.js';
import { RULES } from '../../src/lint/registry.js';
import { expectGolden, ROOT } from '../helpers.js';
import { compact, fixtures, lint, prepare, prepareProject, RULES_DIR, withoutPositions, type Prepared } from './harness.js';

const prepared = new Map<string, Prepared>();
const load = (file: string) => {
  let p = prepared.get(file);
  if (!p) {
    p = prepare(file);
    prepared.set(file, p);
  }
  return p;
};

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const { ok, notOk } = fixtures(id);

  it('has an ok fixture and at least one not-ok fixture', () => {
    expect(ok.length, `test/rules/${id}/ok.yaml (atau ok.ir.yaml / ok.proyek.yaml)`).toBeGreaterThan(0);
    expect(notOk.length, `test/rules/${id}/not-ok.yaml (atau not-ok.ir.yaml / not-ok.proyek.yaml)`).toBeGreaterThan(0);
  });

  it.each(ok.map((f) => [f.slice(RULES_DIR.length + 1)] as const))('reports nothing on %s', (file) => {
    const abs = join(RULES_DIR, file);
    const found = abs.endsWith('.proyek.yaml') ? prepareProject(abs, [rule]) : lint(load(abs), [rule]);
    expect(compact(found, id)).toBe('');
  });

  it.each(notOk.map((f) => [f.file.slice(RULES_DIR.length + 1), f.expected] as const))('reports %s as expected', (file, expected) => {
    const abs = join(RULES_DIR, file);
    let shown: string;
    if (abs.endsWith('.proyek.yaml')) shown = compact(prepareProject(abs, [rule]), id);
    else {
      const p = load(abs);
      // A finding already reported by an earlier phase (coveredBy) shows as that phase's diagnostic.
      shown = [compact(p.prior, ...(rule.coveredBy ?? [])), compact(lint(p, [rule]), id)].filter((s) => s !== '').join('\n');
    }
    expect(shown, `${file} harus memuat paling sedikit satu temuan`).not.toBe('');
    expectGolden(`${shown}\n`, expected);
  });
});

describe('every rule without positions', () => {
  const all = RULES.flatMap((r) => [...fixtures(r.id).ok, ...fixtures(r.id).notOk.map((n) => n.file)]).filter((f) => !f.endsWith('.proyek.yaml'));

  it.each(all.map((f) => [f.slice(RULES_DIR.length + 1)] as const))('runs on %s stripped of positions', (file) => {
    const { input } = load(join(RULES_DIR, file));
    const doc = new DocumentIndex({ ir: withoutPositions(input.ir), source: null, file: input.file });
    expect(() => lintDocument(doc, { rules: RULES })).not.toThrow();
  });

  it('runs on the hand-made sample IRs and across all fixtures as one project', () => {
    const samples = ['test/fixtures/ir/sample-perbup.json', 'test/render/fixtures-docx/sample-keputusan.json']
      .filter((f) => existsSync(join(ROOT, f)))
      .map((f) => new DocumentIndex({ ir: JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Naskah, source: null, file: f }));
    for (const doc of samples) expect(() => lintDocument(doc, { rules: RULES })).not.toThrow();
    const docs = all.map((f) => new DocumentIndex({ ir: withoutPositions(load(f).input.ir), source: null, file: f }));
    expect(() => lintProject([...docs, ...samples], { rules: RULES })).not.toThrow();
  });
});
