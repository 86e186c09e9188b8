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
import { writeFilesAtomic } from '../build/atomic-write.js';
import { toolRoot } from '../load/project.js';
import { profilBangun } from './cpu-profile.js';
import type { HasilBench, HasilPerintah } from './hasil.js';
import { laporanMarkdown } from './laporan.js';
import { mesinIni } from './mesin.js';
import { cariAlatLuar, libreOfficeKePdf, tulisReferensiDocx } from './pembanding.js';
import { siapkanNyata, siapkanSintetis, type MasukanSiap } from './persiapan.js';
import type { HasilDiffProses } from './proses-diff.js';
import type { HasilHangat } from './proses-hangat.js';
import { revisiUkuran } from './proyek-sintetis.js';
import { idDokumen, spesifikasi, UKURAN, type Ukuran } from './sizes.js';
import { ukurBangun, type HasilBangun, type RuteLuar } from './skenario-bangun.js';
import { ukurDiffCli, ukurPerintah } from './skenario-perintah.js';
import { nilaiTarget } from './target.js';
import { adaGnuTime } from './ukur.js';

const BANTUAN = `Pemakaian: npm run bench [-- --quick] [-- --runs N] [-- --ukuran small,large,huge] [-- --tanpa-pembanding] [-- --profil huge]
  --quick              hanya ukuran small dan dokumen SLRT, tanpa pemanasan, check/diff sekali,
                       dan paling sedikit dua putaran per masukan setelah 12 s (kurang dari satu menit)
  --runs N             putaran yang dihitung per pengukuran (bawaan 5; --quick 3)
  --ukuran a,b         ukuran sintetis yang diukur (bawaan semua; --quick small)
  --tanpa-pembanding   lewati pandoc dan LibreOffice
  --profil NAMA        rekam profil CPU (node --cpu-prof) satu build (small, large, huge, atau slrt)
                       dan ringkas ke output/bench/profil-NAMA.md
Hasil: output/bench/results.json dan output/bench/results.md.`;

