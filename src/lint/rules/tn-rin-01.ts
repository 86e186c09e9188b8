/**
 * TN-RIN-01 — the sentence introducing a rincian ends with ":" and each item reads as its continuation.
 * Why: guards the generated colon (authors never type it).
 * Source: L2 angka ≈87 item a.
 */
import { ending } from '../helpers/endings.js';
import type { Rule } from '../types.js';

/** TN-RIN-01, as registered in src/lint/registry.ts. */
export const tnRin01: Rule = {
  id: 'TN-RIN-01',
  level: 'ERROR',
  statement: 'Kalimat pengantar rincian diakhiri titik dua.',
  source: 'L2 angka ≈87 butir a',
  explanation: 'Setiap rincian harus dapat dibaca sebagai satu rangkaian kesatuan dengan frasa pembukanya, dan frasa pembuka itu diakhiri titik dua. naskah menambahkan titik dua sendiri bila `teks` diikuti `butir`.',
  correct: 'SLRT mempunyai fungsi:\na. integrasi layanan dan informasi;',
  incorrect: 'SLRT mempunyai fungsi sebagai berikut.\na. integrasi layanan dan informasi;',
  check(doc, report) {
    const holders = [...doc.units.pasal.flatMap((p) => p.ayat), ...doc.ir.diktum];
    for (const h of holders) {
      if (h.rincian.length === 0 || h.rincian.some((r) => r.definisi !== null)) continue;
      const e = ending(h.isi);
      if (e !== ':') report({ place: { unit: h }, message: `Kalimat pengantar rincian diakhiri "${e || 'tanpa tanda baca'}", bukan titik dua.`, hint: 'Kalimat pengantar rincian diakhiri ":".' });
    }
  },
};
