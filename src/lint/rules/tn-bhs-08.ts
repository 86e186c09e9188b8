/**
 * TN-BHS-08 — limits are "paling singkat"/"paling lama" (time) and "paling sedikit"/"paling banyak"
 * (amount); not "selambat-lambatnya", "sekurang-kurangnya", "maksimal", "minimal".
 * Why: the old forms are corrected in every review; `--fix` replaces the unambiguous ones, and leaves
 * "maksimal"/"minimal" (time or amount?) to the drafter.
 * Source: L2 §III.B butir 1–2 (DPR-Manual p. 301).
 */
import { replaceFix } from '../helpers/edits.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import { formsOf } from '../data/word-forms.js';
import { findForms, keepInitialCase } from '../words.js';
import type { Rule } from '../types.js';

const FORMS = formsOf('TN-BHS-08');

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
      for (const m of findForms(t.masked, FORMS)) {
        const preferred = m.entry.fixable ? m.entry.correct[0]! : null;
        const replacement = preferred ? keepInitialCase(m.text, preferred) : null;
        report({ place: { text: t, index: m.index, length: m.text.length }, message: `Batas ditulis "${m.text}".`, hint: preferred ? `Tulis "${preferred}".` : 'Tulis "paling lama"/"paling singkat" untuk waktu, atau "paling banyak"/"paling sedikit" untuk jumlah.', ...(replacement ? { fix: replaceFix(t, m.index, m.text.length, replacement, `ganti "${m.text}" dengan "${replacement}"`) } : {}) });
      }
    }
  },
};
