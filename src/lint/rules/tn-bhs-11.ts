/**
 * TN-BHS-11 — dates: day without a leading zero and the month in words, "1 Juli 2025".
 * Why: "01 Juli 2025", "1/7/2025" and ISO dates in text are corrected.
 * Source: [P].
 */
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { MONTHS, matches } from '../words.js';
import type { Rule } from '../types.js';

const WRONG_DATE = new RegExp(`\\b(?:0\\d (?:${MONTHS.join('|')})\\b|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\d{4}-\\d{2}-\\d{2}\\b)`, 'g');

/** TN-BHS-11, as registered in src/lint/registry.ts. */
export const tnBhs11: Rule = {
  id: 'TN-BHS-11',
  level: 'WARN',
  statement: 'Tanggal ditulis tanpa angka nol di depan dan dengan nama bulan: 1 Juli 2025.',
  source: '[P]',
  explanation: 'Tanggal dalam teks peraturan ditulis dengan angka hari tanpa nol di depan, nama bulan dengan huruf, dan tahun empat angka: "1 Juli 2025". Bentuk "01 Juli 2025", "1/7/2025", atau "2025-07-01" tidak dipakai dalam teks.',
  correct: 'sejak tanggal 1 Juli 2025',
  incorrect: 'sejak tanggal 01/07/2025',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(WRONG_DATE, t.masked)) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Tanggal ditulis "${m[0]}".`, hint: 'Tulis hari tanpa nol, nama bulan, dan tahun: "1 Juli 2025".' });
    }
  },
};
