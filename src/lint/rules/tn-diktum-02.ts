/**
 * TN-DIKTUM-02 — after MEMUTUSKAN comes "Menetapkan" with one text in the label column.
 * Why: guards the generated Menetapkan line.
 * Source: L2 §I.B.5 [R].
 */
import type { Rule } from '../types.js';

/** TN-DIKTUM-02, as registered in src/lint/registry.ts. */
export const tnDiktum02: Rule = {
  id: 'TN-DIKTUM-02',
  level: 'ERROR',
  statement: 'Sesudah MEMUTUSKAN: ada baris "Menetapkan :" sejajar dengan Menimbang dan Mengingat.',
  source: 'L2 §I.B.5 [R]',
  explanation: 'Baris sesudah MEMUTUSKAN: diawali kata "Menetapkan" (huruf awal kapital) dengan titik dua pada kolom label yang sama dengan Menimbang dan Mengingat, diikuti nama peraturan yang ditetapkan.',
  correct: 'Menetapkan : PERATURAN BUPATI TENTANG …',
  incorrect: 'MENETAPKAN: PERATURAN BUPATI TENTANG …',
  check(doc, report) {
    const m = doc.ir.pembukaan.menetapkan;
    if (m.label !== 'Menetapkan') report({ place: { unit: null }, message: `Label penetapan tertulis "${m.label}".`, hint: 'Label penetapan adalah "Menetapkan".' });
    if (m.butir.length !== 1) report({ place: { unit: null }, message: `Menetapkan memuat ${m.butir.length} butir.`, hint: 'Menetapkan memuat tepat satu nama peraturan.' });
  },
};
