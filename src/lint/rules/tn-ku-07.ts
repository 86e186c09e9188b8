/**
 * TN-KU-07 — no term is used before it is defined: a definition does not use a term defined further down
 * the list, and the konsiderans does not use a short form Pasal 1 has yet to introduce.
 * Why: order of definitions follows first appearance (general before specific); a short form before its
 * introduction is unreadable.
 * Source: L2 angka 109 [R].
 */
import type { Rule } from '../types.js';

/** The standard regional definitions keep the order of UU 23/2014 (Pemerintah Daerah is defined by the Bupati). */
const STANDARD_TERMS = new Set(['Daerah', 'Pemerintah Daerah', 'Bupati', 'Wali Kota', 'Perangkat Daerah', 'Sekretaris Daerah']);

/** TN-KU-07, as registered in src/lint/registry.ts. */
export const tnKu07: Rule = {
  id: 'TN-KU-07',
  level: 'WARN',
  statement: 'Istilah tidak dipakai sebelum didefinisikan; definisi disusun dari yang umum ke yang khusus.',
  source: 'L2 angka 109 [R]',
  explanation: 'Definisi disusun dari pengertian yang umum ke yang khusus, menurut urutan kemunculannya, dan yang berkaitan diletakkan berdekatan. Sebuah definisi tidak memakai istilah yang baru didefinisikan pada angka sesudahnya, dan konsiderans tidak memakai singkatan yang baru diperkenalkan dalam Pasal 1. Definisi baku daerah (Daerah, Pemerintah Daerah, Bupati, Perangkat Daerah, Sekretaris Daerah) mengikuti urutan UU 23/2014 dan dikecualikan.',
  correct: '14. Keluhan adalah …\n15. Rujukan adalah pelimpahan penanganan Keluhan …',
  incorrect: '14. Rujukan adalah pelimpahan penanganan Keluhan …\n15. Keluhan adalah …',
  check(doc, report) {
    for (const term of doc.terms.list) {
      const arti = term.artiText;
      if (!arti) continue;
      for (const o of doc.terms.occurrences(arti.masked)) {
        if (o.istilah.number > term.number && !(STANDARD_TERMS.has(term.istilah) && STANDARD_TERMS.has(o.istilah.istilah))) report({ place: { text: arti, index: o.index, length: o.length }, message: `Definisi "${term.istilah}" (angka ${term.number}) memakai "${o.matched}" yang baru didefinisikan pada angka ${o.istilah.number}.`, hint: `Letakkan definisi "${o.istilah.istilah}" sebelum "${term.istilah}".` });
      }
    }
    for (const t of doc.textsOf('menimbang')) {
      for (const o of doc.terms.occurrences(t.masked)) {
        if (o.form === 'singkatan') report({ place: { text: t, index: o.index, length: o.length }, message: `Konsiderans memakai singkatan "${o.matched}" yang baru diperkenalkan dalam Pasal 1.`, hint: `Tulis kepanjangannya dengan huruf kecil: "${o.istilah.istilah.toLowerCase()}".` });
      }
    }
  },
};
