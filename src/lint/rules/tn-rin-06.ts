/**
 * TN-RIN-06 — the marker cascade is a. › 1. › a) › 1), at most four levels.
 * Why: guards the generated markers; the resolver refuses a fifth level (NSK309).
 * Source: L2 angka ≈87 items g–h; §I.C.2 [R].
 */
import { rincianLabel } from '../../ir/numbering.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-06, as registered in src/lint/registry.ts. */
export const tnRin06: Rule = {
  id: 'TN-RIN-06',
  level: 'ERROR',
  statement: 'Tanda rincian bertingkat a. › 1. › a) › 1), paling banyak empat tingkat.',
  source: 'L2 angka ≈87 butir g–h; §I.C.2 [R]',
  explanation: 'Rincian lebih lanjut ditandai berturut-turut dengan angka Arab dan titik (1.), huruf kecil dan kurung tutup (a)), lalu angka Arab dan kurung tutup (1)). Rincian tidak boleh lebih dari empat tingkat; bila perlu lebih, pecah ke dalam ayat atau Pasal lain.',
  correct: 'a. … 1. … a) … 1) …',
  incorrect: 'a. … (1) … (a) … — atau tingkat kelima',
  coveredBy: ['NSK309'],
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth > 4) {
        report({ place: { unit: list.items[0]! }, message: `Rincian tingkat ${list.depth} melebihi empat tingkat.`, hint: 'Pecah rincian ke dalam ayat atau Pasal lain.' });
        continue;
      }
      if (list.depth === 1) continue;
      list.items.forEach((r, i) => {
        const expected = rincianLabel(list.depth, i + 1);
        if (r.label !== expected) report({ place: { unit: r }, message: `Rincian tingkat ${list.depth} ke-${i + 1} bertanda "${r.label}".`, hint: `Seharusnya "${expected}" (a. › 1. › a) › 1)).` });
      });
    }
  },
};
