/**
 * Child process of the bench: the structural diff of two revisions in-process (issue 8, target
 * < 100 ms for two huge revisions). Loads both IRs with loadDocument (timed apart), then calls the
 * diff library of src/diff once cold and `runs` times warm, and prints one JSON line on stdout. When
 * src/diff has no entry point yet it says so instead of inventing a figure.
 *
 * Usage: node dist/src/bench/proses-diff.js <project-root> <id-a> <id-b> <runs>
 */
import { loadDocument } from '../build/load-document.js';
import type { Dokumen } from '../ir/types.js';
import { findProject } from '../load/project.js';

/** What the child prints. */
export interface HasilDiffProses {
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
 * Entry points tried, in order: a module (relative to this file), the function comparing two IRs,
 * and optionally a function turning its result into the list of changes (part of the diff's cost).
 */
const CALON: readonly { modul: string; fungsi: readonly string[]; daftar: { modul: string; fungsi: readonly string[] } }[] = [
  { modul: '../diff/index.js', fungsi: ['compare', 'bandingkan'], daftar: { modul: '../diff/index.js', fungsi: ['listChanges', 'daftarPerubahan'] } },
  { modul: '../diff/compare.js', fungsi: ['compare', 'bandingkan'], daftar: { modul: '../diff/describe.js', fungsi: ['listChanges', 'daftarPerubahan'] } },
];

type Fn = (...args: unknown[]) => unknown;

/** The first of `names` that `modul` exports as a function, with its name. */
async function ekspor(modul: string, names: readonly string[]): Promise<{ fn: Fn; name: string } | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(modul)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const name = names.find((n) => typeof mod[n] === 'function');
  return name ? { fn: mod[name] as Fn, name: `${modul.replace('../', 'src/').replace('.js', '.ts')}#${name}` } : null;
}

/** The diff as one function of two IRs returning the list of changes (or the comparison). */
async function cariDiff(): Promise<{ fn: (a: Dokumen, b: Dokumen) => unknown; name: string } | string> {
  for (const c of CALON) {
    const compare = await ekspor(c.modul, c.fungsi);
    if (!compare) continue;
    const list = await ekspor(c.daftar.modul, c.daftar.fungsi);
    return {
      fn: (a, b) => (list ? list.fn(compare.fn(a, b)) : compare.fn(a, b)),
      name: list ? `${compare.name} + ${list.name}` : compare.name,
    };
  }
  return 'src/diff belum mengekspor fungsi pembanding dua IR (compare)';
}

function hitungPerubahan(result: unknown): number | null {
  if (Array.isArray(result)) return result.length;
  const list = (result as { perubahan?: unknown; changes?: unknown } | null)?.perubahan ?? (result as { changes?: unknown } | null)?.changes;
  return Array.isArray(list) ? list.length : null;
}

async function main(): Promise<void> {
  const [root, idA, idB, runsArg] = process.argv.slice(2);
  const paths = root ? findProject(root) : null;
  if (!paths || !idA || !idB) throw new Error('pemakaian: proses-diff.js <root> <id-a> <id-b> <runs>');
  const options = { date: '2026-01-01T00:00:00Z', strict: false };
  const muatMs: number[] = [];
  const irs: Dokumen[] = [];
  for (const id of [idA, idB]) {
    const t = performance.now();
    const loaded = loadDocument(paths, id, options);
    muatMs.push(performance.now() - t);
    if (!loaded.ir) throw new Error(`${id}: galat dalam sumber`);
    // Both revisions are compared as the same document, as `naskah diff <id> <a> <b>` does.
    irs.push({ ...loaded.ir, id: idA });
  }
  const found = await cariDiff();
  if (typeof found === 'string') {
    const none: HasilDiffProses = { tersedia: false, alasan: found, fungsi: null, muatMs, dinginMs: null, hangatMs: [], perubahan: null };
    process.stdout.write(`${JSON.stringify(none)}\n`);
    return;
  }
  const [a, b] = irs as [Dokumen, Dokumen];
  let t = performance.now();
  const first = found.fn(a, b);
  const dinginMs = performance.now() - t;
  const hangatMs: number[] = [];
  // A diff far off its target needs no more than two warm repetitions to show it.
  const runs = dinginMs > 2000 ? Math.min(2, Number(runsArg ?? 5)) : Number(runsArg ?? 5);
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    found.fn(a, b);
    hangatMs.push(performance.now() - t);
  }
  const result: HasilDiffProses = { tersedia: true, alasan: null, fungsi: found.name, muatMs, dinginMs, hangatMs, perubahan: hitungPerubahan(first) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ tersedia: false, alasan: (error as Error).message })}\n`);
  process.exitCode = 1;
});
