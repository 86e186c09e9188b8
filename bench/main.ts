#!/usr/bin/env node
/**
 * `npm run bench` (issue 8): measures naskah against the pandoc + LibreOffice route on synthetic
 * regulations of three sizes and on the real SLRT documents, and writes output/bench/results.json
 * and output/bench/results.md. `--quick` runs the small size and the real documents in under a minute.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import { toolRoot } from '../src/load/project.js';
import { sourceDate } from '../src/util/source-date.js';
import { profileBuild } from './cpu-profile.js';
import type { BenchResults, CommandResult } from './results.js';
import { markdownReport } from './report.js';
import { describeMachine } from './machine.js';
import { findExternalTools, libreOfficeToPdf, writeReferenceDocx } from './comparison.js';
import { prepareReal, prepareSynthetic, type PreparedInput } from './prepare.js';
import type { DiffProcessResult } from './diff-process.js';
import type { WarmRebuildResult } from './warm-rebuild-process.js';
import type { WarmCheckResult } from './warm-check-process.js';
import type { PreviewBenchResult } from './preview-save-to-page.js';
import { sizeRevisions } from './synthetic-project.js';
import { documentId, sizeSpec, SIZES, type Size } from './sizes.js';
import { measureBuild, type BuildResult, type ExternalRoute } from './scenario-build.js';
import { measureDiffCli, measureCommand } from './scenario-commands.js';
import { evaluateTargets } from './target.js';
import { hasGnuTime } from './measure.js';
import { wantsProgress } from '../src/cli/progress.js';
import { stepLine } from '../src/util/progress.js';

const HELP = `Pemakaian: npm run bench [-- --quick] [-- --runs N] [-- --ukuran small,large,huge] [-- --tanpa-pembanding] [-- --profil huge] [-- --progress] [-- --quiet]
  --quick              hanya ukuran small dan dokumen SLRT, tanpa pemanasan, check/diff sekali,
                       dan paling sedikit dua putaran per masukan setelah 12 s (kurang dari satu menit)
  --runs N             putaran yang dihitung per pengukuran (bawaan 5; --quick 3)
  --ukuran a,b         ukuran sintetis yang diukur (bawaan semua; --quick small); sama dengan --sizes a,b
  --tanpa-pembanding   lewati pandoc dan LibreOffice; sama dengan --no-comparison
  --profil NAMA        rekam profil CPU (node --cpu-prof) satu build (small, large, huge, atau slrt)
                       dan ringkas ke output/bench/profil-NAMA.md; sama dengan --profile NAMA
  --progress           baris kemajuan ke stderr juga bila stderr bukan terminal (bawaan: hanya di terminal)
  --quiet, -q          hanya galat: tanpa baris kemajuan, catatan, dan ringkasan target
Hasil: output/bench/results.json dan output/bench/results.md.`;

const startedAt = performance.now();
const log = (s: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
/** Progress lines (src/cli/progress.ts: a terminal or --progress, never --quiet) and notes (all but --quiet). */
let progress = (_: string): void => {};
let note = (_: string): void => {};

