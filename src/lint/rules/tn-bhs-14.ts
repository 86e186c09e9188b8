/**
 * TN-BHS-14 — a defined term used in its defined sense is not written in lower case: "dinas" for the
 * Dinas, "puskesos" for Puskesos, in the Perbup, its Lampiran (the Pedoman) and the Keputusan.
 * Why: TN-BHS-04 leaves all-lower-case uses alone because a word may be meant in its ordinary sense;
 * most such uses in a Perbup are slips. What stays ordinary: konsiderans and definitions (they quote
 * higher law), sentences that cite another instrument, phrases of src/lint/data/ordinary-phrases.ts
 * ("perjalanan dinas", "surat rujukan"), generic uses ("berbagai perangkat daerah", "daerah lain"), a
 * one-word term after a lower-case noun ("perangkat daerah", "tingkat desa": an ordinary compound),
 * and terms whose own definition is wrong (reported once there, TN-KU-03).
 * Source: L2 §I.C.1 [R]; TJ-Kumham Pertanyaan 168 [V] (as TN-BHS-04). New id in family TN-BHS; WARN
 * because the ordinary sense cannot always be excluded.
 */
import { FUNCTION_WORDS, ORDINARY_AFTER, ORDINARY_BEFORE, ORDINARY_PHRASES } from '../data/ordinary-phrases.js';
import { caseFix, withCaseOf } from '../helpers/edits.js';
import { implementedPerbups } from '../helpers/implemented.js';
import { definitionVerdicts } from '../helpers/term-spelling.js';
import { formRegex, matches } from '../words.js';
import type { DefinedTerms } from '../../ir-index/istilah.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { TextKind } from '../../ir-index/text.js';
import type { Report, Rule } from '../types.js';

const CHECKED_KINDS: readonly TextKind[] = ['ayat', 'rincian', 'diktum', 'lampiran-alinea', 'lampiran-rincian'];
/** A sentence that cites another instrument uses that instrument's sense of its words. */
/** A verb form (me-, di-, ber-, ter-): the term after it is its object, not part of a compound. */
const VERB = /^(?:me|di|ber|ter)\p{L}{3,}$/u;
const CITES = /\b(?:Undang-Undang|Peraturan (?:Pemerintah|Presiden|Menteri|Daerah|Gubernur)|Keputusan Menteri|Instruksi Presiden)\b/;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf(': ', index), -1) + 1;
  const after = text.indexOf('. ', index);
  return text.slice(start, after < 0 ? text.length : after);
}

function ordinarySpans(text: string): [number, number][] {
  return ORDINARY_PHRASES.flatMap((p) => matches(formRegex(p), text).filter((m) => m[0] === m[0].toLowerCase()).map((m) => [m.index, m.index + m[0].length] as [number, number]));
}

/** Reports lower-case uses of `terms` (defined in `termsDoc`) in the texts of `doc`. */
function check(doc: DocumentIndex, terms: DefinedTerms, termsDoc: DocumentIndex, report: Report, origin: string): void {
  const verdicts = definitionVerdicts(terms, termsDoc.texts);
  for (const t of doc.textsOf(...CHECKED_KINDS)) {
    const occurrences = terms.occurrences(t.masked, true);
    if (occurrences.length === 0) continue;
    let spans: [number, number][] | undefined;
    for (const o of occurrences) {
      const model = o.form === 'istilah' ? o.istilah.istilah : o.istilah.singkatan ?? '';
      const plain = o.matched.replace(/\*/g, '');
      if (plain !== plain.toLowerCase() || model === model.toLowerCase() || verdicts.get(o.istilah)?.definitionWrong) continue;
      spans ??= ordinarySpans(t.masked);
      if (spans.some(([a, b]) => o.index >= a && o.index < b)) continue;
      const before = /(\p{L}+)\s+$/u.exec(t.masked.slice(0, o.index))?.[1] ?? '';
      const after = /^\s+(\p{L}+)/u.exec(t.masked.slice(o.index + o.length))?.[1] ?? '';
      if (ORDINARY_BEFORE.includes(before.toLowerCase()) || ORDINARY_AFTER.includes(after)) continue;
      // A one-word term after a lower-case noun is part of an ordinary compound ("perangkat daerah").
      if (o.form === 'istilah' && !/\s/.test(model) && /^\p{Ll}+$/u.test(before) && !FUNCTION_WORDS.includes(before) && !VERB.test(before)) continue;
      if (CITES.test(sentenceAround(t.masked, o.index))) continue;
      const fix = caseFix(t, o.index, withCaseOf(o.matched, model), `tulis "${model}"`);
      report({ place: { text: t, index: o.index, length: o.length }, message: `"${plain.replace(/\s+/g, ' ')}" ditulis huruf kecil, padahal "${model}" didefinisikan ${origin}.`, hint: `Tulis "${model}" bila yang dimaksud ${model} menurut definisinya; bila maksudnya arti umum, pilih kata lain agar tidak rancu.`, ...(fix ? { fix } : {}) });
    }
  }
}

/** TN-BHS-14, as registered in src/lint/registry.ts. */
export const tnBhs14: Rule = {
  id: 'TN-BHS-14',
  level: 'WARN',
  statement: 'Istilah yang didefinisikan, bila dipakai dalam arti definisinya, tidak ditulis seluruhnya dengan huruf kecil.',
  source: 'L2 §I.C.1 [R]; TJ-Kumham Pertanyaan 168 [V]',
  explanation: 'Istilah dari Pasal 1 ("Dinas", "Puskesos", "Perangkat Daerah") ditulis dengan huruf kapitalnya setiap kali dipakai dalam arti yang didefinisikan, juga dalam Lampiran (Pedoman) dan dalam Keputusan yang melaksanakan Peraturan Bupati. Huruf kecil seluruhnya dibiarkan dalam konsiderans dan definisi, dalam kalimat yang mengutip peraturan lain, dan dalam frasa yang artinya umum ("perjalanan dinas", "surat rujukan", "berbagai perangkat daerah", "daerah lain"; daftar di src/lint/data/ordinary-phrases.ts).',
  correct: 'Keluhan diteruskan kepada Dinas.',
  incorrect: 'Keluhan diteruskan kepada dinas.',
  check(doc, report) {
    check(doc, doc.terms, doc, report, 'dalam Pasal 1');
  },
  checkProject(project, report) {
    for (const kep of project.ofJenis('keputusan-bupati')) {
      for (const perbup of implementedPerbups(project, kep)) check(kep, perbup.terms, perbup, report, `dalam Pasal 1 ${perbup.ir.id}`);
    }
  },
};
