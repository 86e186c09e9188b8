/**
 * TN-PNT-01 — the promulgation order: "Agar setiap orang mengetahuinya, memerintahkan pengundangan
 * Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten …" (never Lembaran Daerah).
 * Why: guards the generated formula.
 * Source: L2 §I.D (Perkada template) [V].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-PNT-01, as registered in src/lint/registry.ts. */
export const tnPnt01: Rule = {
  id: 'TN-PNT-01',
  level: 'ERROR',
  statement: 'Penutup memuat perintah pengundangan dalam Berita Daerah.',
  source: 'L2 §I.D (templat Perkada) [V]',
  explanation: 'Sebelum penandatanganan, Peraturan Bupati memuat kalimat "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten …". Lembaran Daerah hanya untuk Peraturan Daerah.',
  correct: 'Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Purwakarta.',
  incorrect: '… dengan penempatannya dalam Lembaran Daerah Kabupaten Purwakarta.',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const expected = `Agar setiap orang mengetahuinya, memerintahkan pengundangan ${doc.jenisPeraturan} ini dengan penempatannya dalam Berita Daerah ${doc.region.namaDaerah}.`;
    const alinea = doc.ir.penutup.alinea.map((a) => runsText(a).replace(/\s+/g, ' ').trim());
    if (!alinea.includes(expected)) report({ place: { unit: null }, message: `Perintah pengundangan tidak baku${alinea.length ? `: "${alinea.join(' ')}"` : ' atau tidak ada'}.`, hint: `Seharusnya "${expected}"` });
  },
};