function runChild<T>(script: string, args: readonly string[]): T | { galat: string } {
  const r = spawnSync(process.execPath, [join(toolRoot(), 'dist', 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    return { galat: `${script} gagal (kode ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}` };
  }
}

function gitDescribe(root: string): string | null {
  const r = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The options; the English flags (--sizes, --no-comparison, --profile) are aliases of the Indonesian ones. */
function readOptions() {
  const { values } = parseArgs({ options: {
    quick: { type: 'boolean' }, runs: { type: 'string' },
    ukuran: { type: 'string' }, sizes: { type: 'string' },
    'tanpa-pembanding': { type: 'boolean' }, 'no-comparison': { type: 'boolean' },
    profil: { type: 'string' }, profile: { type: 'string' },
    progress: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  } });
  return {
    quick: values.quick,
    runs: values.runs,
    sizes: values.sizes ?? values.ukuran,
    /** The flag that turned the comparison off, as typed, or null. */
    noComparison: values['no-comparison'] ? '--no-comparison' : values['tanpa-pembanding'] ? '--tanpa-pembanding' : null,
    profile: values.profile ?? values.profil,
    help: values.help,
    progress: values.progress,
    quiet: values.quiet,
  };
}

async function main(): Promise<number> {
  let values: ReturnType<typeof readOptions>;
  try {
    values = readOptions();
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    process.stderr.write(`naskah bench: ${unknown ? `opsi \`${unknown[1]}\` tidak dikenal` : 'opsi memerlukan nilai'}.\n${HELP}\n`);
    return 2;
  }
  if (values.help) { process.stdout.write(`${HELP}\n`); return 0; }
  if (wantsProgress({ isTTY: process.stderr.isTTY === true, quiet: values.quiet, progress: values.progress })) progress = log;
  if (values.quiet !== true) note = log;
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 3 : 5));
  // Quick mode skips the warm-up rounds (the LibreOffice profile is still prepared beforehand).
  const warmup = quick ? 0 : 1;
  // check and diff carry no target of their own: one run each in quick mode.
  const commandRuns = quick ? 1 : runs;
  const sizes = (values.sizes ?? (quick ? 'small' : 'small,large,huge')).split(',').map((s) => s.trim() as Size);
  for (const s of sizes) if (!SIZES.some((u) => u.size === s)) { log(`Ukuran \`${s}\` tidak dikenal; gunakan small, large, atau huge.`); return 2; }
  if (!Number.isInteger(runs) || runs < 1) { log('--runs harus bilangan bulat ≥ 1.'); return 2; }
  const specs = sizes.map(sizeSpec);
  const root = toolRoot();
  // The bench projects under output/ have no git history, so their documents would be dated
  // 1980-01-01 and TN-BHS-17 would reject every Mengingat enacted later: every child process
  // (naskah build/check/diff, the warm processes) gets the date of the real content/ instead.
  process.env['SOURCE_DATE_EPOCH'] ??= String(Date.parse(sourceDate(join(root, 'content'))) / 1000);
  const outDir = join(root, 'output', 'bench');
  const work = join(outDir, 'work');
  const messages: string[] = [];

  const machine = describeMachine();
  const tools = findExternalTools();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (machine.bebanAwal > machine.cores * 0.75) messages.push(`Beban mesin tinggi saat mulai (rata-rata 1 menit ${machine.bebanAwal} pada ${machine.cores} inti): pekerjaan lain ikut memakai CPU, sehingga waktu mutlak lebih lambat; rasio berpasangan lebih tahan terhadap hal ini.`);
  if (!hasGnuTime()) messages.push('GNU time (/usr/bin/time) tidak terpasang: RSS puncak dan CPU tidak diukur. Pasang dengan `apt-get install time`.');
  let externalBase: { referenceDocx: string; profileDir: string } | null = null;
  if (values.noComparison) messages.push(`Perbandingan dengan pandoc + LibreOffice dilewati (${values.noComparison}).`);
  else if (!tools.pandoc || !tools.soffice) messages.push(`Perbandingan dengan pandoc + LibreOffice dilewati: ${[!tools.pandoc && 'pandoc', !tools.soffice && 'LibreOffice (soffice)'].filter(Boolean).join(' dan ')} tidak terpasang. Pasang dengan \`apt-get install pandoc libreoffice-writer-nogui\`.`);
  note(`naskah bench (${quick ? 'cepat' : 'lengkap'}): ${sizes.join(', ')} + dokumen SLRT, ${runs} putaran; ${machine.cores} inti, ${machine.memoriGiB} GiB.`);
  for (const p of messages) note(p);

  progress(stepLine('Menyiapkan masukan sintetis dan salinan content/'));
  const synthetic = prepareSynthetic(join(work, 'sintetis'), specs);
  const real = prepareReal(join(root, 'content'), join(work, 'nyata'));
  if (real.galat) messages.push(`Dokumen nyata yang dilewati karena galat dalam sumber: ${real.galat}.`);
  const inputs: PreparedInput[] = [real, ...synthetic];

  if (!values.noComparison && tools.pandoc && tools.soffice) {
    const referenceDocx = writeReferenceDocx(work);
    const profileDir = join(work, 'lo-profil');
    progress(stepLine('Menyiapkan profil LibreOffice (tidak dihitung)'));
    libreOfficeToPdf([referenceDocx], join(work, 'lo-pemanasan'), profileDir, work);
    externalBase = { referenceDocx, profileDir };
  }

  // The full run also builds each real document on its own.
  const perDocument = quick ? [] : real.ids.map((id, i) => ({ ...real, nama: `slrt/${id}`, ids: [id], markdown: [real.markdown[i]!] }));
  const builds: BuildResult[] = [];
  const toBuild = [real, ...perDocument, ...synthetic].filter((m) => m.ids.length > 0);
  for (const [i, m] of toBuild.entries()) {
    progress(stepLine(`Membangun ${m.nama}: ${m.ids.join(', ')}`, i + 1, toBuild.length));
    const external: ExternalRoute | null = externalBase ? { ...externalBase, outDir: join(work, 'pembanding', m.nama) } : null;
    builds.push(measureBuild({ name: m.nama, root: m.root, ids: m.ids, markdown: m.markdown }, { runs, warmup, external, ...(quick ? { budgetMs: 12_000 } : {}) }));
  }

  progress(stepLine('Mengukur naskah check'));
  const checks = inputs.filter((m) => m.ids.length > 0).map((m) => measureCommand(m.nama, ['check', ...m.ids], m.root, commandRuns, warmup));

  progress(stepLine('Mengukur naskah diff'));
  const diffCli: CommandResult[] = [];
  const diffInProcess: (DiffProcessResult & { nama: string })[] = [];
  for (const [i, spec] of specs.entries()) {
    progress(stepLine(`Membandingkan revisi ${spec.size}`, i + 1, specs.length));
    const { r0, r1 } = sizeRevisions(spec);
    diffCli.push(measureDiffCli(spec.size, r0, r1, join(work, `diff-${spec.size}`), commandRuns, warmup));
    const d = runChild<DiffProcessResult>('diff-process.js', [join(work, 'sintetis'), documentId(spec.size, 0), documentId(spec.size, 1), String(Math.max(runs, 5))]);
    diffInProcess.push('tersedia' in d ? { ...d, nama: spec.size } : { nama: spec.size, tersedia: false, alasan: d.galat, fungsi: null, muatMs: [], dinginMs: null, hangatMs: [], perubahan: null });
  }

  progress(stepLine('Mengukur bangun ulang hangat'));
  const warm = specs.filter((s) => s.size !== 'huge').map((spec) => {
    prepareSynthetic(join(work, `hangat-${spec.size}`), [spec]);
    const h = runChild<WarmRebuildResult>('warm-rebuild-process.js', [join(work, `hangat-${spec.size}`), spec.size, String(Math.max(runs, 7))]);
    return { ...h, nama: spec.size, galat: h.galat ?? null };
  });

  progress(stepLine('Mengukur check hangat dalam proses'));
  const warmCheck = inputs.filter((m) => m.ids.length > 0 && m.nama !== 'huge').map((m) => {
    const h = runChild<WarmCheckResult>('warm-check-process.js', [m.root, ...m.ids]);
    return { ...h, nama: m.nama, galat: h.galat ?? null };
  });

  progress(stepLine('Mengukur pratinjau: simpan → halaman'));
  // In chromium (playwright-core, CHROMIUM_PATH or /usr/bin/chromium); without it the target says why it was not measured.
  const previewRun = runChild<PreviewBenchResult>('preview-save-to-page.js', [String(quick ? 5 : Math.max(3 * runs, 9)), 'perbup-slrt']);
  const pratinjau = 'galat' in previewRun ? { galat: previewRun.galat } : { ...previewRun, galat: null };

  if (values.profile) {
    progress(stepLine(`Merekam profil CPU ${values.profile}`));
    const target = values.profile === 'slrt' ? real : synthetic.find((m) => m.nama === values.profile);
    messages.push(target ? profileBuild(target.root, target.nama, target.ids, outDir) : `Profil ${values.profile} tidak dibuat: ukuran itu tidak diukur dalam putaran ini.`);
  }

  const partial = { bangun: builds, periksa: checks, diffCli, diffProses: diffInProcess, hangat: warm, periksaHangat: warmCheck, pratinjau, alat: { ...tools, gnuTime: hasGnuTime(), naskah: pkg.version, git: gitDescribe(root) } };
  const result: BenchResults = {
    schema: 'naskah-bench/1', tanggal: new Date().toISOString(), mode: quick ? 'cepat' : 'lengkap', putaran: runs, pemanasan: warmup, mesin: machine, pesan: messages,
    masukan: inputs.map(({ root: _r, markdown: _m, ...m }) => m), ...partial, target: evaluateTargets(partial), bebanAkhir: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  writeFilesAtomic(new Map([[join(outDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`], [join(outDir, 'results.md'), markdownReport(result)]]));
  note('Selesai: output/bench/results.md dan results.json.');
  for (const t of result.target) note(`  ${t.status === 'tercapai' ? '✔' : t.status === 'tidak tercapai' ? '✘' : '–'} ${t.nama}: ${t.nilai} (${t.batas})`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  log(`naskah bench: kesalahan internal: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 3;
});
