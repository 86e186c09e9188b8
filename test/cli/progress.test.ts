/**
 * Progress on long work (issue 16 point 6): `naskah build`, `diff` and `package` print their steps on
 * stderr only for a person watching — a terminal, or `--progress` — never under `--quiet`, and never
 * on stdout, whose output stays the same with or without them. The transcripts force the mode with the
 * flag; the terminal case runs in-process with isTTY.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { wantsProgress } from '../../src/cli/progress.js';
import { copyFixture, expectGolden, FIXTURES, formatTranscript, runCli } from '../helpers.js';
import { cleanUp, copyProject, replaceOnce } from '../revision/helpers.js';

const golden = (name: string) => join(import.meta.dirname, 'transcripts', `${name}.txt`);
const STEP = /…$/;
const made: string[] = [];
afterAll(() => {
  cleanUp();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function copyMini(): string {
  const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-progress-');
  made.push(dir);
  return dir;
}
/** Runs in-process as on a terminal (isTTY) without colour. */
async function onTerminal(args: readonly string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: true, colour: false, cwd, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  return { exitCode, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('progress lines', () => {
  it('are shown on a terminal or with --progress, never with --quiet', () => {
    const table = [
      [{ isTTY: true }, true], [{ isTTY: false }, false], [{ isTTY: false, progress: true }, true],
      [{ isTTY: true, quiet: true }, false], [{ isTTY: false, progress: true, quiet: true }, false],
    ] as const;
    for (const [mode, shown] of table) expect([mode, wantsProgress(mode)]).toEqual([mode, shown]);
  });

  it('diff: four steps on stderr with --progress; stdout unchanged; none with --quiet or in a pipe', async () => {
    const root = copyProject();
    expect((await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root)).exitCode).toBe(0);
    replaceOnce(root, 'content/dok/naskah.yaml', 'setiap bulan', 'setiap minggu');
    const shown = await runCli(['diff', 'dok', '1', 'working', '--progress'], root);
    expect(shown.exitCode).toBe(0);
    expectGolden(formatTranscript(shown), golden('progress-diff'));
    const plain = await runCli(['diff', 'dok', '1', 'working'], root);
    const quiet = await runCli(['diff', 'dok', '1', 'working', '--progress', '--quiet'], root);
    expect(plain.stdout).toBe(shown.stdout);
    expect(shown.stderr.split('\n').filter((l) => STEP.test(l))).toHaveLength(4);
    expect([plain.stderr, quiet.stderr, quiet.stdout]).toEqual(['', '', shown.stdout]);
  }, 120_000);

  it('package: a step per document, the matriks, the letter and the zip; stdout is the same list', async () => {
    const root = copyMini();
    const shown = await runCli(['package', '--progress'], root);
    expect(shown.exitCode).toBe(0);
    // The size in bytes follows the PDF renderer; the transcript is about where each line goes.
    expectGolden(formatTranscript(shown).replace(/\d+ bita/, 'N bita'), golden('progress-package'));
    const plain = await runCli(['package'], root);
    expect([plain.exitCode, plain.stdout, plain.stderr]).toEqual([0, shown.stdout, '']);
    expect(shown.stdout.split('\n').some((l) => STEP.test(l))).toBe(false);
  }, 120_000);

  it('build: the steps on a terminal, silent with --quiet there', async () => {
    const root = copyMini();
    const tty = await onTerminal(['build', '--format', 'ir'], root);
    expect(tty.exitCode).toBe(0);
    const steps = tty.stderr.split('\n').filter((l) => STEP.test(l));
    expect(steps).toEqual(['Memeriksa 2 dokumen…', 'Membangun mini (1/2)…', 'Membangun mini-pedoman (2/2)…']);
    const quiet = await onTerminal(['build', '--format', 'ir', '--quiet'], root);
    expect([quiet.exitCode, quiet.stderr]).toEqual([0, '']);
    const pipe = await runCli(['build', '--format', 'ir'], root);
    expect(pipe.stderr.split('\n').filter((l) => STEP.test(l))).toEqual([]);
  }, 120_000);

  it('is documented in the help of build, diff and package', async () => {
    for (const command of ['build', 'diff', 'package']) expect((await runCli([command, '--help'], FIXTURES)).stdout).toContain('--progress');
  });
});
