/**
 * TN-BHS-08 — limits are "paling singkat"/"paling lama" (time) and "paling sedikit"/"paling banyak"
 * (amount); not "selambat-lambatnya", "sekurang-kurangnya", "maksimal", "minimal".
 * Why: the old forms are corrected in every review; `--fix` replaces the unambiguous ones, and leaves
 * "maksimal"/"minimal" (time or amount?) to the drafter.
 * Source: L2 §III.B butir 1–2 (DPR-Manual p. 301).
 */
import { replaceFix } from '../helpers/edits.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const PRECISE: Readonly<Record<string, string>> = {
  'selambat-lambatnya': 'paling lama', 'paling lambat': 'paling lama', 'secepat-cepatnya': 'paling singkat', 'paling cepat': 'paling singkat',
  'sekurang-kurangnya': 'paling sedikit', 'setidak-tidaknya': 'paling sedikit', 'sedikit-dikitnya': 'paling sedikit', 'sebanyak-banyaknya': 'paling banyak', 'selama-lamanya': 'paling lama',
};

/** TN-BHS-08, as registered in src/lint/registry.ts. */
export const tnBhs08: Rule = {
  id: 'TN-BHS-08',
  level: 'ERROR',
  statement: 'Batas ditulis "paling singkat/paling lama" (waktu) dan "paling sedikit/paling banyak" (jumlah).',
  source: 'L2 §III.B butir 1–2; DPR-Manual hlm. 301',
  explanation: 'Untuk menyatakan batas waktu dipakai "paling singkat" atau "paling lama"; untuk batas jumlah "paling sedikit" atau "paling banyak". Kata "selambat-lambatnya", "sekurang-kurangnya", "maksimal", dan "minimal" tidak dipakai. `naskah check --fix` mengganti bentuk yang artinya pasti; "maksimal" dan "minimal" harus dipilih penyusun (waktu atau jumlah).',
  correct: 'paling lama 14 (empat belas) hari kerja',
  incorrect: 'selambat-lambatnya 14 (empat belas) hari kerja',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\b(?:selambat-lambatnya|paling\s+lambat|secepat-cepatnya|paling\s+cepat|sekurang-kurangnya|setidak-tidaknya|sedikit-dikitnya|sebanyak-banyaknya|selama-lamanya|maksimal|minimal|maksimum|minimum)\b/gi, t.masked)) {
        const key = m[0].toLowerCase().replace(/\s+/g, ' ');
        const preferred = PRECISE[key];
        const replacement = preferred && m[0][0] === m[0][0]!.toUpperCase() ? preferred[0]!.toUpperCase() + preferred.slice(1) : preferred;
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Batas ditulis "${m[0]}".`, hint: preferred ? `Tulis "${preferred}".` : 'Tulis "paling lama"/"paling singkat" untuk waktu, atau "paling banyak"/"paling sedikit" untuk jumlah.', ...(replacement ? { fix: replaceFix(t, m.index, m[0].length, replacement, `ganti "${m[0]}" dengan "${replacement}"`) } : {}) });
      }
    }
  },
};
