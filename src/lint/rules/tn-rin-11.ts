/**
 * TN-RIN-11 — no bullets ("-", "•", "*") and no hand-typed markers ("a.", "1)", "(i)") at the start of a
 * rincian or ayat: markers are computed.
 * Why: text pasted from a word processor keeps its bullets and numbers.
 * Source: L2 marker cascade [V] (implied).
 */
import { replaceFix } from '../helpers/edits.js';
import type { Rule } from '../types.js';

const MARKER = /^\s*(?:[-–•●▪·]\s+|\*\s+|\(?[a-z]\)\s+|[a-z]\.\s+|\d+[.)]\s+|\(\d+\)\s+|\(?(?:i{1,3}|iv|v|vi{0,3}|ix|x)\)\s+)/;

/** TN-RIN-11, as registered in src/lint/registry.ts. */
export const tnRin11: Rule = {
  id: 'TN-RIN-11',
  level: 'ERROR',
  statement: 'Rincian dan ayat tidak diawali butir (-, •) atau tanda yang diketik sendiri (a., 1), (i)).',
  source: 'L2 (tanda rincian) [V]',
  explanation: 'Batang tubuh tidak memakai tanda butir seperti "-", "•", atau angka Romawi dalam kurung. Tanda rincian a., 1., a), 1) dan nomor ayat (1), (2) dihitung oleh naskah; tanda yang ikut tersalin dari pengolah kata harus dihapus. `naskah check --fix` menghapusnya.',
  correct: '- pendataan Fakir Miskin',
  incorrect: '- a. pendataan Fakir Miskin\n- • pendataan Fakir Miskin',
  check(doc, report) {
    for (const t of doc.textsOf('rincian', 'ayat', 'diktum')) {
      const m = MARKER.exec(t.value);
      if (m) report({ place: { text: t, index: 0, length: m[0].length }, message: `Teks diawali tanda "${m[0].trim()}" yang diketik sendiri.`, hint: 'Hapus tanda itu; naskah menomori rincian dan ayat.', fix: replaceFix(t, 0, m[0].length, '', `hapus tanda "${m[0].trim()}" di awal teks`) });
    }
  },
};
