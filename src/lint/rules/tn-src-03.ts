/**
 * TN-SRC-03 — a Keputusan is concrete, individual and final (beschikking); a general, abstract norm
 * ("setiap … wajib …") belongs in a Perbup.
 * Why: regulating norms slip into decrees; the wording that betrays them is mechanical to spot.
 * Source: UU 12/2011 Pasal 100 [V].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-SRC-03, as registered in src/lint/registry.ts. */
export const tnSrc03: Rule = {
  id: 'TN-SRC-03',
  level: 'WARN',
  statement: 'Keputusan bersifat konkret, individual, final; norma umum ("setiap … wajib …") diatur dalam Peraturan Bupati.',
  source: 'UU 12/2011 Pasal 100 [V]',
  explanation: 'Keputusan Bupati menetapkan hal yang konkret dan individual (menetapkan susunan keanggotaan yang didelegasikan Peraturan Bupati, menunjuk pejabat). Rumusan yang mengatur secara umum, seperti "setiap orang/Desa wajib …" atau "dilarang …", merupakan norma pengaturan yang harus dimuat dalam Peraturan Bupati.',
  correct: 'KESATU : Menetapkan susunan keanggotaan SLRT Kabupaten Purwakarta …',
  incorrect: 'KEDUA : Setiap Desa wajib membentuk Puskesos.',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\b[Ss]etiap\s+(?:orang|warga|penduduk|[Dd]esa|[Kk]elurahan|badan|[Pp]erangkat\s+[Dd]aerah)\b[^;.:]*?\b(?:wajib|dilarang)\b|\b[Dd]ilarang\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Diktum memuat norma pengaturan umum ("${m[0]}").`, hint: 'Keputusan menetapkan hal konkret; norma umum diatur dalam Peraturan Bupati.' });
      }
    }
  },
};
