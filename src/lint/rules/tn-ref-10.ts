/**
 * TN-REF-10 — a reference chain goes from the larger unit to the smaller ("Pasal 5 ayat (2) huruf b angka
 * 3"); references to another regulation in the batang tubuh carry no Lembaran/Berita data.
 * Why: "ayat (2) Pasal 5" and LN numbers copied into norms are routine corrections.
 * Source: L2 §III.C [R].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-REF-10, as registered in src/lint/registry.ts. */
export const tnRef10: Rule = {
  id: 'TN-REF-10',
  level: 'ERROR',
  statement: 'Rujukan berurutan dari unsur besar ke kecil (Pasal › ayat › huruf › angka); rujukan ke peraturan lain tanpa data Lembaran/Berita.',
  source: 'L2 §III.C [R]',
  explanation: 'Rujukan disusun dari unsur yang lebih besar ke yang lebih kecil: "Pasal 5 ayat (2) huruf b angka 3". Rujukan ke peraturan lain dalam batang tubuh menyebut jenis, nomor, tahun, dan namanya tanpa data Lembaran Negara atau Berita Negara (kecuali dalam rumusan pencabutan).',
  correct: 'sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf b',
  incorrect: 'sebagaimana dimaksud dalam huruf b ayat (2) Pasal 5',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\b(?:angka \d+ (?:huruf|ayat|Pasal)|huruf [a-z] (?:ayat|Pasal)|ayat \(\d+[a-z]?\) Pasal) /g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Rujukan "${m[0].trim()}" tidak berurutan dari unsur besar ke kecil.`, hint: 'Tulis Pasal › ayat › huruf › angka, mis. "Pasal 5 ayat (2) huruf b".' });
      }
      if (/\bdicabut\b/.test(t.masked)) continue;
      for (const m of matches(/\((?:Lembaran|Berita) (?:Negara|Daerah)\b[^)]*\)/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Rujukan ke peraturan lain dalam batang tubuh memuat data Lembaran/Berita.', hint: 'Hapus data pengundangan; cukup jenis, nomor, tahun, dan nama peraturan.' });
      }
    }
  },
};
