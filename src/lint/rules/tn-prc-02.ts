/**
 * TN-PRC-02 — a Perbup number is a plain integer per calendar year ("NOMOR 12 TAHUN 2025"), and the year is
 * the year of penetapan.
 * Why: guards the title line; a year copied from the previous draft is a real risk at final.
 * Source: P80 (perkada "nomor bulat") [R].
 */
import type { Rule } from '../types.js';

/** TN-PRC-02, as registered in src/lint/registry.ts. */
export const tnPrc02: Rule = {
  id: 'TN-PRC-02',
  level: 'ERROR',
  statement: 'Nomor Peraturan Bupati berupa bilangan bulat per tahun, dan tahunnya tahun penetapan.',
  source: 'P80 [R]',
  explanation: 'Peraturan Bupati diberi nomor bulat berurutan dalam satu tahun kalender oleh Bagian Hukum sesudah ditandatangani: "NOMOR 12 TAHUN 2025". Tahun pada judul sama dengan tahun tanggal penetapan.',
  correct: 'nomor: 12\ntahun: 2025\nditetapkan: 2025-07-01',
  incorrect: 'nomor: 12\ntahun: 2024\nditetapkan: 2025-07-01',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const line = doc.ir.judul.baris.find((b) => /^NOMOR\b/.test(b)) ?? '';
    if (!/^NOMOR (?:\d+|\.\.\.) TAHUN (?:\d{4}|\.\.\.)$/.test(line)) report({ place: doc.source ? { path: ['nomor'] } : { unit: null }, message: `Baris nomor judul tertulis "${line}".`, hint: 'Nomor Peraturan Bupati berbentuk "NOMOR <bilangan> TAHUN <tahun>".' });
    const data = (doc.source?.data ?? {}) as { tahun?: unknown; ditetapkan?: unknown };
    if (typeof data.tahun === 'number' && typeof data.ditetapkan === 'string' && data.ditetapkan.slice(0, 4) !== String(data.tahun)) {
      report({ place: { path: ['tahun'] }, message: `Tahun ${data.tahun} berbeda dengan tahun penetapan ${data.ditetapkan}.`, hint: 'Tahun Peraturan Bupati adalah tahun tanggal penetapannya.' });
    }
  },
};
