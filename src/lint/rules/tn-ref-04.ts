/**
 * TN-REF-04 — three or more consecutive units are referred to as a range ("Pasal 5 sampai dengan Pasal 7");
 * exactly two are joined with "dan"; never "s.d." or a dash.
 * Why: "Pasal 5, Pasal 6, dan Pasal 7" and "s.d." are routine corrections. Generated references are
 * guarded too.
 * Source: L2 §III.C butir 2 (2011 text and post-2022 DPR-Manual; adopted ≥3 → range).
 */
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const UNIT = '(Pasal|ayat|huruf|angka)';
const VALUE = '(\\(?\\d+[a-z]?\\)?|[a-z])';
const THREE_OR_MORE = new RegExp(`\\b${UNIT} ${VALUE}, \\1 ${VALUE},? dan \\1 ${VALUE}(?![\\p{L}\\p{N}])`, 'gu');
const TWO_AS_RANGE = new RegExp(`\\b${UNIT} ${VALUE} sampai dengan \\1 ${VALUE}(?![\\p{L}\\p{N}])`, 'gu');
const SHORTHAND = /\b(?:Pasal|ayat|huruf|angka)\s+\(?[\da-z]+\)?\s*(?:s\.\s?d\.?|s\/d|-|–)\s*(?:(?:Pasal|ayat|huruf|angka)\s+)?\(?[\da-z]+\)?/g;

const value = (v: string) => (/^\(?\d+\)?$/.test(v) ? Number(v.replace(/[()]/g, '')) : v.charCodeAt(0) - 96);

/** TN-REF-04, as registered in src/lint/registry.ts. */
export const tnRef04: Rule = {
  id: 'TN-REF-04',
  level: 'ERROR',
  statement: 'Tiga unsur berurutan atau lebih dirujuk "… sampai dengan …"; dua unsur dengan "dan".',
  source: 'L2 §III.C butir 2; DPR-Manual',
  explanation: 'Rujukan ke lebih dari dua Pasal, ayat, huruf, atau angka yang berurutan ditulis dengan frasa "sampai dengan" (Pasal 5 sampai dengan Pasal 7); dua unsur ditulis dengan "dan" (Pasal 5 dan Pasal 6). Singkatan "s.d." atau tanda hubung tidak dipakai. Rujukan `[[a, b, c]]` membentuk rentang sendiri.',
  correct: 'Pasal 5 sampai dengan Pasal 7; ayat (1) dan ayat (2)',
  incorrect: 'Pasal 5, Pasal 6, dan Pasal 7; ayat (1) sampai dengan ayat (2); Pasal 5 s.d. 7',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const f of nonStandardRanges(t.masked)) report({ place: { text: t, index: f.index, length: f.text.length }, message: `Rujukan "${f.text}" tidak ditulis sebagai rentang yang baku.`, hint: HINT[f.kind] });
    }
    for (const use of doc.units.refs) {
      for (const f of nonStandardRanges(use.ref.text)) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan yang dibuat naskah "${f.text}" tidak baku.`, hint: `${HINT[f.kind]} Laporkan kepada pengembang.` });
    }
  },
};

type Kind = 'threeOrMore' | 'two' | 'shorthand';
const HINT: Record<Kind, string> = { threeOrMore: 'Tulis "… sampai dengan …" untuk tiga unsur berurutan atau lebih.', two: 'Dua unsur ditulis dengan "dan".', shorthand: 'Tulis "sampai dengan" secara lengkap dengan kata unsurnya.' };

/** Non-standard ranges in a text. */
function nonStandardRanges(text: string): { index: number; text: string; kind: Kind }[] {
  const out: { index: number; text: string; kind: Kind }[] = [];
  for (const m of matches(THREE_OR_MORE, text)) {
    const [a, b, c] = [value(m[2]!), value(m[3]!), value(m[4]!)];
    if (b === a + 1 && c === b + 1) out.push({ index: m.index, text: m[0], kind: 'threeOrMore' });
  }
  for (const m of matches(TWO_AS_RANGE, text)) if (value(m[3]!) === value(m[2]!) + 1) out.push({ index: m.index, text: m[0], kind: 'two' });
  for (const m of matches(SHORTHAND, text)) out.push({ index: m.index, text: m[0], kind: 'shorthand' });
  return out;
}
