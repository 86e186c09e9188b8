/** Safety of `--fix`: overlapping fixes and fixes that would break comments or structure leave the file untouched. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { attachFix } from '../../src/diagnostics/fixes.js';
import { applyFixes } from '../../src/lint/fix/apply.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(text: string): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'naskah-fix-'));
  dirs.push(root);
  const file = join(root, 'naskah.yaml');
  writeFileSync(file, text);
  return { root, file };
}

function finding(code: string, absPath: string, start: number, end: number, text: string): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', message: code, file: 'naskah.yaml', start: { line: 1, column: start + 1 } };
  attachFix(d, { description: `${code} fix`, edits: [{ absPath, start, end, text }] });
  return d;
}

describe('applyFixes', () => {
  const text = 'teks: Pemerintah daerah menyelenggarakan SLRT   # komentar\n';

  it('applies independent fixes', () => {
    const { root, file } = setup(text);
    const outcome = applyFixes([finding('A', file, 17, 18, 'D'), finding('B', file, 41, 45, 'layanan')], root);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.applied.map((a) => a.code)).toEqual(['A', 'B']);
    expect(readFileSync(file, 'utf8')).toBe('teks: Pemerintah Daerah menyelenggarakan layanan   # komentar\n');
  });

  it('leaves a file alone when two fixes touch the same characters', () => {
    const { root, file } = setup(text);
    const outcome = applyFixes([finding('A', file, 17, 23, 'Daerah'), finding('B', file, 17, 18, 'X')], root);
    expect(outcome.applied).toEqual([]);
    expect(outcome.skipped[0]?.reason).toMatch(/dua perbaikan mengubah bagian yang sama/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('leaves a file alone when a fix would change a comment', () => {
    const { root, file } = setup(text);
    const outcome = applyFixes([finding('A', file, 48, 58, '# lain')], root);
    expect(outcome.skipped[0]?.reason).toMatch(/komentar/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('leaves a file alone when a fix would change its structure', () => {
    const { root, file } = setup(text);
    const outcome = applyFixes([finding('A', file, 4, 5, ':\n  isi:')], root);
    expect(outcome.skipped[0]?.reason).toMatch(/susunan|YAML/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
