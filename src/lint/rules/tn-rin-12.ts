/**
 * TN-RIN-12 — definitions and dasar hukum follow their own punctuation: each definition ends with ".",
 * each Mengingat item with ";", and neither takes "dan"/"atau".
 * Why: guards against applying the rincian conjunction rule to them.
 * Source: L2 [V/R].
 */
import { ending } from '../helpers/endings.js';
import type { Rule } from '../types.js';

/** TN-RIN-12, as registered in src/lint/registry.ts. */
export const tnRin12: Rule = {
  id: 'TN-RIN-12',
  level: 'ERROR',
  statement: 'Definisi (diakhiri titik) dan dasar hukum (diakhiri titik koma) tidak memakai kata sambung rincian.',
  source: 'L2 [V/R]',
  explanation: 'Daftar definisi dalam Pasal 1 dan daftar dasar hukum dalam Mengingat bukan rincian biasa: setiap definisi diakhiri titik, setiap dasar hukum diakhiri titik koma, dan keduanya tidak diberi "dan" atau "atau" sebelum butir terakhir.',
  correct: '4. Bupati adalah Bupati Purwakarta.\n5. Dinas adalah …',
  incorrect: '4. Bupati adalah Bupati Purwakarta; dan\n5. Dinas adalah …',
  check(doc, report) {
    for (const term of doc.terms.list) {
      const e = ending(term.rincian.isi);
      if (e !== '.') report({ place: { unit: term.rincian }, message: `Definisi "${term.istilah}" diakhiri "${e || 'tanpa tanda baca'}".`, hint: 'Setiap definisi diakhiri titik, tanpa "dan".' });
    }
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const e = ending(b.isi);
      if (e !== ';') report({ place: { unit: b }, message: `Dasar hukum \`${b.id}\` diakhiri "${e || 'tanpa tanda baca'}".`, hint: 'Setiap dasar hukum diakhiri titik koma, tanpa "dan".' });
    }
  },
};
