/**
 * TN-STRUCT-02 — a Peraturan Bupati contains no ketentuan pidana (no BAB/Bagian on it, no criminal
 * sanction in a norm).
 * Why: only Undang-Undang and Perda may carry criminal provisions.
 * Source: L2 angka 62; UU 12/2011 Pasal 15 ayat (1).
 */
import { matches } from '../words.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import type { Rule } from '../types.js';

const PIDANA = /\b(?:dipidana|pidana\s+(?:penjara|kurungan|denda)|ketentuan\s+pidana)\b/giu;

/** TN-STRUCT-02, as registered in src/lint/registry.ts. */
export const tnStruct02: Rule = {
  id: 'TN-STRUCT-02',
  level: 'ERROR',
  statement: 'Peraturan Bupati tidak memuat ketentuan pidana.',
  source: 'L2 angka 62; UU 12/2011 Pasal 15 ayat (1)',
  explanation: 'Menurut Pasal 15 ayat (1) UU 12/2011, materi muatan ketentuan pidana hanya dapat dimuat dalam Undang-Undang dan Peraturan Daerah. Peraturan Bupati tidak boleh memuat BAB atau Bagian KETENTUAN PIDANA maupun ancaman pidana dalam norma; sanksi yang tersedia adalah sanksi administratif.',
  correct: 'BAB VIII\nSANKSI ADMINISTRATIF',
  incorrect: 'BAB VIII\nKETENTUAN PIDANA',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    for (const t of doc.textsOf('judul-bab', 'judul-bagian', 'judul-paragraf')) {
      if (/pidana/i.test(t.value)) report({ place: { text: t }, message: `Judul "${t.value.trim()}" memuat ketentuan pidana, yang tidak boleh ada dalam Peraturan Bupati.`, hint: 'Hapus BAB/Bagian ini atau ganti dengan sanksi administratif; ketentuan pidana hanya dalam Undang-Undang atau Peraturan Daerah.' });
    }
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(PIDANA, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Norma memuat ancaman pidana ("${m[0]}"), yang tidak boleh ada dalam Peraturan Bupati.`, hint: 'Gunakan sanksi administratif; ketentuan pidana hanya dalam Undang-Undang atau Peraturan Daerah.' });
      }
    }
  },
};
