/**
 * The performance targets of issue 8 (2-core machine) and their verdicts from one bench run:
 * SLRT documents cold ≤ 0.15 × pandoc + LibreOffice; huge DOCX + PDF < 3 s and < 800 MiB peak RSS;
 * diff of two huge revisions < 100 ms in-process; warm rebuild of small after a one-ayat edit < 50 ms.
 */
import type { HasilBench, Target } from './hasil.js';
import { median } from './ukur.js';

/** Formats milliseconds as Indonesian seconds or milliseconds ("1,23 s", "45 ms"). */
export function waktu(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return ms >= 999.5 ? `${(ms / 1000).toFixed(2).replace('.', ',')} s` : `${ms.toFixed(ms < 9.95 ? 1 : 0).replace('.', ',')} ms`;
}

/** Formats a number with a decimal comma. */
export function angka(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits).replace('.', ',');
}

type Bahan = Pick<HasilBench, 'bangun' | 'diffProses' | 'hangat' | 'alat'>;

function slrt(h: Bahan): Target {
  const nama = 'Dokumen SLRT (DOCX + PDF), CLI dingin';
  const batas = '≤ 0,15 × pandoc + LibreOffice';
  const item = h.bangun.find((b) => b.nama === 'slrt');
  if (!item || item.galat !== null && !item.rasio) return { nama, batas, nilai: '–', status: 'tidak diukur', catatan: item?.galat ?? 'dokumen SLRT tidak dibangun' };
  if (!item.rasio) return { nama, batas, nilai: waktu(item.naskah.wallMs?.median), status: 'tidak diukur', catatan: 'pandoc atau LibreOffice tidak terpasang' };
  const r = item.rasio.median;
  return { nama, batas, nilai: `${angka(r, 3)} (${waktu(item.naskah.wallMs?.median)} lawan ${waktu(item.pembanding?.total.wallMs?.median)})`, status: r <= 0.15 ? 'tercapai' : 'tidak tercapai', catatan: `${item.ids.join(', ')}; median rasio per pasangan` };
}

function huge(h: Bahan): Target[] {
  const item = h.bangun.find((b) => b.nama === 'huge');
  const none = (nama: string, batas: string): Target => ({ nama, batas, nilai: '–', status: 'tidak diukur', catatan: item?.galat ?? 'ukuran huge tidak dijalankan (mode cepat)' });
  if (!item || !item.naskah.wallMs) return [none('huge (2.000 Pasal) DOCX + PDF, waktu', '< 3 s'), none('huge (2.000 Pasal) DOCX + PDF, RSS puncak', '< 800 MiB')];
  const wall = item.naskah.wallMs.median;
  const rss = item.naskah.rssMiB?.median ?? null;
  return [
    { nama: 'huge (2.000 Pasal) DOCX + PDF, waktu', batas: '< 3 s', nilai: waktu(wall), status: wall < 3000 ? 'tercapai' : 'tidak tercapai', catatan: `${item.naskah.halaman ?? '?'} halaman PDF` },
    rss === null
      ? { nama: 'huge (2.000 Pasal) DOCX + PDF, RSS puncak', batas: '< 800 MiB', nilai: '–', status: 'tidak diukur', catatan: 'GNU time (/usr/bin/time) tidak terpasang' }
      : { nama: 'huge (2.000 Pasal) DOCX + PDF, RSS puncak', batas: '< 800 MiB', nilai: `${angka(rss, 0)} MiB`, status: rss < 800 ? 'tercapai' : 'tidak tercapai', catatan: '' },
  ];
}

function diff(h: Bahan): Target {
  const nama = 'diff dua revisi huge, dalam proses';
  const batas = '< 100 ms';
  const d = h.diffProses.find((x) => x.nama === 'huge');
  if (!d) return { nama, batas, nilai: '–', status: 'tidak diukur', catatan: 'ukuran huge tidak dijalankan (mode cepat)' };
  if (!d.tersedia || d.hangatMs.length === 0) return { nama, batas, nilai: '–', status: 'tidak diukur', catatan: `belum tersedia: ${d.alasan ?? ''}` };
  const warm = median(d.hangatMs);
  return { nama, batas, nilai: `${waktu(warm)} (panggilan pertama ${waktu(d.dinginMs)})`, status: warm < 100 ? 'tercapai' : 'tidak tercapai', catatan: `median panggilan hangat; ${d.fungsi ?? ''}` };
}

function hangat(h: Bahan): Target {
  const nama = 'bangun ulang hangat small setelah ubah satu ayat';
  const batas = '< 50 ms';
  const w = h.hangat.find((x) => x.nama === 'small');
  if (!w || w.galat || !w.suntingan || w.suntingan.length === 0) return { nama, batas, nilai: '–', status: 'tidak diukur', catatan: w?.galat ?? 'tidak dijalankan' };
  const m = median(w.suntingan.map((s) => s.totalMs));
  const part = (k: 'muatMs' | 'docxMs' | 'pdfMs' | 'tulisMs'): string => waktu(median(w.suntingan!.map((s) => s[k])));
  return { nama, batas, nilai: waktu(m), status: m < 50 ? 'tercapai' : 'tidak tercapai', catatan: `muat ${part('muatMs')}, DOCX ${part('docxMs')}, PDF ${part('pdfMs')}, tulis ${part('tulisMs')}` };
}

/** Verdicts on every target. */
export function nilaiTarget(h: Bahan): Target[] {
  return [slrt(h), ...huge(h), diff(h), hangat(h)];
}
