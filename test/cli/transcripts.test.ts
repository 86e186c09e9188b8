import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expectGolden, FIXTURES, formatTranscript, ROOT, runCli } from '../helpers.js';

const golden = (name: string) => join(import.meta.dirname, 'transcripts', `${name}.txt`);

describe('CLI transcripts', () => {
  it('check reports a YAML syntax error, a schema error and an unknown reference at their places, exit 1', async () => {
    const t = await runCli(['check'], join(FIXTURES, 'broken'));
    expect(t.exitCode).toBe(1);
    expectGolden(formatTranscript(t), golden('check-broken'));
  });
  it('the built CLI (dist/, with precompiled schema validators) prints the same diagnostics', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'check'], { cwd: join(FIXTURES, 'broken'), encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
    expect(existsSync(join(ROOT, 'dist', 'validators', 'perbup.cjs'))).toBe(true);
    expect(run.status).toBe(1);
    expect(formatTranscript({ command: 'naskah check', exitCode: run.status ?? -1, stdout: run.stdout.replace(/\n$/, ''), stderr: run.stderr.replace(/\n$/, '') })).toBe(readFileSync(golden('check-broken'), 'utf8'));
  });
  it('check --format json prints one object per diagnostic with 1-based positions', async () => {
    const t = await runCli(['check', '--format', 'json'], join(FIXTURES, 'broken'));
    const json = JSON.parse(t.stdout) as { code: string; file: string; line: number; column: number; severity: string; hint: string }[];
    expect(json.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.severity}`)).toEqual([
      'content/rujukan/naskah.yaml:16:28 NSK301 error',
      'content/sintaks/naskah.yaml:4:10 NSK101 error',
      'content/skema/naskah.yaml:14:18 NSK204 error',
    ]);
    expect(json.every((d) => d.hint.length > 0)).toBe(true);
    expect(t.exitCode).toBe(1);
  });
  it('build writes nothing for a document with errors and exits 1', async () => {
    const t = await runCli(['build', 'rujukan', '--format', 'ir'], join(FIXTURES, 'broken'));
    expect(t.exitCode).toBe(1);
    expectGolden(formatTranscript(t), golden('build-broken'));
  });
  it('check on a clean document prints its warnings and exits 0', async () => {
    const t = await runCli(['check', 'mini'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(0);
    expectGolden(formatTranscript(t), golden('check-mini'));
  });
  it('check --strict turns unverified citations into errors', async () => {
    const t = await runCli(['check', 'mini', '--strict'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('galat NSK306');
  });
  it('usage mistakes exit 2 with an Indonesian message', async () => {
    const unknown = await runCli(['bangun'], join(FIXTURES, 'mini'));
    const doc = await runCli(['build', 'minni'], join(FIXTURES, 'mini'));
    const option = await runCli(['check', '--warna'], join(FIXTURES, 'mini'));
    const format = await runCli(['build', '--format', 'odt'], join(FIXTURES, 'mini'));
    expectGolden([unknown, doc, option, format].map(formatTranscript).join('\n'), golden('usage-errors'));
    expect([unknown, doc, option, format].map((t) => t.exitCode)).toEqual([2, 2, 2, 2]);
  });
  it('explain prints the long explanation of a code', async () => {
    const t = await runCli(['explain', 'nsk301'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(0);
    expectGolden(formatTranscript(t), golden('explain-nsk301'));
  });
  it('--help documents the exit codes', async () => {
    const t = await runCli(['--help'], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('Kode keluar:');
    expect(t.stdout).toContain('2  pemakaian salah');
  });
});
