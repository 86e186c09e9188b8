/**
 * Renders output/bench/results.md from the results object: targets first, then inputs, cold builds
 * against pandoc + LibreOffice, check, diff, warm rebuild and the machine (issue 8).
 */
import type { BenchResults, CommandResult } from './results.js';
import type { RouteMeasurement } from './scenario-build.js';
import { formatNumber, formatTime } from './target.js';
import { median, type Summary } from './measure.js';

function range(r: Summary | null): string {
  if (!r) return '–';
  return r.n > 1 ? `${formatTime(r.median)} (${formatTime(r.min)}–${formatTime(r.max)})` : formatTime(r.median);
}

function mib(r: Summary | null | undefined): string {
  return r ? `${formatNumber(r.median, 0)} MiB` : '–';
}

function kb(bytes: number): string {
  return bytes > 0 ? `${formatNumber(bytes / 1024, 0)} KB` : '–';
}

function routeCells(r: RouteMeasurement | undefined): [string, string, string] {
  return r ? [range(r.wallMs), formatTime(r.cpuMs?.median), mib(r.rssMiB)] : ['–', '–', '–'];
}

function commandRows(list: readonly CommandResult[]): string[] {
  return list.map((p) => `| ${p.nama} | \`${p.perintah}\` | ${p.tersedia ? (p.galat ? `gagal: ${p.galat}` : range(p.wallMs)) : 'belum tersedia'} | ${mib(p.rssMiB)} |`);
}

