/**
 * TN-BT-02 — Bagian is numbered in ordinal words ("Bagian Kesatu", never "Pertama") and its title is in
 * title case: every word capitalised except particles not at the start.
 * Why: "Tugas Dan Fungsi" and titles in capitals are routine corrections.
 * Source: L2 angka 73–74.
 */
import { judulTitleCase } from '../helpers/judul.js';
import type { Rule } from '../types.js';

/** TN-BT-02, as registered in src/lint/registry.ts. */
export const tnBt02: Rule = {
  id: 'TN-BT-02',
  level: 'ERROR',
  statement: 'Bagian bernomor kata urutan (Bagian Kesatu); judulnya huruf awal kapital kecuali kata tugas.',
  source: 'L2 angka 73–74',
  explanation: 'Bagian diberi nomor urut dengan bilangan tingkat yang ditulis dengan huruf ("Bagian Kesatu", "Bagian Kedua", bukan "Bagian Pertama"; dihitung naskah). Judul Bagian ditulis dengan huruf awal kapital pada setiap kata, kecuali kata tugas seperti "dan", "di", "untuk", "yang" yang tidak terletak di awal; judul tidak ditulis seluruhnya dengan huruf kapital.',
  correct: '- bagian: Tugas dan Fungsi',
  incorrect: '- bagian: Tugas Dan Fungsi',
  check(doc, report) {
    for (const t of doc.textsOf('judul-bagian')) judulTitleCase(t, 'Bagian', report);
    for (const [unit] of doc.units.parents) {
      if (unit.kind === 'bagian' && !/^Bagian Ke[a-z]+(?: [A-Z][a-z]+)*$/.test(unit.label)) report({ place: { unit }, message: `Nomor Bagian tertulis "${unit.label}".`, hint: 'Bagian dinomori dengan kata urutan: "Bagian Kesatu", "Bagian Kedua", ….' });
    }
  },
};
