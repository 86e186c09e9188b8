/**
 * The severity policy of the lint phase: an ERROR rule finding is an error like any other — `naskah check`
 * exits 1 and `naskah build` writes nothing, in a rancangan, with `--strict` and in a final document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { tempProject } from './project.js';

const rancangan = readFileSync(join(ROOT, 'test', 'rules', 'TN-BT-08', 'not-ok.yaml'), 'utf8');
const final = rancangan.replace('status: rancangan\n', 'status: final\n').replace('nomor: null\ntahun: null\nditetapkan: null\ndiundangkan: null\n', 'nomor: 12\ntahun: 2026\nditetapkan: 2026-07-01\ndiundangkan: 2026-07-01\nberita_daerah: 12\n');

describe('lint errors and the build', () => {
  it('a rancangan: check fails, build stops and writes nothing', async () => {
    const project = tempProject({ dok: rancangan });
    try {
      const check = await runCli(['check'], project.dir);
      expect(check.exitCode).toBe(1);
      expect(check.stderr).toContain('galat TN-BT-08');
      const build = await runCli(['build', '--format', 'ir'], project.dir);
      expect(build.exitCode).toBe(1);
      expect(existsSync(join(project.dir, 'output', 'dok', 'dok.json'))).toBe(false);
      expect(build.stderr).toContain('galat TN-BT-08');
    } finally {
      project.cleanup();
    }
  }, 60_000);

  it('--strict: build stops and writes nothing', async () => {
    const project = tempProject({ dok: rancangan });
    try {
      const build = await runCli(['build', '--format', 'ir', '--strict'], project.dir);
      expect(build.exitCode).toBe(1);
      expect(existsSync(join(project.dir, 'output', 'dok', 'dok.json'))).toBe(false);
    } finally {
      project.cleanup();
    }
  }, 60_000);

  it('status final: build stops and writes nothing', async () => {
    const project = tempProject({ dok: final });
    try {
      const build = await runCli(['build', '--format', 'ir'], project.dir);
      expect(build.exitCode).toBe(1);
      expect(build.stderr).toContain('galat TN-BT-08');
      expect(existsSync(join(project.dir, 'output', 'dok', 'dok.json'))).toBe(false);
    } finally {
      project.cleanup();
    }
  }, 60_000);
});
