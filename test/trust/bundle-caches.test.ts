/**
 * The bundled command line (scripts/bundle.mjs → dist/src/cli/main.js) with its on-disk caches of parsed
 * YAML, sized tables, text widths and lint findings (issue 11): a cold run (empty cache), a warm run (every entry a hit) and a run
 * over tampered entries print exactly what the source code prints in-process without any cache — the
 * same findings at the same file:line:col, the same exit code — and the tampered entries are replaced by
 * verified ones.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/util/cache.js';
import { fileHashes, FIXTURES, ROOT, runCli } from '../helpers.js';
import { tempProject } from '../lint/project.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function entries(cache: string, kind: string): string[] {
  try {
    return readdirSync(join(cache, kind)).filter((f) => f.endsWith('.json')).map((f) => join(cache, kind, f));
  } catch {
    return [];
  }
}

function verified(file: string): boolean {
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { digest: string; value: unknown };
  return entry.digest === sha256Hex(JSON.stringify(entry.value));
}

/** Cold, warm and tampered caches: the bundle prints what the source prints in-process without a cache. */
async function coldWarmTampered(name: string, cwd: string, args: readonly string[]): Promise<void> {
  const expected = await runCli(args, cwd);
  const cache = join(mkdtempSync(join(tmpdir(), 'naskah-bundle-cache-')), 'cache');
  const run = () => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NASKAH_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1767225600' } });
    return { stdout: r.stdout.trimEnd(), exitCode: r.status };
  };
  const want = { stdout: expected.stdout, exitCode: expected.exitCode };
  expect(run()).toEqual(want);
  const yaml = entries(cache, 'yaml');
  expect(yaml.length).toBeGreaterThan(0);
  if (name === 'SLRT content') expect(entries(cache, 'tabel').length * entries(cache, 'lebar').length * entries(cache, 'lint').length).toBeGreaterThan(0);
  expect(run()).toEqual(want);
  // Tamper with every entry: a value changed without its digest, a truncated file, a foreign tool.
  const all = [...yaml, ...entries(cache, 'tabel'), ...entries(cache, 'lebar'), ...entries(cache, 'lint')];
  all.forEach((file, i) => {
    const text = readFileSync(file, 'utf8');
    const entry = JSON.parse(text) as Record<string, unknown>;
    if (i % 3 === 0) writeFileSync(file, JSON.stringify({ ...entry, value: { tree: null, lines: [0], data: { jenis: 'palsu' } } }));
    else if (i % 3 === 1) writeFileSync(file, text.slice(0, text.length >> 1));
    else writeFileSync(file, JSON.stringify({ ...entry, tool: 'yaml@0.0.0 naskah:0' }));
  });
  expect(run()).toEqual(want);
  for (const file of all) expect(verified(file), file).toBe(true);
}

describe('bundled CLI with its caches', () => {
  for (const [name, cwd] of [
    ['SLRT content', ROOT],
    ['broken fixtures', join(FIXTURES, 'broken')],
    ['mini', join(FIXTURES, 'mini')],
  ] as const) {
    it(`${name}: cold, warm and tampered caches give the uncached findings`, () => coldWarmTampered(name, cwd, ['check', '--format', 'json']), 60_000);
  }

  it('a cross-document finding (TN-KEP-14) through cold, warm and tampered caches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'naskah-bundle-project-'));
    cpSync(join(ROOT, 'test', 'keputusan', 'fixtures', 'project'), dir, { recursive: true });
    const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
    // As test/cli/build-check-parity.test.ts: a Keputusan not linked to its Perbup names a kedudukan it does not create.
    writeFileSync(file, readFileSync(file, 'utf8')
      .replace('peraturan: perbup-induk\n', '')
      .replace(/^ {2}wajib_perbup: .*\n/m, '')
      .replace(/^ {6}perbup: .*\n/gm, '')
      .replace('[[=perbup-induk:susunan-ditetapkan]]', 'Pasal 1 ayat (2) Peraturan Bupati Purwakarta Nomor 7 Tahun 2026 tentang Layanan Terpadu')
      .replace('nama: Anggota', 'nama: Koordinator Wilayah'));
    expect((await runCli(['check', '--format', 'json'], dir)).stdout).toContain('TN-KEP-14');
    await coldWarmTampered('project', dir, ['check', '--format', 'json']);
  }, 60_000);

  it('builds byte-identical DOCX and PDF with an empty and with a warm cache', () => {
    const project = mkdtempSync(join(tmpdir(), 'naskah-bundle-build-'));
    cpSync(join(FIXTURES, 'mini', 'content'), join(project, 'content'), { recursive: true });
    const cache = join(mkdtempSync(join(tmpdir(), 'naskah-bundle-cache-')), 'cache');
    const build = () => {
      const r = spawnSync(process.execPath, [CLI, 'build', 'mini', 'mini-pedoman'], { cwd: project, encoding: 'utf8', env: { ...process.env, NASKAH_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1767225600' } });
      expect(r.status, r.stderr).toBe(0);
      return [...fileHashes(join(project, 'output'))].filter(([f]) => /\.(docx|pdf)$/.test(f)).sort();
    };
    const cold = build();
    expect(cold.length).toBeGreaterThanOrEqual(4);
    expect(entries(cache, 'yaml').length).toBeGreaterThan(0);
    expect(build()).toEqual(cold);
  }, 120_000);

  it('check --fix after a plain check in another process: the stored findings carry their fixes', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'naskah-bundle-cache-')), 'cache');
    const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NASKAH_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1767225600' } });
    const fixture = join(ROOT, 'test', 'lint', 'fix-fixture');
    const project = tempProject({ perbaiki: readFileSync(join(fixture, 'naskah.yaml'), 'utf8') });
    const reference = tempProject({ perbaiki: readFileSync(join(fixture, 'naskah.yaml'), 'utf8') });
    const order = tempProject({ urutan: readFileSync(join(ROOT, 'test', 'rules', 'TN-DH-03', 'not-ok.yaml'), 'utf8') });
    try {
      expect(run(['check'], project.dir).status).toBe(1);
      expect(entries(cache, 'lint').length).toBeGreaterThan(0);
      const fixed = run(['check', '--fix'], project.dir);
      expect(fixed.stderr).toContain('9 perbaikan diterapkan.');
      // Every fix in the first round, as without a cache (fixes lost would wait for a re-check's round).
      const uncached = await runCli(['check', '--fix'], reference.dir);
      expect(fixed.stderr.replaceAll(project.dir, '')).toBe(`${uncached.stderr.replaceAll(reference.dir, '')}\n`);
      expect(readFileSync(join(project.dir, 'content', 'perbaiki', 'naskah.yaml'), 'utf8')).toBe(readFileSync(join(fixture, 'naskah.fixed.yaml'), 'utf8'));
      // A fix given to an earlier phase's finding (NSK305, through a rule's coveredBy) rides along too.
      expect(run(['check'], order.dir).stderr).toContain('galat NSK305');
      const t = run(['check', '--fix'], order.dir);
      expect(t.stderr).toContain('NSK305: urutkan Mengingat');
      expect(readFileSync(join(order.dir, 'content', 'urutan', 'naskah.yaml'), 'utf8')).toContain('  - uu-11-2009\n  - uu-23-2014\n');
    } finally {
      project.cleanup();
      reference.cleanup();
      order.cleanup();
    }
  }, 60_000);
});
