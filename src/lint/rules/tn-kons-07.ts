/**
 * TN-KONS-07 — every konsiderans item ends with ";", the last one too.
 * Why: guards the generated punctuation (a final "." is a classic mistake).
 * Source: L2 §I.B.3 examples.
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KONS-07, as registered in src/lint/registry.ts. */
export const tnKons07: Rule = {
  id: 'TN-KONS-07',
  level: 'ERROR',
  statement: 'Setiap butir Menimbang, termasuk yang terakhir, diakhiri titik koma.',
  source: 'L2 §I.B.3 (contoh)',
  explanation: 'Setiap pertimbangan dalam konsiderans diakhiri tanda titik koma (;), termasuk butir terakhir; tidak ada yang diakhiri titik atau koma. naskah menambahkannya sendiri: jangan mengetik tanda baca akhir.',
  correct: 'c. bahwa berdasarkan pertimbangan …, perlu menetapkan Peraturan Bupati tentang …;',
  incorrect: 'c. bahwa berdasarkan pertimbangan …, perlu menetapkan Peraturan Bupati tentang ….',
  check(doc, report) {
    for (const b of doc.ir.pembukaan.menimbang.butir) {
      const text = runsText(b.isi).trimEnd();
      if (!text.endsWith(';') || /;\s*(?:dan|atau)$/.test(text)) report({ place: { unit: b }, message: `Pertimbangan ${b.label || ''} tidak diakhiri titik koma: "…${text.slice(-20)}".`, hint: 'Setiap pertimbangan diakhiri ";".' });
    }
  },
};
