/**
 * TN-KU-06 — the standard regional definitions use the wording of the higher regulation (UU 23/2014):
 * Daerah, Bupati, Pemerintah Daerah, Perangkat Daerah.
 * Why: paraphrased standard definitions are sent back; the wording is mechanical once the region is known.
 * Source: L2 §I.C.1 [V]; UU 23/2014 Pasal 1 [R — verify].
 */
import type { Rule } from '../types.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** TN-KU-06, as registered in src/lint/registry.ts. */
export const tnKu06: Rule = {
  id: 'TN-KU-06',
  level: 'ERROR',
  statement: 'Definisi baku daerah (Daerah, Bupati, Pemerintah Daerah, Perangkat Daerah) memakai rumusan UU 23/2014.',
  source: 'L2 §I.C.1 [V]; UU 23/2014 Pasal 1 [R]',
  explanation: 'Definisi yang diambil dari peraturan yang lebih tinggi harus sama rumusannya dengan peraturan itu (TN-SRC-05). Untuk kabupaten: Daerah adalah Kabupaten <nama>; Bupati adalah Bupati <nama>; Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom; Perangkat Daerah adalah unsur pembantu Bupati dan Dewan Perwakilan Rakyat Daerah dalam penyelenggaraan Urusan Pemerintahan yang menjadi kewenangan Daerah.',
  correct: '- istilah: Daerah\n  arti: Kabupaten Purwakarta',
  incorrect: '- istilah: Daerah\n  arti: Daerah Kabupaten Purwakarta',
  check(doc, report) {
    const { kepala, namaDaerah, nama } = doc.region;
    const standard: Record<string, string> = {
      Daerah: namaDaerah,
      [kepala]: `${kepala} ${nama}`,
      'Pemerintah Daerah': `${kepala} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom`,
      'Perangkat Daerah': `unsur pembantu ${kepala} dan Dewan Perwakilan Rakyat Daerah dalam penyelenggaraan Urusan Pemerintahan yang menjadi kewenangan Daerah`,
    };
    for (const term of doc.terms.list) {
      const expected = standard[term.istilah];
      const arti = term.artiText;
      if (!expected || !arti) continue;
      if (normal(arti.value) !== expected) report({ place: { text: arti }, message: `Definisi "${term.istilah}" tidak memakai rumusan baku.`, hint: `Tulis: "${expected}".` });
    }
  },
};
