/**
 * TN-BT-13 — a revocation reads "…, dicabut dan dinyatakan tidak berlaku."
 * Why: "dinyatakan tidak berlaku lagi" or "dicabut" alone are routine corrections.
 * Source: L2 §II (pencabutan) [R]; UU 12/2011 Pasal 102 as model [V].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import type { Rule } from '../types.js';

const MENCABUT = /\b(?:Peraturan|Keputusan)\s+(?:Bupati|Wali\s+Kota|Daerah)\b[^§]*?\bNomor\b[^§]*?\b(?:dicabut|dinyatakan\s+tidak\s+berlaku)\b/;

/** TN-BT-13, as registered in src/lint/registry.ts. */
export const tnBt13: Rule = {
  id: 'TN-BT-13',
  level: 'ERROR',
  statement: 'Pencabutan berbunyi "…, dicabut dan dinyatakan tidak berlaku."',
  source: 'L2 §II pencabutan [R]; UU 12/2011 Pasal 102 [V]',
  explanation: 'Peraturan yang dicabut disebut lengkap (jenis, nomor, tahun, nama, dan data Berita Daerahnya) dan diikuti frasa "dicabut dan dinyatakan tidak berlaku". Frasa lain seperti "dinyatakan tidak berlaku lagi" atau "dicabut" saja tidak dipakai.',
  correct: 'Pada saat Peraturan Bupati ini mulai berlaku, Peraturan Bupati Purwakarta Nomor 5 Tahun 2019 tentang … (Berita Daerah Kabupaten Purwakarta Tahun 2019 Nomor 5), dicabut dan dinyatakan tidak berlaku.',
  incorrect: '… Peraturan Bupati Purwakarta Nomor 5 Tahun 2019 tentang … dinyatakan tidak berlaku lagi.',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      const m = MENCABUT.exec(t.masked);
      if (m && !/\bdicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku\b(?!\s+lagi)/.test(t.masked)) report({ place: { text: t }, message: 'Rumusan pencabutan tidak baku.', hint: 'Tulis "…, dicabut dan dinyatakan tidak berlaku".' });
    }
  },
};
