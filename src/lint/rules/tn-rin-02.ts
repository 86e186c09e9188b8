/**
 * TN-RIN-02 — first-level rincian are marked with lower-case letters and a period: a., b., c.
 * Why: guards the generated markers.
 * Source: L2 angka ≈87 item b.
 */
import { letter } from '../../ir/numbering.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-02, as registered in src/lint/registry.ts. */
export const tnRin02: Rule = {
  id: 'TN-RIN-02',
  level: 'ERROR',
  statement: 'Rincian tingkat pertama ditandai huruf kecil dan titik: a., b., c.',
  source: 'L2 angka ≈87 butir b',
  explanation: 'Rincian tingkat pertama diberi tanda huruf abjad kecil yang diikuti titik, berurutan: a., b., c., dan seterusnya. naskah memberi tanda ini; jangan mengetiknya di dalam teks.',
  correct: 'a. integrasi layanan;\nb. identifikasi keluhan;',
  incorrect: '1) integrasi layanan;\n2) identifikasi keluhan;',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth !== 1) continue;
      list.items.forEach((r, i) => {
        const expected = `${letter(i + 1)}.`;
        if (r.label !== expected) report({ place: { unit: r }, message: `Rincian ke-${i + 1} bertanda "${r.label}".`, hint: `Seharusnya "${expected}".` });
      });
    }
  },
};
