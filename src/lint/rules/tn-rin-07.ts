/**
 * TN-RIN-07 — the penultimate item of a (first-level) list ends with "; dan" (cumulative), "; atau"
 * (alternative) or "; dan/atau".
 * Why: guards the generated conjunction; the kind is chosen in the source with `rincian:`.
 * Source: L2 angka ≈88–90.
 */
import { effectiveEnding, isConjunction } from '../helpers/endings.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-07, as registered in src/lint/registry.ts. */
export const tnRin07: Rule = {
  id: 'TN-RIN-07',
  level: 'ERROR',
  statement: 'Butir sebelum terakhir diakhiri "; dan", "; atau", atau "; dan/atau".',
  source: 'L2 angka ≈88–90',
  explanation: 'Rincian kumulatif ditandai "; dan" di belakang butir sebelum terakhir, rincian alternatif "; atau", dan rincian kumulatif sekaligus alternatif "; dan/atau". Pilih jenisnya dengan `rincian: kumulatif`, `alternatif`, atau `kumulatif-alternatif`.',
  correct: 'c. pencatatan kepesertaan dan kebutuhan program; dan\nd. pemutakhiran data.',
  incorrect: 'c. pencatatan kepesertaan dan kebutuhan program;\nd. pemutakhiran data.',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth !== 1 || list.items.length < 2) continue;
      const r = list.items[list.items.length - 2]!;
      const e = effectiveEnding(r);
      if (!isConjunction(e)) report({ place: { unit: r }, message: `Butir sebelum terakhir (${r.label}) diakhiri "${e || 'tanpa tanda baca'}" tanpa kata sambung.`, hint: 'Butir sebelum terakhir diakhiri "; dan", "; atau", atau "; dan/atau".' });
    }
  },
};
