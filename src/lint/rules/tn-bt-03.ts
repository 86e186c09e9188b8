/**
 * TN-BT-03 — Paragraf is numbered in Arabic numerals ("Paragraf 1") and titled like a Bagian.
 * Why: same corrections as TN-BT-02, one level down.
 * Source: L2 angka 75–76.
 */
import type { Rule } from '../types.js';
import { judulTitleCase } from '../helpers/judul.js';

/** TN-BT-03, as registered in src/lint/registry.ts. */
export const tnBt03: Rule = {
  id: 'TN-BT-03',
  level: 'ERROR',
  statement: 'Paragraf bernomor angka Arab (Paragraf 1); judulnya huruf awal kapital kecuali kata tugas.',
  source: 'L2 angka 75–76',
  explanation: 'Paragraf diberi nomor urut dengan angka Arab ("Paragraf 1", dihitung naskah) dan judulnya ditulis seperti judul Bagian: huruf awal kapital pada setiap kata kecuali kata tugas yang tidak terletak di awal.',
  correct: '- paragraf: Susunan Organisasi',
  incorrect: '- paragraf: SUSUNAN ORGANISASI',
  check(doc, report) {
    for (const t of doc.textsOf('judul-paragraf')) judulTitleCase(t, 'Paragraf', report);
    for (const [unit] of doc.units.parents) {
      if (unit.kind === 'paragraf' && !/^Paragraf \d+$/.test(unit.label)) report({ place: { unit }, message: `Nomor Paragraf tertulis "${unit.label}".`, hint: 'Paragraf dinomori dengan angka Arab: "Paragraf 1".' });
    }
  },
};
