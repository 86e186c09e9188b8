/**
 * The performance targets of issue 8 (2-core machine) and their verdicts from one bench run:
 * SLRT documents cold ≤ 0.15 × pandoc + LibreOffice; huge DOCX + PDF < 3 s and < 800 MiB peak RSS;
 * diff of two huge revisions < 100 ms in-process; warm rebuild of small after a one-ayat edit < 50 ms.
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

type TargetInputs = Pick<BenchResults, 'bangun' | 'diffProses' | 'hangat' | 'alat'>;

function slrt(h: TargetInputs): Target {
  const name = 'Dokumen SLRT (DOCX + PDF), CLI dingin';
  const limit = '≤ 0,15 × pandoc + LibreOffice';
  const item = h.bangun.find((b) => b.nama === 'slrt');
  if (!item || item.galat !== null && !item.rasio) return { nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: item?.galat ?? 'dokumen SLRT tidak dibangun' };
  if (!item.rasio) return { nama: name, batas: limit, nilai: formatTime(item.naskah.wallMs?.median), status: 'tidak diukur', catatan: 'pandoc atau LibreOffice tidak terpasang' };
  const r = item.rasio.median;
  return { nama: name, batas: limit, nilai: `${formatNumber(r, 3)} (${formatTime(item.naskah.wallMs?.median)} lawan ${formatTime(item.pembanding?.total.wallMs?.median)})`, status: r <= 0.15 ? 'tercapai' : 'tidak tercapai', catatan: `${item.ids.join(', ')}; median rasio per pasangan` };
}

function huge(h: TargetInputs): Target[] {
  const item = h.bangun.find((b) => b.nama === 'huge');
  const none = (name: string, limit: string): Target => ({ nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: item?.galat ?? 'ukuran huge tidak dijalankan (mode cepat)' });
  if (!item || !item.naskah.wallMs) return [none('huge (2.000 Pasal) DOCX + PDF, waktu', '< 3 s'), none('huge (2.000 Pasal) DOCX + PDF, RSS puncak', '< 800 MiB')];
  const wall = item.naskah.wallMs.median;
  const rss = item.naskah.rssMiB?.median ?? null;
  return [
    { nama: 'huge (2.000 Pasal) DOCX + PDF, waktu', batas: '< 3 s', nilai: formatTime(wall), status: wall < 3000 ? 'tercapai' : 'tidak tercapai', catatan: `${item.naskah.halaman ?? '?'} halaman PDF` },
    rss === null
      ? { nama: 'huge (2.000 Pasal) DOCX + PDF, RSS puncak', batas: '< 800 MiB', nilai: '–', status: 'tidak diukur', catatan: 'GNU time (/usr/bin/time) tidak terpasang' }
      : { nama: 'huge (2.000 Pasal) DOCX + PDF, RSS puncak', batas: '< 800 MiB', nilai: `${formatNumber(rss, 0)} MiB`, status: rss < 800 ? 'tercapai' : 'tidak tercapai', catatan: '' },
  ];
}

function diff(h: TargetInputs): Target {
  const name = 'diff dua revisi huge, dalam proses';
  const limit = '< 100 ms';
  const d = h.diffProses.find((x) => x.nama === 'huge');
  if (!d) return { nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: 'ukuran huge tidak dijalankan (mode cepat)' };
  if (!d.tersedia || d.hangatMs.length === 0) return { nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: `belum tersedia: ${d.alasan ?? ''}` };
  const warm = median(d.hangatMs);
  return { nama: name, batas: limit, nilai: `${formatTime(warm)} (panggilan pertama ${formatTime(d.dinginMs)})`, status: warm < 100 ? 'tercapai' : 'tidak tercapai', catatan: `median panggilan hangat; ${d.fungsi ?? ''}` };
}

function warmRebuild(h: TargetInputs): Target {
  const name = 'bangun ulang hangat small setelah ubah satu ayat';
  const limit = '< 50 ms';
  const w = h.hangat.find((x) => x.nama === 'small');
  if (!w || w.galat || !w.suntingan || w.suntingan.length === 0) return { nama: name, batas: limit, nilai: '–', status: 'tidak diukur', catatan: w?.galat ?? 'tidak dijalankan' };
  const m = median(w.suntingan.map((s) => s.totalMs));
  const part = (k: 'muatMs' | 'docxMs' | 'pdfMs' | 'tulisMs'): string => formatTime(median(w.suntingan!.map((s) => s[k])));
  return { nama: name, batas: limit, nilai: formatTime(m), status: m < 50 ? 'tercapai' : 'tidak tercapai', catatan: `muat ${part('muatMs')}, DOCX ${part('docxMs')}, PDF ${part('pdfMs')}, tulis ${part('tulisMs')}` };
}

/** Verdicts on every target. */
export function evaluateTargets(h: TargetInputs): Target[] {
  return [slrt(h), ...huge(h), diff(h), warmRebuild(h)];
}
