/**
 * TN-DH-05 — a non-UUD basis is cited as jenis + Nomor + Tahun + tentang + name, without "Republik
 * Indonesia" after the jenis, without abbreviations (UU, PP, No., Permensos), and "Undang-Undang" with both
 * U capitalised — in Mengingat and wherever a regulation is named in the text.
 * Why: "UU No. 13/2011" and "Undang-undang" are the most frequent citation corrections.
 * Source: L2 §I.B.4 [R].
 */
import { replaceFix } from '../helpers/edits.js';
import { TITLE_TEXTS, PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import { runsText } from '../../ir-index/text.js';
import { parseMengingat, type Citation } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

const REGULATION_ABBREVIATIONS = /\b(?:UU|PP|Perpres|Permen[a-z]*|Perda|Pergub|Perbup|Perwal|Kepmen[a-z]*|Kepbup)\b(?=\s*(?:No\b|Nomor\b|\d))|\bNo\.\s*\d+/g;

function masalah(k: Citation): string | null {
  if (k.rank <= 0) return null;
  if (/^(?:Undang-Undang|Peraturan [\p{L} ]+?) Republik Indonesia Nomor\b/u.test(k.text)) return 'memuat "Republik Indonesia" sesudah jenis peraturan';
  if (!/ Nomor (?:\d+|\.\.\.) Tahun (?:\d{4}|\.\.\.) tentang \S/.test(k.text)) return 'tidak berbentuk "<jenis> Nomor … Tahun … tentang …"';
  return null;
}

/** TN-DH-05, as registered in src/lint/registry.ts. */
export const tnDh05: Rule = {
  id: 'TN-DH-05',
  level: 'ERROR',
  statement: 'Peraturan dikutip lengkap: jenis Nomor … Tahun … tentang …, tanpa singkatan, "Undang-Undang" dengan dua U kapital.',
  source: 'L2 §I.B.4 [R]',
  explanation: 'Dasar hukum selain UUD ditulis dengan jenis, nomor, tahun, dan nama peraturan ("Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin"), tanpa menyebut pasal dan tanpa "Republik Indonesia" di belakang jenisnya. Singkatan seperti UU, PP, Permensos, No. tidak dipakai, dan "Undang-Undang" ditulis dengan huruf U kapital pada kedua unsurnya, juga ketika peraturan disebut dalam teks.',
  correct: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin',
  incorrect: 'UU No. 13/2011 tentang Penanganan Fakir Miskin; Undang-undang Nomor 13 Tahun 2011',
  check(doc, report) {
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const k = parseMengingat(runsText(b.isi));
      for (const part of [k.base, k.perubahan]) {
        const problem = part ? masalah(part) : null;
        if (problem) report({ place: { unit: b }, message: `Kutipan dasar hukum ${problem}: "${part!.text.length > 80 ? `${part!.text.slice(0, 80)}…` : part!.text}".`, hint: 'Perbaiki entri di content/dasar-hukum.yaml: jenis, nomor, tahun, dan tentang.' });
      }
    }
    for (const t of doc.textsOf(...PROSE_TEXTS, ...TITLE_TEXTS)) {
      for (const m of matches(/(?<![\p{L}-])Undang-undang(?![\p{L}])/gu, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: '"Undang-undang" ditulis dengan u kecil.', hint: 'Tulis "Undang-Undang" (kedua U kapital); "perundang-undangan" tetap huruf kecil.', fix: replaceFix(t, m.index, m[0].length, 'Undang-Undang', 'tulis "Undang-Undang"') });
      }
      for (const m of matches(REGULATION_ABBREVIATIONS, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Peraturan disebut dengan singkatan "${m[0].trim()}".`, hint: 'Tulis jenis peraturan lengkap dengan "Nomor … Tahun … tentang …".' });
      }
    }
  },
};
