/**
 * TN-BHS-04 — a defined term is written with the capitals of its definition every time it is used in the
 * defined sense: "Pemerintah daerah" or "pemerintah Daerah" after defining "Pemerintah Daerah" is wrong.
 * Words in their ordinary sense stay lower case, so a use entirely in lower case is not flagged.
 * Why: mixed capitals are the defined-term slip Bagian Hukum marks most; `--fix` capitalises.
 * Source: L2 §I.C.1 [R]; TJ-Kumham Pertanyaan 168 [V].
 */
import { caseFix, withCaseOf } from '../helpers/edits.js';
import { definitionVerdicts } from '../helpers/term-spelling.js';
import type { Rule } from '../types.js';
import type { TextKind } from '../../ir-index/text.js';

const CHECKED_KINDS: readonly TextKind[] = ['ayat', 'rincian', 'definisi', 'diktum'];

/** TN-BHS-04, as registered in src/lint/registry.ts. */
export const tnBhs04: Rule = {
  id: 'TN-BHS-04',
  level: 'ERROR',
  statement: 'Istilah yang didefinisikan ditulis dengan huruf kapital yang sama seperti dalam Pasal 1.',
  source: 'L2 §I.C.1 [R]; TJ-Kumham Pertanyaan 168 [V]',
  explanation: 'Istilah yang didefinisikan dalam Ketentuan Umum ditulis dengan huruf besar dan huruf kecil yang sama setiap kali dipakai dalam arti yang didefinisikan. Campuran seperti "Pemerintah daerah" atau "perangkat Daerah" adalah kesalahan; bila kata dipakai dalam arti umum, tulis seluruhnya dengan huruf kecil. `naskah check --fix` menyamakan huruf kapitalnya dengan definisi.',
  correct: 'Pemerintah Daerah memfasilitasi pembentukan Puskesos.',
  incorrect: 'Pemerintah daerah memfasilitasi pembentukan Puskesos.',
  check(doc, report) {
    const verdicts = definitionVerdicts(doc.terms, doc.texts);
    // One mistake, one finding: a definition spelled unlike all its uses is reported once, at the definition.
    for (const [term, v] of verdicts) {
      if (!v.usedSpelling) continue;
      const fix = term.istilahText ? caseFix(term.istilahText, 0, withCaseOf(term.istilahText.value, v.usedSpelling), `tulis "${v.usedSpelling}"`) : undefined;
      report({ place: term.istilahText ? { text: term.istilahText } : { unit: term.rincian }, message: `Istilah didefinisikan "${term.istilah}" tetapi dipakai "${v.usedSpelling}" (${v.uses} kali).`, hint: `Samakan huruf kapital definisinya dengan pemakaiannya: "${v.usedSpelling}".`, ...(fix ? { fix } : {}) });
    }
    for (const t of doc.textsOf(...CHECKED_KINDS)) {
      for (const o of doc.terms.occurrences(t.masked, true)) {
        if (verdicts.get(o.istilah)?.definitionWrong) continue;
        const model = o.form === 'istilah' ? o.istilah.istilah : o.istilah.singkatan ?? '';
        const plain = o.matched.replace(/\*/g, '');
        if (plain.replace(/\s+/g, ' ') === model) continue;
        if (plain === plain.toLowerCase() || plain === plain.toUpperCase()) continue;
        const target = withCaseOf(o.matched, model);
        report({ place: { text: t, index: o.index, length: o.length }, message: `Istilah "${o.matched.replace(/\s+/g, ' ')}" ditulis dengan huruf kapital yang berbeda dari definisinya "${model}".`, hint: `Tulis "${model}", atau seluruhnya huruf kecil bila dipakai dalam arti umum.`, fix: caseFix(t, o.index, target, `tulis "${model}"`) });
      }
    }
  },
};
