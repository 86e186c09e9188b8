/**
 * TN-RIN-05 — a rincian with sub-items ends with ":" and its sub-items sit one level deeper.
 * Why: guards the generated colon and depth.
 * Source: L2 angka ≈87 items e–f.
 */
import { ending } from '../helpers/endings.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-05, as registered in src/lint/registry.ts. */
export const tnRin05: Rule = {
  id: 'TN-RIN-05',
  level: 'ERROR',
  statement: 'Rincian yang mempunyai rincian lebih lanjut diakhiri titik dua.',
  source: 'L2 angka ≈87 butir e–f',
  explanation: 'Bila suatu rincian dirinci lebih lanjut, rincian itu diakhiri titik dua dan rincian di bawahnya ditulis menjorok satu tingkat (a. › 1. › a) › 1)). naskah menambahkan titik dua bila butir memuat `butir`.',
  correct: 'b. identifikasi keluhan yang meliputi:\n   1. penerimaan keluhan; dan\n   2. rujukan;',
  incorrect: 'b. identifikasi keluhan yang meliputi;\n   1. penerimaan keluhan; dan',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      for (const r of list.items) {
        if (r.rincian.length === 0) continue;
        if (ending(r.isi) !== ':') report({ place: { unit: r }, message: `Rincian ${r.label} yang dirinci lebih lanjut tidak diakhiri titik dua.`, hint: 'Rincian dengan sub-rincian diakhiri ":".' });
        for (const sub of r.rincian) if (sub.depth !== r.depth + 1) report({ place: { unit: sub }, message: `Sub-rincian ${sub.label} berada pada tingkat ${sub.depth}, bukan ${r.depth + 1}.`, hint: 'Sub-rincian berada satu tingkat di bawah induknya.' });
      }
    }
  },
};