const mulai = performance.now();
const log = (s: string): void => void process.stderr.write(`[${((performance.now() - mulai) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);

function anak<T>(script: string, args: readonly string[]): T | { galat: string } {
  const r = spawnSync(process.execPath, [join(toolRoot(), 'dist', 'src', 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
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

function bacaOpsi() {
  return parseArgs({ options: { quick: { type: 'boolean' }, runs: { type: 'string' }, ukuran: { type: 'string' }, 'tanpa-pembanding': { type: 'boolean' }, profil: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof bacaOpsi>;
  try {
    values = bacaOpsi();
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    process.stderr.write(`naskah bench: ${unknown ? `opsi \`${unknown[1]}\` tidak dikenal` : 'opsi memerlukan nilai'}.\n${BANTUAN}\n`);
    return 2;
  }
  if (values.help) { process.stdout.write(`${BANTUAN}\n`); return 0; }
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 3 : 5));
  // Quick mode skips the warm-up rounds (the LibreOffice profile is still prepared beforehand).
  const warmup = quick ? 0 : 1;
  // check and diff carry no target of their own: one run each in quick mode.
  const runsPerintah = quick ? 1 : runs;
  const sizes = (values.ukuran ?? (quick ? 'small' : 'small,large,huge')).split(',').map((s) => s.trim() as Ukuran);
  for (const s of sizes) if (!UKURAN.some((u) => u.ukuran === s)) { log(`Ukuran \`${s}\` tidak dikenal; gunakan small, large, atau huge.`); return 2; }
  if (!Number.isInteger(runs) || runs < 1) { log('--runs harus bilangan bulat ≥ 1.'); return 2; }
  const specs = sizes.map(spesifikasi);
  const root = toolRoot();
  const outDir = join(root, 'output', 'bench');
  const work = join(outDir, 'work');
  const pesan: string[] = [];

  const mesin = mesinIni();
  const tools = cariAlatLuar();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (mesin.bebanAwal > mesin.cores * 0.75) pesan.push(`Beban mesin tinggi saat mulai (rata-rata 1 menit ${mesin.bebanAwal} pada ${mesin.cores} inti): pekerjaan lain ikut memakai CPU, sehingga waktu mutlak lebih lambat; rasio berpasangan lebih tahan terhadap hal ini.`);
  if (!adaGnuTime()) pesan.push('GNU time (/usr/bin/time) tidak terpasang: RSS puncak dan CPU tidak diukur. Pasang dengan `apt-get install time`.');
  let luarDasar: { referenceDocx: string; profileDir: string } | null = null;
  if (values['tanpa-pembanding']) pesan.push('Perbandingan dengan pandoc + LibreOffice dilewati (--tanpa-pembanding).');
  else if (!tools.pandoc || !tools.soffice) pesan.push(`Perbandingan dengan pandoc + LibreOffice dilewati: ${[!tools.pandoc && 'pandoc', !tools.soffice && 'LibreOffice (soffice)'].filter(Boolean).join(' dan ')} tidak terpasang. Pasang dengan \`apt-get install pandoc libreoffice-writer-nogui\`.`);
  log(`naskah bench (${quick ? 'cepat' : 'lengkap'}): ${sizes.join(', ')} + dokumen SLRT, ${runs} putaran; ${mesin.cores} inti, ${mesin.memoriGiB} GiB.`);
  for (const p of pesan) log(p);

  log('Menyiapkan masukan sintetis dan salinan content/ …');
  const sintetis = siapkanSintetis(join(work, 'sintetis'), specs);
  const nyata = siapkanNyata(join(root, 'content'), join(work, 'nyata'));
  if (nyata.galat) pesan.push(`Dokumen nyata yang dilewati karena galat dalam sumber: ${nyata.galat}.`);
  const masukan: MasukanSiap[] = [nyata, ...sintetis];

  if (!values['tanpa-pembanding'] && tools.pandoc && tools.soffice) {
    const referenceDocx = tulisReferensiDocx(work);
    const profileDir = join(work, 'lo-profil');
    log('Menyiapkan profil LibreOffice (tidak dihitung) …');
    libreOfficeKePdf([referenceDocx], join(work, 'lo-pemanasan'), profileDir, work);
    luarDasar = { referenceDocx, profileDir };
  }

  // The full run also builds each real document on its own.
  const perDokumen = quick ? [] : nyata.ids.map((id, i) => ({ ...nyata, nama: `slrt/${id}`, ids: [id], markdown: [nyata.markdown[i]!] }));
  const bangun: HasilBangun[] = [];
  for (const m of [nyata, ...perDokumen, ...sintetis]) {
    if (m.ids.length === 0) continue;
    log(`Bangun ${m.nama} (${m.ids.join(', ')}) …`);
    const luar: RuteLuar | null = luarDasar ? { ...luarDasar, outDir: join(work, 'pembanding', m.nama) } : null;
    bangun.push(ukurBangun({ nama: m.nama, root: m.root, ids: m.ids, markdown: m.markdown }, { runs, warmup, luar, ...(quick ? { budgetMs: 12_000 } : {}) }));
  }

  log('check …');
  const periksa = masukan.filter((m) => m.ids.length > 0).map((m) => ukurPerintah(m.nama, ['check', ...m.ids], m.root, runsPerintah, warmup));

  log('diff …');
  const diffCli: HasilPerintah[] = [];
  const diffProses: (HasilDiffProses & { nama: string })[] = [];
  for (const spec of specs) {
    const { r0, r1 } = revisiUkuran(spec);
    diffCli.push(ukurDiffCli(spec.ukuran, r0, r1, join(work, `diff-${spec.ukuran}`), runsPerintah, warmup));
    const d = anak<HasilDiffProses>('proses-diff.js', [join(work, 'sintetis'), idDokumen(spec.ukuran, 0), idDokumen(spec.ukuran, 1), String(Math.max(runs, 5))]);
    diffProses.push('tersedia' in d ? { ...d, nama: spec.ukuran } : { nama: spec.ukuran, tersedia: false, alasan: d.galat, fungsi: null, muatMs: [], dinginMs: null, hangatMs: [], perubahan: null });
  }

  log('Bangun ulang hangat …');
  const hangat = specs.filter((s) => s.ukuran !== 'huge').map((spec) => {
    siapkanSintetis(join(work, `hangat-${spec.ukuran}`), [spec]);
    const h = anak<HasilHangat>('proses-hangat.js', [join(work, `hangat-${spec.ukuran}`), spec.ukuran, String(Math.max(runs, 7))]);
    return { ...h, nama: spec.ukuran, galat: h.galat ?? null };
  });

  if (values.profil) {
    log(`Profil CPU ${values.profil} …`);
    const target = values.profil === 'slrt' ? nyata : sintetis.find((m) => m.nama === values.profil);
    pesan.push(target ? profilBangun(target.root, target.nama, target.ids, outDir) : `Profil ${values.profil} tidak dibuat: ukuran itu tidak diukur dalam putaran ini.`);
  }

  const partial = { bangun, diffProses, hangat, alat: { ...tools, gnuTime: adaGnuTime(), naskah: pkg.version, git: gitDescribe(root) } };
  const result: HasilBench = {
    schema: 'naskah-bench/1', tanggal: new Date().toISOString(), mode: quick ? 'cepat' : 'lengkap', putaran: runs, pemanasan: warmup, mesin, pesan,
    masukan: masukan.map(({ root: _r, markdown: _m, ...m }) => m), periksa, diffCli, ...partial, target: nilaiTarget(partial), bebanAkhir: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  writeFilesAtomic(new Map([[join(outDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`], [join(outDir, 'results.md'), laporanMarkdown(result)]]));
  log('Selesai: output/bench/results.md dan results.json.');
  for (const t of result.target) log(`  ${t.status === 'tercapai' ? '✔' : t.status === 'tidak tercapai' ? '✘' : '–'} ${t.nama}: ${t.nilai} (${t.batas})`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  log(`naskah bench: kesalahan internal: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 3;
});
