/**
 * TN-REF-06 — in a list of references the unit word is repeated before every value: "huruf a dan huruf c",
 * "Pasal 5, Pasal 7, dan Pasal 9", never "huruf a dan c".
 * Why: the short form is frequent in typed references; `--fix` inserts the word.
 * Source: L2 §III.C [R]; konsiderans model (TN-KONS-03) [V].
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const PATTERNS: readonly [RegExp, string][] = [
  [/\b(huruf [a-z])((?:,| dan| atau| dan\/atau)\s+)([a-z])(?![\p{L}\p{N}])/gu, 'huruf'],
  [/\b(ayat \(\d+[a-z]?\))((?:,| dan| atau| dan\/atau)\s+)(\(\d+[a-z]?\))/g, 'ayat'],
  [/\b(Pasal \d+[A-Z]?)((?:,| dan| atau| dan\/atau)\s+)(\d+[A-Z]?)(?![\p{L}\p{N}(]| \()/gu, 'Pasal'],
  [/\b(angka \d+)((?:,| dan| atau| dan\/atau)\s+)(\d+)(?![\p{L}\p{N}(]| \()/gu, 'angka'],
];

/** TN-REF-06, as registered in src/lint/registry.ts. */
export const tnRef06: Rule = {
  id: 'TN-REF-06',
  level: 'ERROR',
  statement: 'Dalam rujukan berganda kata unsur diulang: "huruf a dan huruf c", bukan "huruf a dan c".',
  source: 'L2 §III.C [R]; TN-KONS-03 [V]',
  explanation: 'Bila merujuk beberapa unsur yang tidak berurutan, setiap unsur disebut lengkap dengan kata unsurnya: "Pasal 5, Pasal 7, dan Pasal 9", "ayat (1) dan ayat (3)", "huruf a dan huruf c". `naskah check --fix` menyisipkan kata unsur yang tertinggal.',
  correct: 'sebagaimana dimaksud dalam huruf a dan huruf c',
  incorrect: 'sebagaimana dimaksud dalam huruf a dan c',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const [re, word] of PATTERNS) {
        for (const m of matches(re, t.masked)) {
          const at = m.index + m[1]!.length + m[2]!.length;
          report({ place: { text: t, index: m.index, length: m[0].length }, message: `Rujukan "${m[0]}" tidak mengulang kata "${word}".`, hint: `Tulis "${m[1]}${m[2]}${word} ${m[3]}".`, fix: replaceFix(t, at, 0, `${word} `, `sisipkan "${word}" sebelum ${m[3]}`) });
        }
      }
    }
  },
};
