/**
 * TN-KU-02 — the definitions open with "Dalam Peraturan Bupati ini yang dimaksud dengan:".
 * Why: guards the generated opening phrase.
 * Source: L2 §I.C.1 [R].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KU-02, as registered in src/lint/registry.ts. */
export const tnKu02: Rule = {
  id: 'TN-KU-02',
  level: 'ERROR',
  statement: 'Definisi diawali "Dalam Peraturan Bupati ini yang dimaksud dengan:".',
  source: 'L2 §I.C.1 [R]',
  explanation: 'Frasa pembuka ketentuan umum disesuaikan dengan jenis peraturannya: "Dalam Peraturan Bupati ini yang dimaksud dengan:" tanpa koma dan diakhiri titik dua. naskah membuat frasa ini untuk Pasal dengan `definisi:`.',
  correct: 'Dalam Peraturan Bupati ini yang dimaksud dengan:',
  incorrect: 'Dalam Peraturan ini, yang dimaksud dengan :',
  check(doc, report) {
    const expected = `Dalam ${doc.jenisPeraturan} ini yang dimaksud dengan:`;
    for (const p of doc.units.pasal) {
      for (const a of p.ayat) {
        if (!a.rincian.some((r) => r.definisi !== null)) continue;
        const text = runsText(a.isi).replace(/\s+/g, ' ').trim();
        if (text !== expected) report({ place: { unit: a }, message: `Frasa pembuka definisi tertulis "${text}".`, hint: `Seharusnya "${expected}".` });
      }
    }
  },
};
