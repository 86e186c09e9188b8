/**
 * TN-RIN-10 — in nested lists the conjunction rule applies at each level separately: ";" after each
 * sub-item, the conjunction after the penultimate one; the last sub-item carries its parent's ending.
 * Why: guards the generated punctuation of nested lists.
 * Source: [P]/[R].
 */
import { effectiveEnding, isConjunction } from '../helpers/endings.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-10, as registered in src/lint/registry.ts. */
export const tnRin10: Rule = {
  id: 'TN-RIN-10',
  level: 'WARN',
  statement: 'Pada rincian bertingkat, aturan titik koma dan kata sambung berlaku pada setiap tingkat.',
  source: '[P]/[R]',
  explanation: 'Sub-rincian mengikuti aturan yang sama dengan rincian induknya pada tingkatnya sendiri: setiap sub-butir diakhiri titik koma, sub-butir sebelum terakhir diberi kata sambung, dan sub-butir terakhir membawa tanda baca yang seharusnya ada pada induknya (";", "; dan", atau ".").',
  correct: 'a. pelayanan yang meliputi:\n   1. penerimaan keluhan; dan\n   2. rujukan;\nb. pemantauan.',
  incorrect: 'a. pelayanan yang meliputi:\n   1. penerimaan keluhan;\n   2. rujukan.\nb. pemantauan.',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth === 1) continue;
      const n = list.items.length;
      list.items.forEach((r, i) => {
        if (i === n - 1) return;
        const e = effectiveEnding(r);
        const ok = i === n - 2 ? isConjunction(e) : e === ';';
        if (!ok) report({ place: { unit: r }, message: `Sub-rincian ${r.label} diakhiri "${e || 'tanpa tanda baca'}".`, hint: i === n - 2 ? 'Sub-rincian sebelum terakhir diakhiri "; dan", "; atau", atau "; dan/atau".' : 'Sub-rincian diakhiri ";".' });
      });
    }
  },
};
