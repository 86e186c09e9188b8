/**
 * TN-BT-15 — delegation inside the regulation: concrete decisions are "ditetapkan dengan Keputusan Bupati",
 * further general rules "diatur dengan Peraturan Bupati"; never "akan diatur kemudian".
 * Why: mixing the two verbs and open-ended "akan diatur kemudian" are routine corrections.
 * Source: L2 §II (pendelegasian kewenangan) [R].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const SALAH: readonly [RegExp, string, string][] = [
  [/\bakan\s+diatur\s+(?:kemudian|tersendiri)\b/g, 'Delegasi "akan diatur kemudian" tidak menyebut jenis peraturannya.', 'Tulis "diatur dengan Peraturan Bupati" atau "ditetapkan dengan Keputusan Bupati".'],
  [/\bdiatur\s+(?:lebih\s+lanjut\s+)?dengan\s+Keputusan\s+(?:Bupati|Wali\s+Kota)\b/g, 'Keputusan dipakai untuk "mengatur".', 'Keputusan Bupati "menetapkan" hal konkret: tulis "ditetapkan dengan Keputusan Bupati", atau "diatur dengan Peraturan Bupati" untuk aturan umum.'],
  [/\bditetapkan\s+(?:lebih\s+lanjut\s+)?dengan\s+Peraturan\s+(?:Bupati|Wali\s+Kota)\b/g, 'Peraturan Bupati dipakai untuk "menetapkan".', 'Aturan umum "diatur dengan Peraturan Bupati"; hal konkret "ditetapkan dengan Keputusan Bupati".'],
];

/** TN-BT-15, as registered in src/lint/registry.ts. */
export const tnBt15: Rule = {
  id: 'TN-BT-15',
  level: 'WARN',
  statement: 'Delegasi: "ditetapkan dengan Keputusan Bupati" (hal konkret), "diatur dengan Peraturan Bupati" (aturan umum).',
  source: 'L2 §II pendelegasian kewenangan [R]',
  explanation: 'Pendelegasian menyebut dengan tegas jenis peraturan yang menerima delegasi. Hal yang konkret dan individual (susunan keanggotaan, lokasi) "ditetapkan dengan Keputusan Bupati"; aturan lebih lanjut yang bersifat umum "diatur dengan Peraturan Bupati". Rumusan "akan diatur kemudian" tidak dipakai.',
  correct: 'Susunan keanggotaan SLRT ditetapkan dengan Keputusan Bupati.',
  incorrect: 'Susunan keanggotaan SLRT akan diatur kemudian.',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const [re, message, hint] of SALAH) {
        for (const m of matches(re, t.masked)) report({ place: { text: t, index: m.index, length: m[0].length }, message, hint });
      }
    }
  },
};