/** The Markdown report. */
export function markdownReport(h: BenchResults): string {
  const m = h.mesin;
  const out: string[] = [
    '# Hasil `npm run bench`',
    '',
    `Diukur ${h.tanggal} (mode ${h.mode}, ${h.putaran} putaran dihitung setelah ${h.pemanasan} putaran pemanasan${h.mode === 'cepat' ? '; check dan diff CLI satu kali' : ''}; median, dengan min–maks dalam kurung).`,
    `Mesin: ${m.cpu}, ${m.cores} inti, memori ${formatNumber(m.memoriGiB, 1)} GiB (bebas ${formatNumber(m.memoriBebasGiB, 1)} GiB), ${m.os}, Node ${m.node}; beban rata-rata 1 menit ${formatNumber(m.bebanAwal)} di awal, ${formatNumber(h.bebanAkhir)} di akhir.`,
    `Alat: naskah ${h.alat.naskah}${h.alat.git ? ` (${h.alat.git})` : ''}; ${h.alat.pandoc ?? 'pandoc tidak terpasang'}; ${h.alat.soffice ?? 'LibreOffice tidak terpasang'}; ${h.alat.gnuTime ? 'RSS puncak dan CPU dari GNU time' : 'GNU time tidak terpasang: RSS puncak dan CPU tidak diukur'}.`,
    '',
  ];
  if (h.pesan.length > 0) out.push(...h.pesan.map((p) => `> ${p}`), '');
  out.push('## Target', '', '| target | batas | hasil | status | catatan |', '| --- | --- | --- | --- | --- |');
  for (const t of h.target) out.push(`| ${t.nama} | ${t.batas} | ${t.nilai} | ${t.status === 'tercapai' ? '✔ tercapai' : t.status === 'tidak tercapai' ? '✘ tidak tercapai' : 'tidak diukur'} | ${t.catatan} |`);
  out.push('', '## Masukan', '', '| masukan | dokumen | Pasal | BAB lampiran | sumber | Markdown (pandoc) | kata | revisi r1 |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const x of h.masukan) {
    const r = x.revisi;
    const rev = r ? `${r.diubah} diubah, ${r.ayatDisisipkan} ayat/butir disisipkan, ${r.ayatDihapus} ayat dihapus, ${r.pasalDisisipkan} Pasal disisipkan, ${r.pasalDipindah} dipindah, ${r.definisiDiubah} definisi, ${r.alineaDiubah} alinea pedoman` : '–';
    out.push(`| ${x.nama} | ${x.ids.join(', ')}${x.galat ? ` (dilewati: ${x.galat})` : ''} | ${x.pasal ?? '–'} | ${x.babLampiran ?? '–'} | ${kb(x.bytesSumber)} | ${kb(x.bytesMarkdown)} | ${x.kata.toLocaleString('id-ID')} | ${rev} |`);
  }
  out.push('', '## Bangun DOCX + PDF dari CLI (proses dingin) lawan pandoc + LibreOffice', '');
  out.push('| masukan | naskah waktu | naskah CPU | naskah RSS | halaman | pandoc md → docx | LibreOffice docx → pdf | pandoc + LO waktu | pandoc + LO RSS | halaman | rasio naskah / (pandoc + LO) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of h.bangun) {
    const [w, c, r] = routeCells(b.naskah);
    const p = b.pembanding;
    const notes = [b.galat, b.tanpaPdf.length > 0 ? `tanpa PDF di kedua rute: ${b.tanpaPdf.join(', ')}` : null].filter(Boolean);
    out.push(`| ${b.nama}${notes.length > 0 ? ` (${notes.join('; ')})` : ''} | ${w} | ${c} | ${r} | ${b.naskah.halaman ?? '–'} | ${p ? range(p.pandoc.wallMs) : '–'} | ${p ? range(p.libreoffice.wallMs) : '–'} | ${p ? range(p.total.wallMs) : '–'} | ${p ? mib(p.total.rssMiB) : '–'} | ${p?.halaman ?? '–'} | ${b.rasio ? `${formatNumber(b.rasio.median, 3)} (${formatNumber(b.rasio.min, 3)}–${formatNumber(b.rasio.max, 3)}; ${b.rasio.n} pasang)` : '–'} |`);
  }
  out.push('', '## Perintah lain (proses dingin)', '', '| masukan | perintah | waktu | RSS |', '| --- | --- | ---: | ---: |', ...commandRows(h.periksa), ...commandRows(h.diffCli));
  out.push('', '## diff dalam proses (pustaka src/diff)', '', '| masukan | muat IR A + B | panggilan pertama | median hangat | perubahan | catatan |', '| --- | ---: | ---: | ---: | ---: | --- |');
  for (const d of h.diffProses) out.push(`| ${d.nama} | ${d.muatMs.map((x) => formatTime(x)).join(' + ') || '–'} | ${formatTime(d.dinginMs)} | ${d.hangatMs.length > 0 ? formatTime(median(d.hangatMs)) : '–'} | ${d.perubahan ?? '–'} | ${d.tersedia ? (d.fungsi ?? '') : `belum tersedia: ${d.alasan ?? ''}`} |`);
  out.push('', '## Bangun ulang hangat dalam proses (Session.rebuild: periksa + PDF di memori; DOCX hanya atas permintaan)', '', '| masukan | pertama (dingin) | hangat, sumber sama | setelah ubah satu ayat | periksa | DOCX | PDF | tulis | RSS proses |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const w of h.hangat) {
    if (w.galat || !w.suntingan || !w.dingin || !w.hangatSama) { out.push(`| ${w.nama} | gagal: ${w.galat ?? '?'} | | | | | | | |`); continue; }
    const s = w.suntingan;
    const md = (k: 'muatMs' | 'docxMs' | 'pdfMs' | 'tulisMs' | 'totalMs'): string => formatTime(median(s.map((x) => x[k])));
    out.push(`| ${w.nama} | ${formatTime(w.dingin.totalMs)} | ${formatTime(median(w.hangatSama.map((x) => x.totalMs)))} | ${md('totalMs')} | ${md('muatMs')} | ${w.docxAtasPermintaanMs !== undefined ? `${formatTime(w.docxAtasPermintaanMs)} (atas permintaan)` : md('docxMs')} | ${md('pdfMs')} | ${md('tulisMs')} | ${formatNumber(w.rssMiB, 0)} MiB |`);
  }
  out.push('', '## `naskah check` hangat dalam proses (satu Session)', '', '| masukan | pertama (dingin) | hangat, sumber sama | CPU hangat | setelah naskah.yaml dokumen pertama disentuh | dimuat ulang |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const w of h.periksaHangat ?? []) {
    if (w.galat || !w.dingin || !w.hangatSama || !w.setelahSentuh) { out.push(`| ${w.nama} | gagal: ${w.galat ?? '?'} | | | | |`); continue; }
    out.push(`| ${w.nama} | ${formatTime(w.dingin.wallMs)} | ${formatTime(median(w.hangatSama.map((x) => x.wallMs)))} | ${formatTime(median(w.hangatSama.map((x) => x.cpuMs)))} | ${formatTime(median(w.setelahSentuh.map((x) => x.wallMs)))} | ${w.setelahSentuh[0]?.dimuatUlang ?? '–'} dokumen |`);
  }
  out.push('', 'Cara mengukur: setiap perintah CLI adalah proses `node` baru (start Node termasuk); waktu dinding dari `performance.now()` di sekitar `spawnSync`; RSS puncak dan CPU dari GNU time (`/usr/bin/time -f "%e %U %S %M"`); pandoc dan LibreOffice dijalankan bergantian dengan naskah, urutan dibalik tiap putaran, rasio dihitung per pasangan lalu diambil mediannya. Markdown untuk pandoc ditulis dari IR naskah (isi sama persis), dengan reference.docx F4 dan Bookman Old Style 12 pt. Lihat bench/README.md.', '');
  return out.join('\n');
}
