/**
 * TN-PEMB-01 — a Peraturan opens with "DENGAN RAHMAT TUHAN YANG MAHA ESA" in capitals, without punctuation.
 * Why: guards the generated frasa.
 * Source: L2 §I.B.1.
 */
import type { Rule } from '../types.js';

const FRASA = 'DENGAN RAHMAT TUHAN YANG MAHA ESA';

/** TN-PEMB-01, as registered in src/lint/registry.ts. */
export const tnPemb01: Rule = {
  id: 'TN-PEMB-01',
  level: 'ERROR',
  statement: 'Peraturan diawali frasa DENGAN RAHMAT TUHAN YANG MAHA ESA, huruf kapital, tanpa tanda baca.',
  source: 'L2 §I.B.1',
  explanation: 'Pembukaan Peraturan Bupati diawali frasa "DENGAN RAHMAT TUHAN YANG MAHA ESA" yang ditulis seluruhnya dengan huruf kapital, diletakkan di tengah, tanpa tanda baca. Keputusan tidak memakai frasa ini (TN-KEP-04).',
  correct: 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
  incorrect: 'Dengan Rahmat Tuhan Yang Maha Esa,',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const frasa = doc.ir.pembukaan.frasa;
    if (frasa !== FRASA) report({ place: { unit: null }, message: frasa ? `Frasa pembukaan tertulis "${frasa}".` : 'Frasa DENGAN RAHMAT TUHAN YANG MAHA ESA tidak ada.', hint: `Tulis persis "${FRASA}".` });
  },
};
