/**
 * TN-BHS-09 — no open lists in norms: "dan lain-lain", "dll.", "dsb.", "antara lain".
 * Why: an open list makes a norm uncertain; reviewers ask for an explicit residual item.
 * Source: L2 §III (kejelasan) [R].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-BHS-09, as registered in src/lint/registry.ts. */
export const tnBhs09: Rule = {
  id: 'TN-BHS-09',
  level: 'WARN',
  statement: 'Norma tidak memuat daftar terbuka: "dan lain-lain", "dll.", "dsb.", "antara lain".',
  source: 'L2 §III kejelasan rumusan [R]',
  explanation: 'Rumusan norma harus pasti. Daftar terbuka seperti "dan lain-lain", "dll.", "dan sebagainya", atau "antara lain" diganti dengan rincian yang lengkap, "dan/atau", atau butir sisa yang tegas, mis. "… lain yang ditetapkan oleh Bupati".',
  correct: 'e. program lain yang ditetapkan oleh Bupati.',
  incorrect: 'e. dan lain-lain.',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\b(?:dan\s+lain-lain|dan\s+lain\s+sebagainya|dan\s+sebagainya|dll\b\.?|dsb\b\.?|antara\s+lain)/gi, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Norma memuat daftar terbuka "${m[0]}".`, hint: 'Sebut semua unsurnya, atau tambahkan butir sisa yang tegas (mis. "… lain yang ditetapkan oleh Bupati").' });
      }
    }
  },
};
