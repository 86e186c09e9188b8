/**
 * TN-KONS-04 — a konsiderans with a single pertimbangan carries no letter.
 * Why: guards the labels of a one-item konsiderans.
 * Source: L2 §I.B.3 (single-consideration pattern) [R].
 */
import type { Rule } from '../types.js';

/** TN-KONS-04, as registered in src/lint/registry.ts. */
export const tnKons04: Rule = {
  id: 'TN-KONS-04',
  level: 'WARN',
  statement: 'Konsiderans yang hanya memuat satu pertimbangan tidak diberi huruf.',
  source: 'L2 §I.B.3 [R]; Perwal Probolinggo 165/2020 [P]',
  explanation: 'Bila konsiderans hanya terdiri atas satu pertimbangan, pertimbangan itu tidak diberi huruf dan memuat sendiri alasan serta rumusan "perlu menetapkan …". Bila ada dua pertimbangan atau lebih, setiap butir diberi huruf a., b., … (naskah menambahkan butir penutup berhuruf secara otomatis).',
  correct: 'Menimbang : bahwa untuk melaksanakan ketentuan Pasal 5 huruf c Peraturan Menteri Sosial Nomor 15 Tahun 2018 …, perlu menetapkan Peraturan Bupati tentang …;',
  incorrect: 'Menimbang : a. bahwa untuk melaksanakan … (satu-satunya butir, tetapi berhuruf)',
  check(doc, report) {
    const butir = doc.ir.pembukaan.menimbang.butir;
    if (butir.length === 1 && butir[0]!.label !== '') report({ place: { unit: butir[0]! }, message: `Satu-satunya pertimbangan diberi huruf "${butir[0]!.label}".`, hint: 'Pertimbangan tunggal ditulis tanpa huruf.' });
  },
};
