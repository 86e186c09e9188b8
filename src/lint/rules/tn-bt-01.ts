/**
 * TN-BT-01 — BAB is numbered in Roman numerals ("BAB II") and its title is in capitals, without
 * punctuation.
 * Why: the number is generated; the title is typed, and lower-case or punctuated titles are common.
 * Source: L2 angka 72.
 */
import { caseFix, replaceFix } from '../helpers/edits.js';
import { isAllCaps } from '../words.js';
import type { Rule } from '../types.js';

/** TN-BT-01, as registered in src/lint/registry.ts. */
export const tnBt01: Rule = {
  id: 'TN-BT-01',
  level: 'ERROR',
  statement: 'BAB bernomor angka Romawi; judul BAB ditulis huruf kapital tanpa tanda baca.',
  source: 'L2 angka 72',
  explanation: 'BAB diberi nomor urut dengan angka Romawi ("BAB II", dihitung naskah) dan judul BAB ditulis seluruhnya dengan huruf kapital pada baris berikutnya, di tengah, tanpa tanda baca. Jangan mengetik kata BAB atau nomornya dalam judul.',
  correct: '- bab: PENYELENGGARAAN SLRT',
  incorrect: '- bab: Penyelenggaraan SLRT:',
  check(doc, report) {
    for (const t of doc.textsOf('judul-bab')) {
      const typed = /^\s*BAB\s+[IVXLCDM\d]+\b\s*[:.-]?\s*/i.exec(t.value);
      if (typed) report({ place: { text: t, index: typed.index, length: typed[0].length }, message: `Judul BAB memuat nomornya sendiri ("${typed[0].trim()}").`, hint: 'Hapus kata BAB dan nomornya; naskah menomori BAB.', fix: replaceFix(t, typed.index, typed[0].length, '', 'hapus nomor BAB yang diketik') });
      if (!isAllCaps(t.value)) report({ place: { text: t }, message: `Judul BAB "${t.value.trim()}" tidak ditulis dengan huruf kapital.`, hint: `Tulis "${t.value.trim().toUpperCase()}".`, fix: caseFix(t, 0, t.value.toUpperCase(), 'tulis judul BAB dengan huruf kapital') });
      const end = /\s*[.,;:]+\s*$/.exec(t.value);
      if (end) report({ place: { text: t, index: end.index, length: end[0].length }, message: `Judul BAB diakhiri tanda baca "${end[0].trim()}".`, hint: 'Hapus tanda baca di akhir judul.', fix: replaceFix(t, end.index, end[0].length, '', 'hapus tanda baca di akhir judul BAB') });
    }
    for (const bab of doc.units.bab) {
      if (!/^BAB [IVXLCDM]+$/.test(bab.label)) report({ place: { unit: bab }, message: `Nomor BAB tertulis "${bab.label}".`, hint: 'BAB dinomori "BAB" dan angka Romawi.' });
    }
  },
};
