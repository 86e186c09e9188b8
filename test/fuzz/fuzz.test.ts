/**
 * Hostile input never crashes naskah (issue 16 point 10): fast-check turns the Perbup, Pedoman and
 * Keputusan sources of the test projects into malformed ones (test/fuzz/mutations.ts) and runs
 * `naskah check --format json` on each. Every case must end with exit 0 or 1 (never 3, never a stack
 * trace), within a time bound, and every diagnostic must carry a project file, a line, a column and a
 * code. 500 cases in `npm test` with a fixed seed; `FUZZ_RUNS=10000 npx vitest run test/fuzz` for the
 * long run (FUZZ_SEED to replay one).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { markdownMutation, yamlMutation, type Mutation } from './mutations.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
/** A case that takes longer than this counts as a hang. */
const BOUND_MS = 20_000;

interface Target {
  readonly project: 'mini' | 'keputusan';
  readonly file: string;
  readonly ids: readonly string[];
  readonly markdown: boolean;
}

const TARGETS: readonly Target[] = [
  { project: 'mini', file: 'content/mini/naskah.yaml', ids: ['mini'], markdown: false },
  { project: 'mini', file: 'content/mini-pedoman/pedoman.yaml', ids: ['mini-pedoman'], markdown: false },
  { project: 'mini', file: 'content/mini-pedoman/bab-1.md', ids: ['mini-pedoman'], markdown: true },
  { project: 'mini', file: 'content/mini-pedoman/bab-2.md', ids: ['mini'], markdown: true },
  { project: 'mini', file: 'content/mini-pedoman/kata-pengantar.md', ids: ['mini-pedoman'], markdown: true },
  { project: 'mini', file: 'content/daerah.yaml', ids: [], markdown: false },
  { project: 'mini', file: 'content/dasar-hukum.yaml', ids: ['mini'], markdown: false },
  { project: 'keputusan', file: 'content/kepbup-mini/naskah.yaml', ids: ['kepbup-mini'], markdown: false },
  { project: 'keputusan', file: 'content/perbup-induk/naskah.yaml', ids: ['kepbup-mini', 'perbup-induk'], markdown: false },
];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-fuzz-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

const CODE = /^(NSK\d{3}|TN-[A-Z]+(-[A-Z]+)*-\d+[a-z]?)$/;

describe('fuzz: malformed sources', () => {
  const roots = { mini: copy(join(FIXTURES, 'mini')), keputusan: copy(join(ROOT, 'test', 'keputusan', 'fixtures', 'project')) };
  const originals = new Map(TARGETS.map((t) => [t, readFileSync(join(roots[t.project], t.file))]));

  it(`never crashes, hangs or reports without a place and a code (${RUNS} cases)`, async () => {
    const arbitrary = fc.constantFrom(...TARGETS).chain((target) => (target.markdown ? markdownMutation : yamlMutation).map((mutation) => ({ target, mutation })));
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ target, mutation }: { target: Target; mutation: Mutation }) => {
        const root = roots[target.project];
        for (const t of TARGETS) if (t.project === target.project) writeFileSync(join(root, t.file), originals.get(t)!);
        writeFileSync(join(root, target.file), mutation.apply(originals.get(target)!));
        const out: string[] = [];
        const err: string[] = [];
        const started = performance.now();
        const exitCode = await main(['check', ...target.ids, '--format', 'json'], { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
        const elapsed = performance.now() - started;
        const where = `${target.file} / ${mutation.name}`;
        const problems: string[] = [];
        if (exitCode !== 0 && exitCode !== 1) problems.push(`exit ${exitCode}: ${err.join(' | ').slice(0, 400)}`);
        if (elapsed > BOUND_MS) problems.push(`took ${Math.round(elapsed)} ms`);
        if (/\n\s+at .+:\d+:\d+/.test(err.join('\n'))) problems.push('stack trace');
        let diagnostics: { file?: unknown; line?: unknown; column?: unknown; code?: unknown }[] = [];
        try {
          diagnostics = JSON.parse(out.join('\n')) as typeof diagnostics;
        } catch {
          problems.push(`stdout is not JSON: ${out.join('\n').slice(0, 200)}`);
        }
        for (const d of diagnostics) {
          const ok = typeof d.file === 'string' && d.file !== '' && !d.file.startsWith('/') && !d.file.startsWith('..') && !d.file.startsWith('templates/') &&
            typeof d.line === 'number' && d.line >= 1 && typeof d.column === 'number' && d.column >= 1 && typeof d.code === 'string' && CODE.test(d.code);
          if (!ok) problems.push(`diagnostic without a place or code: ${JSON.stringify(d).slice(0, 300)}`);
        }
        if (problems.length > 0) failures++;
        expect(problems, where).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(failures).toBe(0);
  }, 1_800_000);
});
