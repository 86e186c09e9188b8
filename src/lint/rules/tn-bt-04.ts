/**
 * TN-BT-04 — Pasal are numbered in Arabic numerals, continuously through the whole regulation.
 * Why: guards the numbering against restarting per BAB.
 * Source: L2 angka 79 [V]; continuity [R].
 */
import type { Rule } from '../types.js';

/** TN-BT-04, as registered in src/lint/registry.ts. */
export const tnBt04: Rule = {
  id: 'TN-BT-04',
  level: 'ERROR',
  statement: 'Pasal bernomor angka Arab berurutan di seluruh peraturan (tidak diulang per BAB).',
  source: 'L2 angka 79',
  explanation: 'Pasal diberi nomor urut dengan angka Arab dan huruf awal kata "Pasal" ditulis kapital. Penomoran berlanjut di seluruh batang tubuh dan tidak dimulai lagi pada setiap BAB. naskah menomori Pasal; aturan ini menjaga hasilnya.',
  correct: 'BAB I: Pasal 1, Pasal 2; BAB II: Pasal 3',
  incorrect: 'BAB I: Pasal 1, Pasal 2; BAB II: Pasal 1',
  check(doc, report) {
    doc.units.pasal.forEach((p, i) => {
      if (p.label !== `Pasal ${i + 1}`) report({ place: { unit: p }, message: `Pasal ke-${i + 1} dalam urutan dokumen bernomor "${p.label}".`, hint: `Seharusnya "Pasal ${i + 1}"; Pasal dinomori berurutan di seluruh peraturan.` });
    });
  },
};
