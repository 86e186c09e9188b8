/**
 * TN-PED-08 — terms and abbreviations in a Lampiran (the Pedoman) match Pasal 1 exactly; across documents,
 * the Pedoman and the Keputusan use the Perbup's terms with its capitals and do not define them anew.
 * Why: guidebooks written separately drift from the Perbup's definitions.
 * Source: TN-KU-06 / TN-BHS-04 [V/R].
 */
import { caseFix, withCaseOf } from '../helpers/edits.js';
import { implementedPerbups } from '../helpers/implemented.js';
import { definitionVerdicts } from '../helpers/term-spelling.js';
import type { DefinedTerms } from '../../ir-index/istilah.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { Report, Rule } from '../types.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** Reports terms of `terms` written with other capitals in the lampiran texts of `doc`. */
function checkSpelling(doc: DocumentIndex, terms: DefinedTerms, kinds: readonly string[], report: Report, origin: string, termsDoc: DocumentIndex): void {
  const verdicts = definitionVerdicts(terms, termsDoc.texts);
  for (const t of doc.texts) {
    if (!kinds.includes(t.kind)) continue;
    for (const o of terms.occurrences(t.masked, true)) {
      if (verdicts.get(o.istilah)?.definitionWrong) continue;
      const model = o.form === 'istilah' ? o.istilah.istilah : o.istilah.singkatan ?? '';
      const plain = normal(o.matched);
      if (plain === model || plain === plain.toLowerCase() || plain === plain.toUpperCase()) continue;
      report({ place: { text: t, index: o.index, length: o.length }, message: `Istilah "${plain}" ditulis berbeda dari definisinya "${model}" ${origin}.`, hint: `Tulis "${model}".`, fix: caseFix(t, o.index, withCaseOf(o.matched, model), `tulis "${model}"`) });
    }
  }
}

/** TN-PED-08, as registered in src/lint/registry.ts. */
export const tnPed08: Rule = {
  id: 'TN-PED-08',
  level: 'ERROR',
  statement: 'Istilah dan singkatan dalam lampiran/pedoman sama persis dengan Pasal 1 Peraturan Bupati.',
  source: 'TN-KU-06 / TN-BHS-04 [V/R]',
  explanation: 'Lampiran (termasuk Buku Pedoman) merupakan bagian tidak terpisahkan dari Peraturan Bupati: istilah dan singkatannya ditulis sama persis dengan Pasal 1 (huruf kapital yang sama, bentuk singkat yang sama) dan tidak didefinisikan ulang dengan pengertian lain. Keputusan yang melaksanakan Peraturan Bupati memakai istilah yang sama.',
  correct: 'Pedoman: "Sekretariat SLRT menerima Keluhan …"',
  incorrect: 'Pedoman: "Sekretariat slrt menerima keluhan …" atau "SLRT adalah layanan terpadu di Desa."',
  check(doc, report) {
    checkSpelling(doc, doc.terms, ['lampiran-alinea', 'lampiran-rincian', 'lampiran-subjudul'], report, 'dalam Pasal 1', doc);
  },
  checkProject(project, report) {
    // The documents that implement a Perbup (its Keputusan) use its terms; two Perbup may define a word differently.
    for (const other of project.ofJenis('keputusan-bupati')) {
      for (const perbup of implementedPerbups(project, other)) {
        checkSpelling(other, perbup.terms, ['ayat', 'rincian', 'diktum', 'lampiran-alinea', 'lampiran-rincian', 'lampiran-subjudul'], report, `dalam Pasal 1 ${perbup.ir.id}`, perbup);
        for (const own of other.terms.list) {
          const base = perbup.terms.find(own.istilah);
          if (!base || base.istilah !== own.istilah) continue;
          const baseMeaning = base.artiText ? normal(base.artiText.value) : null;
          const ownMeaning = own.artiText ? normal(own.artiText.value) : null;
          if (base.singkatan !== own.singkatan || (baseMeaning && ownMeaning && baseMeaning !== ownMeaning)) {
            report({ place: own.artiText ? { text: own.artiText } : { unit: own.rincian }, message: `"${own.istilah}" didefinisikan ulang berbeda dari Pasal 1 ${perbup.ir.id}.`, hint: 'Pakai definisi Peraturan Bupati apa adanya, atau hapus definisi ini.' });
          }
        }
      }
    }
  },
};
