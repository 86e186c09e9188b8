/**
 * TN-BHS-01 (mechanical part) — spacing: no double spaces inside a line, no space before , . ; :, a space
 * after a comma. The rest of the rule (standard, formal Indonesian) is left to review.
 * Why: spacing slips survive into the DOCX Bagian Hukum edits; `--fix` repairs them.
 * Source: L2 §III.A [R]; PP 63/2019 Pasal 3 [V].
 */
import { replaceFix } from '../helpers/edits.js';
import { TITLE_TEXTS, PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-BHS-01, as registered in src/lint/registry.ts. */
export const tnBhs01: Rule = {
  id: 'TN-BHS-01',
  level: 'INFO',
  statement: 'Bahasa baku dan rapi: tanpa spasi ganda, tanpa spasi sebelum tanda baca, spasi sesudah koma.',
  source: 'L2 §III.A [R]; PP 63/2019 Pasal 3 [V]',
  explanation: 'Bahasa peraturan adalah bahasa Indonesia baku yang jelas dan lugas. Bagian yang dapat diperiksa mesin adalah spasi: tidak ada dua spasi berturut-turut di dalam baris, tidak ada spasi sebelum koma, titik, titik koma, atau titik dua, dan ada spasi sesudah koma. `naskah check --fix` membetulkan spasi. Pilihan kata dan kejelasan tetap diperiksa penyusun dan Bagian Hukum.',
  correct: 'Dinas, Kecamatan, dan Pemerintah Desa',
  incorrect: 'Dinas ,Kecamatan,  dan Pemerintah Desa',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS, ...TITLE_TEXTS)) {
      if (!t.fromSource) continue;
      for (const m of matches(/(?<=\S) {2,}(?=\S)/g, t.value)) {
        const fix = replaceFix(t, m.index, m[0].length, ' ', 'jadikan satu spasi');
        if (fix) report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Ada spasi ganda.', hint: 'Gunakan satu spasi.', fix });
      }
      for (const m of matches(/(?<=\S) +(?=[,;:](?!\/)|\.(?!\.))/g, t.value)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Ada spasi sebelum tanda baca.', hint: 'Hapus spasi sebelum tanda baca.', fix: replaceFix(t, m.index, m[0].length, '', 'hapus spasi sebelum tanda baca') });
      }
      for (const m of matches(/,(?=\p{L})/gu, t.masked)) {
        report({ place: { text: t, index: m.index, length: 1 }, message: 'Tidak ada spasi sesudah koma.', hint: 'Tambahkan spasi sesudah koma.', fix: replaceFix(t, m.index, 1, ', ', 'tambahkan spasi sesudah koma') });
      }
    }
  },
};
