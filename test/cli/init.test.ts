/**
 * `naskah init` and `naskah new` (issue 16 point 7): a new user gets a project whose first document
 * builds clean at once (from init to the first PDF in well under a minute), new documents of every kind
 * check clean, and nothing is ever overwritten.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('naskah init / new', () => {
  it('scaffolds a project whose Perbup builds clean at once', async () => {
    const base = mkdtempSync(join(tmpdir(), 'naskah-init-'));
    made.push(base);
    const started = performance.now();
    const init = await runCli(['init', 'proyek', '--daerah', 'Kota Bandung', '--provinsi', 'Jawa Barat'], base);
    expect(init.exitCode, init.stderr).toBe(0);
    const root = join(base, 'proyek');
    for (const f of ['content/daerah.yaml', 'content/dasar-hukum.yaml', 'content/perbup-baru/naskah.yaml', '.vscode/settings.json']) expect(existsSync(join(root, f)), f).toBe(true);
    expect(readFileSync(join(root, 'content/perbup-baru/naskah.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*schemas\/perbup\.schema\.json$/m);
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    expect(Object.values(settings['yaml.schemas'])).toEqual(expect.arrayContaining(['content/daerah.yaml', 'content/dasar-hukum.yaml', 'content/*/pedoman.yaml']));
    const check = await runCli(['check'], root);
    expect([check.exitCode, check.stderr]).toEqual([0, 'perbup-baru: tidak ada temuan.']);
    const build = await runCli(['build'], root);
    expect(build.exitCode, build.stderr).toBe(0);
    expect(existsSync(join(root, 'output/perbup-baru/perbup-baru.pdf'))).toBe(true);
    expect(performance.now() - started).toBeLessThan(60_000);
    // A Wali Kota for a Kota.
    expect(readFileSync(join(root, 'content/perbup-baru/naskah.yaml'), 'utf8')).toContain('istilah: Wali Kota');
  }, 120_000);

  it('adds a Perbup, a Keputusan and a Pedoman that check clean, and never overwrites', async () => {
    const base = mkdtempSync(join(tmpdir(), 'naskah-new-'));
    made.push(base);
    expect((await runCli(['init'], base)).exitCode).toBe(0);
    for (const args of [['new', 'perbup', 'perbup-kedua', '--tentang', 'Pengelolaan Data Sosial'], ['new', 'keputusan', 'kep-pelaksana', '--tentang', 'Pelaksana Pengelolaan Data Sosial'], ['new', 'pedoman', 'pedoman-data', '--peraturan', 'perbup-kedua', '--tentang', 'Pengelolaan Data Sosial']]) {
      const t = await runCli(args, base);
      expect(t.exitCode, `${args.join(' ')}: ${t.stderr}`).toBe(0);
    }
    const check = await runCli(['check'], base);
    expect([check.exitCode, check.stderr]).toEqual([0, 'kep-pelaksana, pedoman-data, perbup-baru, perbup-kedua: tidak ada temuan.']);
    const again = await runCli(['new', 'perbup', 'perbup-kedua'], base);
    expect([again.exitCode, again.stderr]).toEqual([2, expect.stringContaining('content/perbup-kedua/naskah.yaml sudah ada; naskah tidak menimpa berkas.')]);
    expect((await runCli(['init'], base)).exitCode).toBe(2);
    expect((await runCli(['new', 'pedoman', 'x'], base)).stderr).toContain('--peraturan');
    expect((await runCli(['new', 'perbup', 'Bukan_Id'], base)).stderr).toContain('hanya boleh huruf kecil');
  }, 120_000);
});
