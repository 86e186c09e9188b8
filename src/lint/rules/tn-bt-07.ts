/**
 * TN-BT-07 — a Pasal split into ayat has at least two ayat.
 * Why: "(1)" alone is a common leftover after deleting an ayat.
 * Source: L2 angka 81 [V]; enforcement [P].
 */
import type { Rule } from '../types.js';

/** TN-BT-07, as registered in src/lint/registry.ts. */
export const tnBt07: Rule = {
  id: 'TN-BT-07',
  level: 'WARN',
  statement: 'Pasal yang dibagi dalam ayat memuat paling sedikit dua ayat.',
  source: 'L2 angka 81 [V]; [P]',
  explanation: 'Pasal dapat dirinci ke dalam beberapa ayat. Pasal dengan satu isi tidak diberi nomor ayat: tulis dengan `teks:` (bukan `ayat:` dengan satu butir).',
  correct: '- pasal: kedudukan\n  teks: SLRT berkedudukan di Dinas',
  incorrect: 'Pasal 7\n(1) SLRT berkedudukan di Dinas.',
  check(doc, report) {
    for (const p of doc.units.pasal) {
      if (p.ayat.length === 1 && p.ayat[0]!.label !== null) report({ place: { unit: p }, message: `${p.label} hanya memuat satu ayat bernomor.`, hint: 'Tulis isinya dengan `teks:` tanpa nomor ayat, atau tambahkan ayat lain.' });
    }
  },
};
