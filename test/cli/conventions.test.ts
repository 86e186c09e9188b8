/**
 * CLI conventions (issue 16 point 6; pandoc, cargo and eslint as models): help per command, "did you
 * mean" for commands, --quiet, colour only on a terminal (NO_COLOR / FORCE_COLOR), diagnostics on
 * stderr and machine output on stdout, an unknown revision exits 2.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

const mini = join(FIXTURES, 'mini');
const broken = join(FIXTURES, 'broken');
const ESC = '\u001b[';

describe('CLI conventions', () => {
  it('shows the help of one command with --help or help <command>', async () => {
    for (const args of [['build', '--help'], ['help', 'build'], ['build', '-h']]) {
      const t = await runCli(args, mini);
      expect(t.exitCode).toBe(0);
      expect(t.stdout).toMatch(/^naskah build \[id-dokumen…\]/);
      expect(t.stdout).toContain('--revision R');
      expect(t.stdout).not.toContain('naskah package verify');
    }
    const check = await runCli(['check', '--help'], mini);
    expect(check.stdout).toContain('--fix');
    expect(check.stdout).not.toContain('--revision');
  });

  it('suggests the command meant', async () => {
    const t = await runCli(['buidl'], mini);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('Perintah `buidl` tidak dikenal. Mungkin maksud Anda `build`?');
    expect((await runCli(['help', 'chek'], mini)).stderr).toContain('Mungkin maksud Anda `check`?');
  });

  it('prints human diagnostics on stderr and keeps stdout for JSON', async () => {
    const human = await runCli(['check'], broken);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain('galat NSK301');
    const json = await runCli(['check', '--format', 'json'], broken);
    expect(JSON.parse(json.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'NSK301' })]));
    expect(json.stderr).toBe('');
  });

  it('--quiet keeps the errors only', async () => {
    const quiet = await runCli(['check', 'mini', '--quiet'], mini);
    expect([quiet.exitCode, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    const loud = await runCli(['check', 'mini'], mini);
    expect(loud.stderr).toContain('peringatan NSK306');
    const errors = await runCli(['check', '-q'], broken);
    expect(errors.stderr).toContain('galat NSK301');
    expect(errors.stderr).not.toMatch(/ peringatan (NSK|TN-)/);
  });

  it('colours a terminal unless NO_COLOR, and a pipe only with FORCE_COLOR', async () => {
    const run = (env: Record<string, string>, isTTY: boolean) => {
      const err: string[] = [];
      return main(['check', 'mini'], { out: () => {}, err: (s) => err.push(s), isTTY, colour: undefined, cwd: mini, env }).then(() => err.join('\n'));
    };
    const { wantsColour } = await import('../../src/cli/io.js');
    expect(wantsColour({}, true)).toBe(true);
    expect(wantsColour({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColour({}, false)).toBe(false);
    expect(wantsColour({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColour({ TERM: 'dumb' }, true)).toBe(false);
    expect(await run({}, false)).not.toContain(ESC);
    const cli = join(ROOT, 'dist', 'src', 'cli', 'main.js');
    const forced = spawnSync(process.execPath, [cli, 'check', 'mini'], { cwd: mini, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stderr).toContain(`${ESC}33;1mperingatan`);
    const plain = spawnSync(process.execPath, [cli, 'check', 'mini'], { cwd: mini, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain(ESC);
  });
});
