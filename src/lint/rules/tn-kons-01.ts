/**
 * TN-KONS-01 — the konsiderans is labelled "Menimbang" and has at least one item.
 * Why: guards the generated label column.
 * Source: L2 §I.B.3.
 */
import type { Rule } from '../types.js';

/** TN-KONS-01, as registered in src/lint/registry.ts. */
export const tnKons01: Rule = {
  id: 'TN-KONS-01',
  level: 'ERROR',
  statement: 'Konsiderans diawali kata Menimbang dan memuat paling sedikit satu pertimbangan.',
  source: 'L2 §I.B.3',
  explanation: 'Konsiderans diawali dengan kata "Menimbang" yang diikuti tanda titik dua pada kolom label, lalu pokok-pokok pikiran yang menjadi pertimbangan dan alasan pembentukan peraturan.',
  correct: 'Menimbang : a. bahwa …;',
  incorrect: 'Menimbang tidak ada, atau "Mempertimbangkan :"',
  check(doc, report) {
    const m = doc.ir.pembukaan.menimbang;
    if (m.label !== 'Menimbang') report({ place: { path: ['menimbang'], key: true }, message: `Label konsiderans tertulis "${m.label}".`, hint: 'Label konsiderans adalah "Menimbang".' });
    if (m.butir.length === 0) report({ place: { path: ['menimbang'], key: true }, message: 'Konsiderans tidak memuat pertimbangan.', hint: 'Tulis paling sedikit satu pertimbangan yang diawali "bahwa".' });
  },
};
