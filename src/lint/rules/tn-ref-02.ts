/**
 * TN-REF-02 — no "pasal ini" after a reference to an ayat of the same Pasal.
 * Why: "sebagaimana dimaksud pada ayat (1) pasal ini" is redundant and struck; `--fix` removes it.
 * Source: L2 §III.C.
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-REF-02, as registered in src/lint/registry.ts. */
export const tnRef02: Rule = {
  id: 'TN-REF-02',
  level: 'ERROR',
  statement: 'Rujukan ke ayat dalam Pasal yang sama tidak ditambah "pasal ini".',
  source: 'L2 §III.C',
  explanation: 'Rujukan ke ayat dalam Pasal yang sama cukup "sebagaimana dimaksud pada ayat (1)" tanpa tambahan "pasal ini" atau "Pasal ini".',
  correct: 'sebagaimana dimaksud pada ayat (1)',
  incorrect: 'sebagaimana dimaksud pada ayat (1) pasal ini',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(/(?<=(?:ayat\s+\(\d+[a-z]?\)(?:\s+huruf\s+[a-z])?(?:\s+angka\s+\d+)?|§))\s+[Pp]asal\s+ini\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Rujukan ke ayat ditambah "pasal ini".', hint: 'Hapus "pasal ini".', fix: replaceFix(t, m.index, m[0].length, '', 'hapus "pasal ini"') });
      }
    }
  },
};
