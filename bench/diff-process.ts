/**
 * Child process of the bench: the structural diff of two revisions in-process (issue 8, target
 * < 100 ms for two huge revisions). Loads both IRs with loadDocument (timed apart), then calls the
 * diff library of src/diff once cold and `runs` times warm, and prints one JSON line on stdout. When
 * src/diff has no entry point yet it says so instead of inventing a figure.
 *
 * Usage: node dist/bench/diff-process.js <project-root> <id-a> <id-b> <runs>
 */
import { loadDocument } from '../src/pipeline/load-document.js';
import type { Dokumen } from '../src/ir/types.js';
import { findProject } from '../src/load/project.js';

/** What the child prints. */
export interface DiffProcessResult {
  readonly tersedia: boolean;
  readonly alasan: string | null;
  readonly fungsi: string | null;
  readonly muatMs: readonly number[];
  readonly dinginMs: number | null;
  readonly hangatMs: readonly number[];
  /** Number of changes found, when the result exposes a list. */
  readonly perubahan: number | null;
}

/**
 * Entry points tried, in order: a module (relative to dist/bench/), the function comparing two IRs,
 * and optionally a function turning its result into the list of changes (part of the diff's cost).
 */
const CANDIDATES: readonly { specifier: string; functions: readonly string[]; list: { specifier: string; functions: readonly string[] } }[] = [
  { specifier: '../src/diff/compare.js', functions: ['compare', 'bandingkan'], list: { specifier: '../src/diff/describe.js', functions: ['listChanges', 'daftarPerubahan'] } },
];

type Fn = (...args: unknown[]) => unknown;

/** The first of `names` that `modul` exports as a function, with its name. */
async function exportedFunction(specifier: string, names: readonly string[]): Promise<{ fn: Fn; name: string } | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const name = names.find((n) => typeof mod[n] === 'function');
  return name ? { fn: mod[name] as Fn, name: `${specifier.replace('../', '').replace('.js', '.ts')}#${name}` } : null;
}

/** The diff as one function of two IRs returning the list of changes (or the comparison). */
async function findDiff(): Promise<{ fn: (a: Dokumen, b: Dokumen) => unknown; name: string } | string> {
  for (const c of CANDIDATES) {
    const compare = await exportedFunction(c.specifier, c.functions);
    if (!compare) continue;
    const list = await exportedFunction(c.list.specifier, c.list.functions);
    return {
      fn: (a, b) => (list ? list.fn(compare.fn(a, b)) : compare.fn(a, b)),
      name: list ? `${compare.name} + ${list.name}` : compare.name,
    };
  }
  return 'src/diff belum mengekspor fungsi pembanding dua IR (compare)';
}

function countChanges(result: unknown): number | null {
  if (Array.isArray(result)) return result.length;
  const list = (result as { perubahan?: unknown; changes?: unknown } | null)?.perubahan ?? (result as { changes?: unknown } | null)?.changes;
  return Array.isArray(list) ? list.length : null;
}

async function main(): Promise<void> {
  const [root, idA, idB, runsArg] = process.argv.slice(2);
  const paths = root ? findProject(root) : null;
  if (!paths || !idA || !idB) throw new Error('pemakaian: diff-process.js <root> <id-a> <id-b> <runs>');
  const options = { date: '2026-01-01T00:00:00Z', strict: false };
  const loadMs: number[] = [];
  const irs: Dokumen[] = [];
  for (const id of [idA, idB]) {
    const t = performance.now();
    const loaded = loadDocument(paths, id, options);
    loadMs.push(performance.now() - t);
    if (!loaded.ir) throw new Error(`${id}: galat dalam sumber`);
    // Both revisions are compared as the same document, as `naskah diff <id> <a> <b>` does.
    irs.push({ ...loaded.ir, id: idA });
  }
  const found = await findDiff();
  if (typeof found === 'string') {
    const none: DiffProcessResult = { tersedia: false, alasan: found, fungsi: null, muatMs: loadMs, dinginMs: null, hangatMs: [], perubahan: null };
    process.stdout.write(`${JSON.stringify(none)}\n`);
    return;
  }
  const [a, b] = irs as [Dokumen, Dokumen];
  let t = performance.now();
  const first = found.fn(a, b);
  const coldMs = performance.now() - t;
  const warmMs: number[] = [];
  // A diff far off its target needs no more than two warm repetitions to show it.
  const runs = coldMs > 2000 ? Math.min(2, Number(runsArg ?? 5)) : Number(runsArg ?? 5);
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    found.fn(a, b);
    warmMs.push(performance.now() - t);
  }
  const result: DiffProcessResult = { tersedia: true, alasan: null, fungsi: found.name, muatMs: loadMs, dinginMs: coldMs, hangatMs: warmMs, perubahan: countChanges(first) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ tersedia: false, alasan: (error as Error).message })}\n`);
  process.exitCode = 1;
});
