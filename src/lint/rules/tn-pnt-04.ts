/**
 * TN-PNT-04 — the closing line "BERITA DAERAH KABUPATEN … TAHUN … NOMOR …" in capitals, without "Noreg".
 * Why: guards the generated line (register numbers are for Perda only).
 * Source: L2 §I.D [R]; P80 [R].
 */
import type { Rule } from '../types.js';

/** TN-PNT-04, as registered in src/lint/registry.ts. */
export const tnPnt04: Rule = {
  id: 'TN-PNT-04',
  level: 'ERROR',
  statement: 'Baris penutup: BERITA DAERAH KABUPATEN … TAHUN … NOMOR …, huruf kapital, tanpa Noreg.',
  source: 'L2 §I.D [R]; P80 [R]',
  explanation: 'Peraturan Bupati diakhiri baris "BERITA DAERAH KABUPATEN <NAMA> TAHUN <tahun> NOMOR <nomor>" dengan huruf kapital, rata kiri. Nomor register (Noreg) hanya untuk Peraturan Daerah. Nomor Berita Daerah diberikan saat pengundangan dan tidak harus sama dengan nomor Peraturan Bupati.',
  correct: 'BERITA DAERAH KABUPATEN PURWAKARTA TAHUN 2025 NOMOR 27',
  incorrect: 'BERITA DAERAH KABUPATEN PURWAKARTA TAHUN 2025 NOMOR 27 NOREG 5/2025',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const line = doc.ir.penutup.beritaDaerah;
    const expected = new RegExp(`^BERITA DAERAH ${doc.region.namaDaerah.toUpperCase()} TAHUN (?:\\d{4}|\\.\\.\\.) NOMOR (?:\\d+|\\.\\.\\.)$`);
    if (!line || !expected.test(line)) report({ place: doc.source ? { path: ['berita_daerah'] } : { unit: null }, message: `Baris Berita Daerah tertulis "${line ?? ''}".`, hint: `Tulis "BERITA DAERAH ${doc.region.namaDaerah.toUpperCase()} TAHUN … NOMOR …".` });
    else if (doc.ir.status === 'final' && line.includes('...')) report({ place: doc.source ? { path: ['berita_daerah'] } : { unit: null }, message: 'Dokumen final belum memuat tahun atau nomor Berita Daerah.', hint: 'Isi `diundangkan` dan `berita_daerah`.' });
  },
};
