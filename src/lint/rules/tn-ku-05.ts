/**
 * TN-KU-05 — every defined term (or its short form) is used at least once outside its own definition.
 * Why: definitions left over from an earlier draft, or copied from another regulation, are struck.
 * Source: L2 §I.C.1 [R].
 */
import { definitionVerdicts } from '../helpers/term-spelling.js';
import type { Rule } from '../types.js';
import type { TextKind } from '../../ir-index/text.js';

const USE_KINDS: readonly TextKind[] = ['ayat', 'rincian', 'istilah', 'definisi', 'diktum', 'lampiran-alinea', 'lampiran-rincian', 'lampiran-subjudul'];

/** TN-KU-05, as registered in src/lint/registry.ts. */
export const tnKu05: Rule = {
  id: 'TN-KU-05',
  level: 'WARN',
  statement: 'Setiap istilah yang didefinisikan dipakai paling sedikit sekali di luar definisinya.',
  source: 'L2 §I.C.1 [R]',
  explanation: 'Ketentuan umum hanya memuat istilah yang dipakai berulang dalam pasal-pasal berikutnya. Istilah yang tidak pernah dipakai (dengan huruf kapital yang sama, atau dalam bentuk singkatannya) dihapus dari Pasal 1.',
  correct: 'Pasal 1 mendefinisikan "Kecamatan", dan Pasal 15 memakai "Kecamatan".',
  incorrect: 'Pasal 1 mendefinisikan "Tenaga Kesejahteraan Sosial Kecamatan", tetapi istilah itu (dan TKSK) tidak dipakai di mana pun.',
  check(doc, report) {
    const used = new Set<string>();
    for (const t of doc.textsOf(...USE_KINDS)) {
      for (const o of doc.terms.occurrences(t.masked)) {
        if (t.context.rincian !== o.istilah.rincian) used.add(o.istilah.istilah);
      }
    }
    // A definition spelled unlike its uses is one mistake, reported at the definition (TN-KU-03, TN-BHS-04).
    const verdicts = definitionVerdicts(doc.terms, doc.texts);
    for (const term of doc.terms.list) {
      if (used.has(term.istilah) || verdicts.get(term)?.definitionWrong) continue;
      report({ place: term.istilahText ? { text: term.istilahText } : { unit: term.rincian }, message: `Istilah "${term.istilah}"${term.singkatan ? ` (${term.singkatan})` : ''} didefinisikan tetapi tidak dipakai.`, hint: 'Hapus definisinya, atau periksa ejaan dan huruf kapital istilah itu di tempat ia dipakai.' });
    }
  },
};
