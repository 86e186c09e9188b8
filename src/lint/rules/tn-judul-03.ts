/**
 * TN-JUDUL-03 — no abbreviation or acronym is added to the name of the regulation.
 * Why: "(SLRT)" after the name is a common drafting habit Bagian Hukum strikes.
 * Source: L2 §I.A (TJ-Kumham p. 139 item e).
 */
import { isAbbreviation, matches, ABBREVIATION } from '../words.js';
import type { Rule } from '../types.js';

/** TN-JUDUL-03, as registered in src/lint/registry.ts. */
export const tnJudul03: Rule = {
  id: 'TN-JUDUL-03',
  level: 'ERROR',
  statement: 'Nama peraturan tidak memuat singkatan atau akronim.',
  source: 'L2 §I.A; TJ-Kumham hlm. 139 butir e',
  explanation: 'Nama peraturan dalam judul ditulis lengkap tanpa singkatan atau akronim, termasuk singkatan dalam kurung di belakang nama. Singkatan diperkenalkan dalam Ketentuan Umum (Pasal 1), bukan dalam judul.',
  correct: 'tentang: Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu',
  incorrect: 'tentang: Sistem Layanan dan Rujukan Terpadu (SLRT)',
  check(doc, report) {
    for (const t of doc.textsOf('tentang')) {
      for (const m of matches(/\([^)]*\)/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Nama peraturan memuat keterangan dalam kurung ${m[0]}.`, hint: 'Hapus keterangan dalam kurung; singkatan didefinisikan dalam Pasal 1.' });
      }
      for (const m of matches(ABBREVIATION, t.masked.replace(/\([^)]*\)/g, (s) => ' '.repeat(s.length)))) {
        if (isAbbreviation(m[0])) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Nama peraturan memuat singkatan "${m[0]}".`, hint: 'Tulis kepanjangannya; singkatan didefinisikan dalam Pasal 1.' });
      }
    }
  },
};
