/**
 * TN-NUM-03 — unit words: "BAB" in capitals, "Bagian", "Paragraf", "Pasal" with an initial capital in
 * headings; in running text "Pasal" capitalised, "ayat", "huruf", "angka" in lower case.
 * Why: guards the generated labels and reference phrases.
 * Source: L2 angka 72–84.
 */
import type { Rule } from '../types.js';

/** TN-NUM-03, as registered in src/lint/registry.ts. */
export const tnNum03: Rule = {
  id: 'TN-NUM-03',
  level: 'ERROR',
  statement: 'Kata unsur: BAB kapital; Bagian, Paragraf, Pasal berhuruf awal kapital; ayat, huruf, angka huruf kecil dalam rujukan.',
  source: 'L2 angka 72–84',
  explanation: 'Pada judul unsur, "BAB" ditulis kapital seluruhnya, "Bagian", "Paragraf", dan "Pasal" dengan huruf awal kapital. Dalam rujukan, "Pasal" berhuruf awal kapital sedangkan "ayat", "huruf", dan "angka" ditulis dengan huruf kecil.',
  correct: 'sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a',
  incorrect: 'sebagaimana dimaksud dalam pasal 5 Ayat (2) Huruf a',
  check(doc, report) {
    for (const [unit] of doc.units.parents) {
      const word = unit.label.split(' ')[0] ?? '';
      const expected = { bab: 'BAB', bagian: 'Bagian', paragraf: 'Paragraf', pasal: 'Pasal' }[unit.kind];
      if (word !== expected) report({ place: { unit }, message: `Label "${unit.label}" tidak diawali "${expected}".`, hint: `Tulis "${expected}".` });
    }
    for (const use of doc.units.refs) {
      const bad = /\b(?:pasal \d|PASAL \d|Ayat \(|AYAT \(|Huruf [a-z]\b|Angka \d)/.exec(use.ref.text);
      if (bad) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan "${use.ref.text}" memakai huruf kapital yang salah ("${bad[0]}").`, hint: '"Pasal" berhuruf awal kapital; "ayat", "huruf", "angka" huruf kecil.' });
    }
  },
};
