/**
 * TN-REF-03 — in references "Pasal" has a capital P; "ayat", "huruf", "angka" are lower case.
 * Why: "pasal 5" and "Ayat (1)" in typed references are routine corrections; `--fix` changes the case.
 * Source: L2 angka 80 [V], angka ≈84 [R].
 */
import { caseFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const SALAH: readonly [RegExp, (w: string) => string][] = [
  [/\bpasal(?=\s+\d)/g, () => 'Pasal'],
  [/\b(?:Ayat|AYAT)(?=\s+\(\d)/g, () => 'ayat'],
  [/\b(?:Huruf|HURUF)(?=\s+[a-z]\b)/g, () => 'huruf'],
  [/\b(?:Angka|ANGKA)(?=\s+\d)/g, () => 'angka'],
];

/** TN-REF-03, as registered in src/lint/registry.ts. */
export const tnRef03: Rule = {
  id: 'TN-REF-03',
  level: 'ERROR',
  statement: 'Dalam rujukan, "Pasal" berhuruf awal kapital; "ayat", "huruf", "angka" huruf kecil.',
  source: 'L2 angka 80 [V], angka ≈84 [R]',
  explanation: 'Kata "Pasal" selalu ditulis dengan huruf awal kapital, sedangkan "ayat", "huruf", dan "angka" ditulis dengan huruf kecil, juga di tengah kalimat. `naskah check --fix` membetulkan huruf rujukan yang diketik.',
  correct: 'sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a',
  incorrect: 'sebagaimana dimaksud dalam pasal 5 Ayat (2) Huruf a',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const [re, want] of SALAH) {
        for (const m of matches(re, t.masked)) {
          const target = want(m[0]);
          // A capital at the start of the text is the sentence's capital, not a wrong reference.
          if (target !== 'Pasal' && t.masked.slice(0, m.index).trim() === '') continue;
          report({ place: { text: t, index: m.index, length: m[0].length }, message: `"${m[0]}" dalam rujukan ditulis dengan huruf yang salah.`, hint: `Tulis "${target}".`, fix: caseFix(t, m.index, target, `tulis "${target}"`) });
        }
      }
    }
  },
};
