/**
 * Where the PDF time goes (issue 11): lays out the PDF of bench documents in this process and reports,
 * per render, the Typst compiles it took, the CPU time of each compile and of the PDF export, the time and CPU of
 * the whole render, and the process's peak RSS. `--templates DIR` lays out with another copy of the
 * tool's templates/ folder (a variant of the layout with one feature taken out), so the share of each
 * feature is measured on the same input; the variants are made by hand, never shipped.
 *
 * Usage: node dist/bench/typst-profile.js [--root DIR] [--templates DIR] [--repeat N] [--no-memory] id…
 *   --root       the bench project (default output/bench/work/sintetis; generated when missing)
 *   --repeat     renders per document (the later ones show the warm, memoised cost)
 *   --no-memory  every render starts without a kept split set (cold: two compiles)
 *   --cold       Typst's memo cache is emptied before every render (with --repeat 2: a cold compile
 *                that starts from the kept split set, as `naskah build` does with output/.naskah-cache)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDocument } from '../src/pipeline/load-document.js';
import { renderDocument } from '../src/pipeline/render-document.js';
import { KeptSplits } from '../src/pipeline/split-memory.js';
import { findProject, type ProjectPaths } from '../src/load/project.js';
import { compilerFor } from '../src/render/pdf/compiler.js';
import { writeSyntheticProject } from './synthetic-project.js';
import { SIZES } from './sizes.js';

const DATE = '2026-01-01T00:00:00Z';

interface Args {
  root: string;
  templates: string | null;
  repeat: number;
  memory: boolean;
  cold: boolean;
  ids: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { root: resolve('output/bench/work/sintetis'), templates: null, repeat: 1, memory: true, cold: false, ids: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--root') a.root = resolve(argv[++i]!);
    else if (x === '--templates') a.templates = resolve(argv[++i]!);
    else if (x === '--repeat') a.repeat = Number(argv[++i]);
    else if (x === '--no-memory') a.memory = false;
    else if (x === '--cold') a.cold = true;
    else a.ids.push(x);
  }
  if (a.ids.length === 0) a.ids.push('bench-large');
  return a;
}

const cpuMs = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;

/** Wraps the process's Typst compiler so every compile and export is timed. */
function instrument(paths: ProjectPaths): { compiles: number[]; exports: number[] } {
  const k = compilerFor(paths.templates, paths.fonts);
  const log = { compiles: [] as number[], exports: [] as number[] };
  const c = k.compiler;
  const compile = c.compile.bind(c);
  const pdf = c.pdf.bind(c);
  c.compile = (opts) => {
    const t = process.cpuUsage();
    const r = compile(opts);
    log.compiles.push(cpuMs(process.cpuUsage(t)));
    return r;
  };
  c.pdf = (doc, opts) => {
    const t = process.cpuUsage();
    const r = pdf(doc, opts);
    log.exports.push(cpuMs(process.cpuUsage(t)));
    return r;
  };
  return log;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(args.root, 'content'))) writeSyntheticProject(args.root, SIZES);
  const found = findProject(args.root);
  if (!found) throw new Error(`bukan proyek naskah: ${args.root}`);
  const paths: ProjectPaths = args.templates ? { ...found, templates: args.templates } : found;
  const log = instrument(paths);
  const k = compilerFor(paths.templates, paths.fonts);
  for (const id of args.ids) {
    const loaded = loadDocument(paths, id, { date: DATE, strict: false });
    if (!loaded.ir) throw new Error(`${id}: galat dalam sumber`);
    const memory = new KeptSplits(null);
    for (let i = 0; i < args.repeat; i++) {
      if (args.cold) k.compiler.evictCache(0);
      log.compiles.length = 0;
      log.exports.length = 0;
      const t = performance.now();
      const c0 = process.cpuUsage();
      const r = await renderDocument(loaded.ir, paths, ['pdf'], args.memory ? { splitMemory: memory } : {});
      const wall = performance.now() - t;
      const cpu = cpuMs(process.cpuUsage(c0));
      const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join('+');
      console.log(`${id} #${i + 1}: ${r.pages} halaman, ${log.compiles.length} kompilasi (CPU ${f(log.compiles)} ms), ekspor CPU ${f(log.exports)} ms, total ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms), galat ${errors}, RSS puncak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
    }
  }
}

await main();
