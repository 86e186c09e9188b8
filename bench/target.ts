/**
 * The performance targets of issue 11 (2-core machine) and their verdicts from one bench run: SLRT
 * documents cold ≤ 0.25 × pandoc + LibreOffice and < 1.0 s; large ≤ 1.2 s; huge DOCX + PDF ≤ 3 s
 * and ≤ 800 MiB peak RSS; `naskah check` SLRT ≤ 400 ms cold, ≤ 30 ms warm in-process; diff of two
 * huge revisions ≤ 5 s / 1 GiB from the CLI and ≤ 100 ms in-process; warm rebuild of small after a
 * one-ayat edit: PDF ≤ 50 ms. And issue 12's: a save in the SLRT Perbup → the new page in `naskah preview`,
 * ≤ 150 ms.
 */
import type { BenchResults, Target } from './results.js';
import { median } from './measure.js';

/** Formats milliseconds as Indonesian seconds or milliseconds ("1,23 s", "45 ms"). */
export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return ms >= 999.5 ? `${(ms / 1000).toFixed(2).replace('.', ',')} s` : `${ms.toFixed(ms < 9.95 ? 1 : 0).replace('.', ',')} ms`;
}

/** Formats a number with a decimal comma. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits).replace('.', ',');
}

type TargetInputs = Pick<BenchResults, 'bangun' | 'periksa' | 'diffCli' | 'diffProses' | 'hangat' | 'periksaHangat' | 'alat' | 'pratinjau'>;

const notRun = (name: string, limit: string, why: string): Target => ({ nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: why });
const cpuNote = (cpu: { median: number } | null | undefined): string => (cpu ? `CPU ${formatTime(cpu.median)}` : 'CPU tidak diukur');

function slrt(h: TargetInputs): Target[] {
  const item = h.bangun.find((b) => b.nama === 'slrt');
  const ratioName = 'Dokumen SLRT (DOCX + PDF), CLI dingin, rasio';
  const ratioLimit = '≤ 0,25 × pandoc + LibreOffice';
  const wallName = 'Dokumen SLRT (DOCX + PDF), CLI dingin, waktu';
  const wallLimit = '< 1,0 s (mesin menganggur)';
  if (!item || !item.naskah.wallMs) return [notRun(ratioName, ratioLimit, item?.galat ?? 'dokumen SLRT tidak dibangun'), notRun(wallName, wallLimit, item?.galat ?? 'dokumen SLRT tidak dibangun')];
  const wall = item.naskah.wallMs.median;
  const cpu = item.naskah.cpuMs ?? null;
  const wallTarget: Target = { nama: wallName, batas: wallLimit, nilai: `${formatTime(wall)} (${cpuNote(cpu)})`, status: wall < 1000 ? 'tercapai' : 'tidak tercapai', catatan: `${item.ids.join(', ')}; median; pada mesin berbeban, waktu CPU lebih dekat ke waktu mesin menganggur` };
  if (!item.rasio) return [notRun(ratioName, ratioLimit, 'pandoc atau LibreOffice tidak terpasang'), wallTarget];
  const r = item.rasio.median;
  return [
    { nama: ratioName, batas: ratioLimit, nilai: `${formatNumber(r, 3)} (${formatTime(wall)} lawan ${formatTime(item.pembanding?.total.wallMs?.median)})`, status: r <= 0.25 ? 'tercapai' : 'tidak tercapai', catatan: `${item.ids.join(', ')}; median rasio per pasangan` },
    wallTarget,
  ];
}

function sized(h: TargetInputs): Target[] {
  const out: Target[] = [];
  const large = h.bangun.find((b) => b.nama === 'large');
  const largeName = 'large (400 Pasal) DOCX + PDF, waktu';
  if (!large?.naskah.wallMs) out.push(notRun(largeName, '≤ 1,2 s', large?.galat ?? 'ukuran large tidak dijalankan (mode cepat)'));
  else out.push({ nama: largeName, batas: '≤ 1,2 s', nilai: `${formatTime(large.naskah.wallMs.median)} (${cpuNote(large.naskah.cpuMs)})`, status: large.naskah.wallMs.median <= 1200 ? 'tercapai' : 'tidak tercapai', catatan: `${large.naskah.halaman ?? '?'} halaman PDF` });
  const item = h.bangun.find((b) => b.nama === 'huge');
  const why = item?.galat ?? 'ukuran huge tidak dijalankan (mode cepat)';
  if (!item || !item.naskah.wallMs) return [...out, notRun('huge (2.000 Pasal) DOCX + PDF, waktu', '≤ 3 s', why), notRun('huge (2.000 Pasal) DOCX + PDF, RSS puncak', '≤ 800 MiB', why)];
  const wall = item.naskah.wallMs.median;
  const rss = item.naskah.rssMiB?.median ?? null;
  return [
    ...out,
    { nama: 'huge (2.000 Pasal) DOCX + PDF, waktu', batas: '≤ 3 s', nilai: `${formatTime(wall)} (${cpuNote(item.naskah.cpuMs)})`, status: wall <= 3000 ? 'tercapai' : 'tidak tercapai', catatan: `${item.naskah.halaman ?? '?'} halaman PDF` },
    rss === null
      ? notRun('huge (2.000 Pasal) DOCX + PDF, RSS puncak', '≤ 800 MiB', 'GNU time (/usr/bin/time) tidak terpasang')
      : { nama: 'huge (2.000 Pasal) DOCX + PDF, RSS puncak', batas: '≤ 800 MiB', nilai: `${formatNumber(rss, 0)} MiB`, status: rss <= 800 ? 'tercapai' : 'tidak tercapai', catatan: '' },
  ];
}

function check(h: TargetInputs): Target[] {
  const coldName = '`naskah check` SLRT, CLI dingin';
  const warmName = '`naskah check` SLRT, hangat dalam proses';
  const c = h.periksa.find((x) => x.nama === 'slrt');
  const cold: Target = !c?.wallMs
    ? notRun(coldName, '≤ 400 ms', c?.galat ?? 'tidak dijalankan')
    : { nama: coldName, batas: '≤ 400 ms', nilai: `${formatTime(c.wallMs.median)} (${cpuNote(c.cpuMs)})`, status: c.wallMs.median <= 400 ? 'tercapai' : 'tidak tercapai', catatan: 'median; tembolok mdast (~/.cache/naskah) hangat' };
  const w = h.periksaHangat.find((x) => x.nama === 'slrt');
  if (!w || w.galat || !w.hangatSama || w.hangatSama.length === 0) return [cold, notRun(warmName, '≤ 30 ms', w?.galat ?? 'tidak dijalankan')];
  const m = median(w.hangatSama.map((x) => x.wallMs));
  const touched = w.setelahSentuh && w.setelahSentuh.length > 0 ? median(w.setelahSentuh.map((x) => x.wallMs)) : null;
  return [cold, { nama: warmName, batas: '≤ 30 ms', nilai: `${formatTime(m)} (CPU ${formatTime(median(w.hangatSama.map((x) => x.cpuMs)))})`, status: m <= 30 ? 'tercapai' : 'tidak tercapai', catatan: `Session, sumber tidak berubah; setelah naskah.yaml Perbup disentuh (semua dokumen yang memakainya dimuat ulang): ${formatTime(touched)}` }];
}

function diff(h: TargetInputs): Target[] {
  const name = 'diff dua revisi huge, dalam proses';
  const limit = '≤ 100 ms';
  const out: Target[] = [];
  const cli = h.diffCli.find((x) => x.nama === 'huge');
  const cliName = '`naskah diff` huge lengkap, CLI';
  if (!cli?.wallMs) out.push(notRun(cliName, '≤ 5 s dan ≤ 1 GiB', cli?.galat ?? 'ukuran huge tidak dijalankan (mode cepat)'));
  else {
    const rss = cli.rssMiB?.median ?? null;
    out.push({ nama: cliName, batas: '≤ 5 s dan ≤ 1 GiB', nilai: `${formatTime(cli.wallMs.median)}, ${rss === null ? '–' : `${formatNumber(rss, 0)} MiB`}`, status: cli.wallMs.median <= 5000 && rss !== null && rss <= 1024 ? 'tercapai' : 'tidak tercapai', catatan: 'redline, matriks, JSON, HTML' });
  }
  const d = h.diffProses.find((x) => x.nama === 'huge');
  if (!d) return [...out, notRun(name, limit, 'ukuran huge tidak dijalankan (mode cepat)')];
  if (!d.tersedia || d.hangatMs.length === 0) return [...out, notRun(name, limit, `belum tersedia: ${d.alasan ?? ''}`)];
  const warm = median(d.hangatMs);
  return [...out, { nama: name, batas: limit, nilai: `${formatTime(warm)} (panggilan pertama ${formatTime(d.dinginMs)})`, status: warm <= 100 ? 'tercapai' : 'tidak tercapai', catatan: `median panggilan hangat; ${d.fungsi ?? ''}` }];
}

function warmRebuild(h: TargetInputs): Target {
  const name = 'bangun ulang hangat small setelah ubah satu ayat, PDF';
  const limit = '≤ 50 ms';
  const w = h.hangat.find((x) => x.nama === 'small');
  if (!w || w.galat || !w.suntingan || w.suntingan.length === 0) return notRun(name, limit, w?.galat ?? 'tidak dijalankan');
  const pdf = median(w.suntingan.map((s) => s.pdfMs));
  const part = (k: 'muatMs' | 'pdfMs' | 'totalMs'): string => formatTime(median(w.suntingan!.map((s) => s[k])));
  const cpu = (k: 'cpuMs' | 'muatCpuMs' | 'pdfCpuMs'): string => (w.suntingan!.every((s) => s[k] !== undefined) ? formatTime(median(w.suntingan!.map((s) => s[k] ?? 0))) : '–');
  return { nama: name, batas: limit, nilai: `${formatTime(pdf)} (CPU ${cpu('pdfCpuMs')})`, status: pdf <= 50 ? 'tercapai' : 'tidak tercapai', catatan: `Session.rebuild: periksa ${part('muatMs')} (CPU ${cpu('muatCpuMs')}), PDF ${part('pdfMs')}, jumlah ${part('totalMs')} (CPU ${cpu('cpuMs')}); DOCX atas permintaan ${formatTime(w.docxAtasPermintaanMs)}` };
}

/** Issue 12: a save in the SLRT Perbup's Menimbang → the changed page in view in the preview's DOM (chromium), ≤ 150 ms. */
function preview(h: TargetInputs): Target {
  const name = 'pratinjau: simpan → halaman yang tampak di DOM, Perbup SLRT';
  const limit = '≤ 150 ms';
  const p = h.pratinjau;
  if (!p || p.galat || p.simpanKeHalamanMs === undefined) return notRun(name, limit, p?.galat ?? 'tidak dijalankan');
  const ms = p.simpanKeHalamanMs;
  const p90 = p.simpanKeHalamanP90Ms === undefined ? '' : `; persentil 90 ${formatTime(p.simpanKeHalamanP90Ms)}`;
  const all = p.simpanKeSemuaHalamanMs === undefined ? '' : `; semua halaman yang berubah ${formatTime(p.simpanKeSemuaHalamanMs)}`;
  return { nama: name, batas: limit, nilai: `${formatTime(ms)} (terlukis ${formatTime(p.simpanKeTerlukisMs)})`, status: ms <= 150 ? 'tercapai' : 'tidak tercapai', catatan: `median ${p.putaran ?? '?'} simpanan${p90}${all}; tersusun ${formatTime(p.simpanKeTersusunMs)} = periksa ${formatTime(p.periksaMs)} + tata letak ${formatTime(p.tataLetakSvgMs)} + halaman ${formatTime(p.halamanSvgMs)}; tersusun → DOM ${formatTime(p.tersusunKeHalamanMs)}; kaidah sesudahnya ${formatTime(p.kaidahSesudahHalamanMs)}; chromium di mesin yang sama` };
}

/** Verdicts on every target. */
export function evaluateTargets(h: TargetInputs): Target[] {
  return [...slrt(h), ...sized(h), ...check(h), ...diff(h), warmRebuild(h), preview(h)];
}
