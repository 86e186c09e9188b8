/**
 * TN-BHS-07 — normative verbs: "wajib" (obligation), "harus" (condition), "dilarang" (prohibition),
 * "dapat" (discretion); not "diharuskan", "diwajibkan", "tidak boleh" (forms from the one list
 * src/lint/data/word-forms.ts); "harus" before an active verb is an actor's obligation, "wajib".
 * Why: these variants are routinely replaced by reviewers.
 * Source: L2 §III.B (DPR-Manual p. 308) [V]; others [R].
 */
import { formsOf } from '../data/word-forms.js';
import { replaceFix } from '../helpers/edits.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import { findForms, keepInitialCase, matches } from '../words.js';
import type { Rule } from '../types.js';

const FORMS = formsOf('TN-BHS-07');
/** "harus" before an active verb (me-, ber-): an actor's obligation, written "wajib". */
const HARUS_ACTIVE = /(?<![\p{L}])harus\s+(?=(?:me|ber)\p{Ll}{2,})/giu;

/** TN-BHS-07, as registered in src/lint/registry.ts. */
export const tnBhs07: Rule = {
  id: 'TN-BHS-07',
  level: 'WARN',
  statement: 'Kata kerja normatif: wajib, harus, dilarang, dapat — bukan diharuskan, diwajibkan, tidak boleh.',
  source: 'L2 §III.B; DPR-Manual hlm. 308 [V]',
  explanation: 'Kewajiban dirumuskan dengan "wajib", syarat dengan "harus", larangan dengan "dilarang", dan kewenangan atau pilihan dengan "dapat". Hindari "diharuskan", "diwajibkan", "berkewajiban", dan "tidak boleh". "harus" di depan kata kerja aktif ("Dinas harus menyampaikan …") adalah kewajiban pelaku dan ditulis "wajib"; "harus" untuk syarat ("permohonan harus dilengkapi …") tetap. `naskah check --fix` mengganti bentuk yang pasti.',
  correct: 'Perangkat Daerah wajib menindaklanjuti Rujukan.',
  incorrect: 'Perangkat Daerah diwajibkan menindaklanjuti Rujukan.',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of findForms(t.masked, FORMS)) {
        const choices = m.entry.correct.map((c) => `"${c}"`).join(' atau ');
        const replacement = keepInitialCase(m.text, m.entry.correct[0]!);
        const fix = m.entry.fixable ? replaceFix(t, m.index, m.text.length, replacement, `ganti "${m.text}" dengan "${replacement}"`) : undefined;
        report({ place: { text: t, index: m.index, length: m.text.length }, message: `Kata kerja normatif "${m.text}" tidak baku.`, hint: `Gunakan ${choices}${m.entry.note ? `; ${m.entry.note}` : ''}.`, ...(fix ? { fix } : {}) });
      }
      for (const m of matches(HARUS_ACTIVE, t.masked)) {
        const fix = replaceFix(t, m.index, 5, keepInitialCase(m[0], 'wajib'), 'ganti "harus" dengan "wajib"');
        report({ place: { text: t, index: m.index, length: 5 }, message: '"harus" dipakai untuk kewajiban pelaku; "harus" hanya untuk syarat.', hint: 'Kewajiban dirumuskan "… wajib …"; "harus" dipakai untuk syarat ("permohonan harus dilengkapi …").', ...(fix ? { fix } : {}) });
      }
    }
  },
};
