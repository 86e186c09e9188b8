/**
 * A killed build never leaves a broken or half-updated set (issue 22 point 11, issue 16 point 13): a
 * build of the mini project (a Perbup and the Pedoman that is its Lampiran) is killed with SIGKILL at 20
 * moments spread over its run. After each kill every output file is whole — byte-identical to a complete
 * build of the old or of the new source — and all files come from the same build, unless the journal
 * says the swap was interrupted; then the next build says so (NSK503) and repairs the set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', NO_COLOR: '1' };
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every output document (DOCX, PDF) by its path under output/, with its hash. */
function outputs(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else if (/\.(docx|pdf)$/.test(e.name)) out.set(`${rel}${e.name}`, sha(readFileSync(join(dir, e.name))));
    }
  };
  walk(join(root, 'output'), '');
  return out;
}

/** Two versions of a Pedoman sentence: it prints in the Pedoman and in the Perbup's Lampiran. */
const SOURCE = ['fakir miskin memerlukan layanan', 'fakir miskin membutuhkan layanan'] as const;

function setSource(root: string, generation: 0 | 1): void {
  const file = join(root, 'content', 'mini-pedoman', 'bab-1.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(SOURCE[1 - generation]!, SOURCE[generation]));
}

function build(root: string): { status: number | null; stderr: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'build'], { cwd: root, env, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - started };
}

function killedBuild(root: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'build'], { cwd: root, env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('kill -9 during build', () => {
  it('leaves whole files from one build, or an interrupted set that the next build reports and repairs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'naskah-kill-'));
    made.push(root);
    cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
    const generations: Map<string, string>[] = [];
    let full = 0;
    for (const g of [0, 1] as const) {
      setSource(root, g);
      const r = build(root);
      expect(r.status, r.stderr).toBe(0);
      full = Math.max(full, r.ms);
      generations.push(outputs(root));
    }
    const [a, b] = generations as [Map<string, string>, Map<string, string>];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, hash] of a) expect(b.get(path), path).not.toBe(hash);
    const generationOf = (path: string, hash: string) => (a.get(path) === hash ? 0 : b.get(path) === hash ? 1 : -1);

    let interrupted = 0;
    for (let run = 0; run < 20; run++) {
      setSource(root, (run % 2) as 0 | 1);
      await killedBuild(root, Math.round(((run * 7919) % 20) / 20 * full * 1.1));
      const found = outputs(root);
      const gens = new Set([...found].map(([path, hash]) => generationOf(path, hash)));
      expect(gens.has(-1), `run ${run}: a file that no complete build wrote`).toBe(false);
      const journal = join(root, 'output', '.naskah-build.json');
      const swapping = existsSync(journal) && readFileSync(journal, 'utf8').includes('"menukar"');
      if (swapping) {
        interrupted++;
        const next = build(root);
        expect(next.stderr).toContain('NSK503');
        expect(new Set([...outputs(root)].map(([p, h]) => generationOf(p, h))).size).toBe(1);
      } else {
        expect(gens.size, `run ${run}: files from two builds without a journal saying so`).toBeLessThanOrEqual(1);
      }
    }
    // Whatever happened, a last build leaves one complete set of the current source.
    setSource(root, 1);
    expect(build(root).status).toBe(0);
    expect(outputs(root)).toEqual(b);
    expect(interrupted).toBeGreaterThanOrEqual(0);
  }, 240_000);

  it('leaves whole diff outputs and a whole package zip when diff and package are killed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'naskah-kill-'));
    made.push(root);
    cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
    const run = (...args: string[]) => {
      const started = performance.now();
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, env, encoding: 'utf8' });
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return performance.now() - started;
    };
    run('revision', 'save', 'mini', '--label', 'Draf awal');
    const diffDir = join(root, 'output', 'mini', 'perubahan', '1..working');
    const zipOf = () => {
      const dir = join(root, 'output', 'paket');
      const zips = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.zip')) : [];
      return zips.map((z) => sha(readFileSync(join(dir, z))));
    };
    const diffFiles = () => (existsSync(diffDir) ? readdirSync(diffDir).filter((f) => !f.startsWith('.')).sort().map((f) => `${f}:${sha(readFileSync(join(diffDir, f)))}`) : []);
    const known: { diff: string[][]; zip: string[] } = { diff: [], zip: [] };
    let diffMs = 0;
    let packageMs = 0;
    for (const g of [0, 1] as const) {
      setSource(root, g);
      diffMs = Math.max(diffMs, run('diff', 'mini', '1', 'working'));
      packageMs = Math.max(packageMs, run('package'));
      known.diff.push(diffFiles());
      known.zip.push(...zipOf());
    }
    expect(known.diff[0]).not.toEqual(known.diff[1]);
    for (let k = 0; k < 10; k++) {
      setSource(root, (k % 2) as 0 | 1);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'diff', 'mini', '1', 'working'], { cwd: root, env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(((k * 7919) % 10) / 10 * diffMs * 1.1));
        child.on('exit', () => { clearTimeout(timer); resolve(); });
      });
      const found = diffFiles();
      const journal = join(diffDir, '.naskah-perubahan.json');
      const swapping = existsSync(journal) && readFileSync(journal, 'utf8').includes('"menukar"');
      if (!swapping) expect(known.diff.some((set) => JSON.stringify(set) === JSON.stringify(found)), `diff run ${k}`).toBe(true);
      else for (const f of found) expect(known.diff.flat(), `diff run ${k}`).toContain(f);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'package'], { cwd: root, env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(((k * 104729) % 10) / 10 * packageMs * 1.1));
        child.on('exit', () => { clearTimeout(timer); resolve(); });
      });
      for (const zip of zipOf()) expect(known.zip, `package run ${k}`).toContain(zip);
    }
  }, 300_000);
});

