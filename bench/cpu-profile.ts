/**
 * Where a build spends its time (issue 8, step 3): runs one `naskah build` under `node --cpu-prof`
 * and summarises the V8 CPU profile — self time per function and per area (a naskah folder, an npm
 * package, Node internals, GC) — into output/bench/profil-<id>.md, the evidence for a missed target.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import { toolRoot } from '../src/load/project.js';
import { cliPath } from './naskah-cli.js';
import { formatNumber } from './target.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

/** A V8 .cpuprofile (the fields used here). */
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The area a function belongs to: a naskah source folder, an npm package, Node or V8. */
export function area(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const npm = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (npm) return `npm ${npm[1]}`;
  const own = /\/dist\/(src\/[^/]+(?:\/(?:docx|pdf|matriks|redline|html-diff))?)\//.exec(url);
  if (own) return `naskah ${own[1]}`;
  if (url.startsWith('node:')) return 'node (internal)';
  return url.replace(/^file:\/\//, '');
}

/** Self time in ms per function and per area, largest first. */
export function summarizeProfile(profile: CpuProfile): { total: number; areas: [string, number][]; functions: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + ms);
    const fn = `${functionName || '(anonim)'} — ${a}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((x, y) => y[1] - x[1]);
  return { total, areas: sorted(areas), functions: sorted(functions) };
}

/** Profiles `naskah build <ids>` in the project `root`; writes profil-<nama>.md and returns a one-line note. */
export function profileBuild(root: string, name: string, ids: readonly string[], outDir: string): string {
  const id = name;
  const dir = join(outDir, 'profil', id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, cliPath(), 'build', ...ids], { cwd: root, encoding: 'utf8' });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (r.status !== 0 || !file) return `Profil ${id} gagal (kode ${r.status}).`;
  const { total, areas, functions } = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
  const pct = (ms: number): string => `${formatNumber((ms / total) * 100, 1)} %`;
  const lines = [
    `# Profil CPU: naskah build ${ids.join(' ')}`, '',
    `Satu proses \`node --cpu-prof dist/src/cli/main.js build ${ids.join(' ')}\`; ${formatNumber(total / 1000, 2)} s contoh CPU di utas utama JavaScript (Typst berjalan dalam kode asli dan tercatat sebagai \`(program)\` atau fungsi pemanggilnya). Berkas mentah: \`${relative(toolRoot(), join(dir, file))}\` (buka di Chrome DevTools › Performance).`, '',
    '## Per area (waktu sendiri)', '', '| area | ms | bagian |', '| --- | ---: | ---: |',
    ...areas.slice(0, 20).map(([a, ms]) => `| ${a} | ${formatNumber(ms, 0)} | ${pct(ms)} |`), '',
    '## Fungsi teratas (waktu sendiri)', '', '| fungsi | ms | bagian |', '| --- | ---: | ---: |',
    ...functions.slice(0, 30).map(([f, ms]) => `| ${f.replace(/\|/g, '\\|')} | ${formatNumber(ms, 0)} | ${pct(ms)} |`), '',
  ];
  const summary = join(outDir, `profil-${id}.md`);
  writeFilesAtomic(new Map([[summary, lines.join('\n')]]));
  return `Profil CPU ${id}: ${relative(toolRoot(), summary)} (${formatNumber(total / 1000, 2)} s contoh CPU).`;
}
