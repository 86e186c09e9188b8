/**
 * The preview shows the pages of a Peraturan loaded without lint, then lints it: with one load cache, the
 * second load (with lint) runs the rules on the first load's resolve instead of resolving again
 * (src/pipeline/load-document.ts `lintOnTop`), and gives exactly what a load with lint of its own gives —
 * the same findings in the same order, with the same fixes, and the same IR — for the real Perbup and for
 * the Perbup with mistakes that lint finds (one of them fixable, one an error).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, type ProjectPaths } from '../../src/load/project.js';
import { loadDocument, type Loaded } from '../../src/pipeline/load-document.js';
import { ROOT } from '../helpers.js';

const ID = 'perbup-slrt';
const OPTIONS = { date: '2026-01-01T00:00:00Z', strict: false } as const;

function broken(): ProjectPaths {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-lint-on-top-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content', ID, 'naskah.yaml');
  const text = readFileSync(file, 'utf8')
    // TN-BHS-06: an abbreviation nobody defined (a warning), NSK307: typed rincian punctuation (fixable).
    .replace('- menggunakan DTSEN sebagai acuan dalam penetapan sasaran program\n', '- menggunakan DTKS sebagai acuan dalam penetapan sasaran program\n')
    .replace('          - membina dan mengoordinasikan peran serta Pilar Sosial\n', '          - membina dan mengoordinasikan peran serta Pilar Sosial;\n')
    // TN-REF-01 ("dalam" where "pada" belongs), an error that holds the IR back.
    .replace('Data dan informasi [[data-rahasia]] hanya digunakan', 'Data dan informasi sebagaimana dimaksud dalam ayat (1) hanya digunakan');
  writeFileSync(file, text);
  return findProject(dir)!;
}

const shown = (l: Loaded): unknown => ({ ir: l.ir, resolved: l.resolved, diagnostics: l.diagnostics });

describe('lint on a load without lint', () => {
  for (const [name, paths] of [['the real Perbup', findProject(ROOT)!], ['the Perbup with lint mistakes', broken()]] as const) {
    it(`gives what a load with lint gives: ${name}`, () => {
      const alone = loadDocument(paths, ID, { ...OPTIONS, lint: 'all', cache: new Map() });
      const cache = new Map<string, Loaded>();
      const first = loadDocument(paths, ID, { ...OPTIONS, lint: 'none', cache });
      const linted = loadDocument(paths, ID, { ...OPTIONS, lint: 'all', cache });
      expect(JSON.parse(JSON.stringify(shown(linted)))).toEqual(JSON.parse(JSON.stringify(shown(alone))));
      // The resolve was not done again: the IR is the object the load without lint made.
      expect(linted.resolved ?? linted.ir).toBe(first.ir);
      // Fixes went to the linted load's findings, not to those the page already showed.
      expect(linted.diagnostics.filter((d) => d.fix !== undefined).length).toBe(alone.diagnostics.filter((d) => d.fix !== undefined).length);
      expect(first.diagnostics.some((d) => linted.diagnostics.includes(d))).toBe(false);
    });
  }

  it('finds the mistakes in the broken Perbup (the comparison above is not between two empty lists)', () => {
    const linted = loadDocument(broken(), ID, { ...OPTIONS, lint: 'all', cache: new Map() });
    expect(linted.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['TN-BHS-06', 'NSK307', 'TN-REF-01']));
    expect(linted.ir).toBeNull();
  });
});
