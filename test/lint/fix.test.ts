/**
 * `naskah check --fix` on a draft with mechanical mistakes: the file is repaired in place, every comment
 * survives (the comment above a Mengingat key travels with it), what was changed is reported, what is
 * not mechanical ("minimal": time or amount?) is left and still reported, and a second run has nothing
 * left to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden, formatTranscript, runCli } from '../helpers.js';
import { comments, tempProject } from './project.js';

const HERE = join(import.meta.dirname, 'fix-fixture');
const original = readFileSync(join(HERE, 'naskah.yaml'), 'utf8');

describe('naskah check --fix', () => {
  const project = tempProject({ perbaiki: original });
  afterAll(project.cleanup);
  const file = join(project.dir, 'content', 'perbaiki', 'naskah.yaml');

  it('repairs the mechanical mistakes, keeps every comment, reports each change', async () => {
    const t = await runCli(['check', '--fix'], project.dir);
    const fixed = readFileSync(file, 'utf8');
    expectGolden(fixed, join(HERE, 'naskah.fixed.yaml'));
    expectGolden(formatTranscript(t), join(HERE, 'transcript.txt'));
    expect(comments(fixed)).toEqual(comments(original));
    expect(t.stderr).toContain('9 perbaikan diterapkan.');
    // "minimal" is not mechanical: still an error after the fix.
    expect(t.stderr).toMatch(/galat TN-BHS-08 Batas ditulis "minimal"/);
    expect(t.exitCode).toBe(1);
  });

  it('keeps the comment above a Mengingat key with that key', () => {
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('  - uu-11-2009\n  # UU 23/2014 is out of chronological order; this comment travels with it\n  - uu-23-2014          # amended, last by UU 6/2023\n');
  });

  it('has nothing left to fix on a second run', async () => {
    const before = readFileSync(file, 'utf8');
    const t = await runCli(['check', '--fix'], project.dir);
    expect(t.stderr).toContain('Tidak ada perbaikan mekanis yang dapat diterapkan.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('naskah check --fix after a plain check in the same process', () => {
  it('still reorders Mengingat (the fix rides on the resolver\'s NSK305, also when lint results are reused)', async () => {
    const base = readFileSync(join(import.meta.dirname, '..', 'rules', 'TN-DH-03', 'not-ok.yaml'), 'utf8');
    const project = tempProject({ urutan: base });
    try {
      const first = await runCli(['check'], project.dir);
      expect(first.stderr).toContain('galat NSK305');
      const t = await runCli(['check', '--fix'], project.dir);
      expect(t.stderr).toContain('NSK305: urutkan Mengingat');
      expect(readFileSync(join(project.dir, 'content', 'urutan', 'naskah.yaml'), 'utf8')).toContain('  - uu-11-2009\n  - uu-23-2014\n');
      expect(t.exitCode).toBe(0);
    } finally {
      project.cleanup();
    }
  });
});
