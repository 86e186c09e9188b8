/**
 * TN-REF-11 — the generic reference is "sesuai dengan ketentuan peraturan perundang-undangan".
 * Why: "peraturan yang berlaku", "perundangan" and "sesuai ketentuan" are corrected in every review;
 * the missing "dengan" is added by `--fix`, other variants need a human choice.
 * Source: L2 §III [R].
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const STANDARD_PHRASE = 'sesuai dengan ketentuan peraturan perundang-undangan';

/** TN-REF-11, as registered in src/lint/registry.ts. */
export const tnRef11: Rule = {
  id: 'TN-REF-11',
  level: 'WARN',
  statement: 'Rujukan umum ditulis "sesuai dengan ketentuan peraturan perundang-undangan".',
  source: 'L2 §III [R]',
  explanation: `Rujukan umum ke peraturan lain ditulis "${STANDARD_PHRASE}" (huruf kecil, "perundang-undangan" dengan tanda hubung). Rumusan "sesuai dengan peraturan yang berlaku", "ketentuan perundangan", atau "sesuai ketentuan …" tidak dipakai.`,
  correct: STANDARD_PHRASE,
  incorrect: 'sesuai dengan peraturan perundang-undangan yang berlaku',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(/\b(?:peraturan\s+(?:perundang-undangan\s+)?yang\s+berlaku|ketentuan\s+yang\s+berlaku|perundangan)\b/gi, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Rujukan umum "${m[0]}" tidak baku.`, hint: `Tulis "${STANDARD_PHRASE}".` });
      }
      for (const m of matches(/\bsesuai(?=\s+ketentuan\s+peraturan\s+perundang-undangan\b)/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: '"sesuai ketentuan peraturan perundang-undangan" tanpa kata "dengan".', hint: `Tulis "${STANDARD_PHRASE}".`, fix: replaceFix(t, m.index, m[0].length, 'sesuai dengan', 'sisipkan "dengan" sesudah "sesuai"') });
      }
    }
  },
};
