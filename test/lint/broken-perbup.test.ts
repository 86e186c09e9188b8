/**
 * The real Perbup, broken by hand in five ways a drafter breaks it: typed rincian punctuation, Mengingat
 * out of order, "dalam" where "pada" belongs, an abbreviation nobody defined, a reference to an id that
 * does not exist. `naskah check` reports each mistake once, with its code, in Indonesian, at its line and
 * column; `--fix` repairs the three mechanical ones without disturbing a comment and leaves the others.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { comments } from './project.js';

interface Mistake {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** The text the diagnostic points at, in the broken line. */
  readonly at: string;
  /** Text identifying the broken line, when `at` also occurs earlier (e.g. in a comment). */
  readonly line?: string;
  readonly code: string;
  readonly mechanical: boolean;
}

const MISTAKES: readonly Mistake[] = [
  { name: 'tanda baca rincian diketik', from: '          - membina dan mengoordinasikan peran serta Pilar Sosial\n', to: '          - membina dan mengoordinasikan peran serta Pilar Sosial;\n', at: 'membina dan mengoordinasikan', code: 'NSK307', mechanical: true },
  { name: 'Mengingat terbalik', from: '  - uu-11-2009\n  - uu-25-2009\n', to: '  - uu-25-2009\n  - uu-11-2009\n', at: 'uu-11-2009', code: 'NSK305', mechanical: true },
  { name: '"dalam" untuk "pada"', from: 'Data dan informasi [[data-rahasia]] hanya digunakan', to: 'Data dan informasi sebagaimana dimaksud dalam ayat (1) hanya digunakan', at: 'dalam ayat (1)', code: 'TN-REF-01', mechanical: true },
  { name: 'singkatan tidak didefinisikan', from: '- menggunakan DTSEN sebagai acuan dalam penetapan sasaran program\n', to: '- menggunakan DTKS sebagai acuan dalam penetapan sasaran program\n', at: 'DTKS', line: 'menggunakan DTKS', code: 'TN-BHS-06', mechanical: false },
  { name: 'rujukan menggantung', from: 'Akses terhadap data dan informasi [[data-rahasia]]', to: 'Akses terhadap data dan informasi [[data-rahasa]]', at: '[[data-rahasa]]', code: 'NSK301', mechanical: false },
];

/** 1-based line and column of the first occurrence of `needle` on a line containing `context`. */
function where(text: string, needle: string, lineMustContain = needle): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(lineMustContain) && l.includes(needle));
  if (i < 0) throw new Error(`${needle} tidak ditemukan`);
  return `${i + 1}:${lines[i]!.indexOf(needle) + 1}`;
}

describe('a hand-broken copy of the Perbup', () => {
  let dir = '';
  let file = '';
  let original = '';
  let broken = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-rusak-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    file = join(dir, 'content', 'perbup-slrt', 'naskah.yaml');
    original = readFileSync(file, 'utf8');
    broken = original;
    for (const k of MISTAKES) {
      expect(broken.split(k.from).length - 1, k.name).toBe(1);
      broken = broken.replace(k.from, k.to);
    }
    writeFileSync(file, broken);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each mistake once, coded, in Indonesian, at its line:column', async () => {
    const baseline = await runCli(['check', 'perbup-slrt', '--format', 'json'], join(ROOT));
    const before = new Set((JSON.parse(baseline.stdout) as { code: string; message: string }[]).map((d) => `${d.code} ${d.message}`));
    const t = await runCli(['check', 'perbup-slrt', '--format', 'json'], dir);
    const found = (JSON.parse(t.stdout) as { code: string; severity: string; message: string; line: number; column: number; hint: string }[]).filter((d) => !before.has(`${d.code} ${d.message}`));
    const errors = found.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`).sort()).toEqual(MISTAKES.map((k) => `${k.code} ${where(broken, k.at, k.line)}`).sort());
    for (const d of errors) expect(d.hint.length, d.code).toBeGreaterThan(10);
    // The typed "ayat (1)" also gets the advice to write [[id]] (a warning, same place): nothing else is new.
    expect(found.filter((d) => d.severity !== 'error').map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([`TN-REF-13 ${where(broken, 'ayat (1)', 'dalam ayat (1)')}`]);
    expect(t.exitCode).toBe(1);
  }, 60_000);

  it('--fix repairs the mechanical ones, keeps every comment, leaves the rest', async () => {
    const t = await runCli(['check', 'perbup-slrt', '--fix'], dir);
    const fixed = readFileSync(file, 'utf8');
    let expected = original;
    for (const k of MISTAKES) if (!k.mechanical) expected = expected.replace(k.from, k.to);
    expected = expected.replace('Data dan informasi [[data-rahasia]] hanya digunakan', 'Data dan informasi sebagaimana dimaksud pada ayat (1) hanya digunakan');
    expect(fixed).toBe(expected);
    expect(comments(fixed)).toEqual(comments(original));
    expect(t.stderr).toContain('3 perbaikan diterapkan.');
    expect(t.stderr).toMatch(/galat TN-BHS-06 Singkatan "DTKS"/);
    expect(t.stderr).toMatch(/galat NSK301 Rujukan ke id `data-rahasa`/);
  }, 60_000);
});
