/**
 * TN-RIN-08 — the conjunction is written once, after the penultimate item; never on other items, and
 * never typed at the end of an item's text.
 * Why: "…; dan" on every item, and "dan" typed at the end of a butir, are frequent.
 * Source: L2 §I.C.2 [R]; Keppres 44/1999 Lampiran item e [V].
 */
import { effectiveEnding, isConjunction } from '../helpers/endings.js';
import { replaceFix } from '../helpers/edits.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-08, as registered in src/lint/registry.ts. */
export const tnRin08: Rule = {
  id: 'TN-RIN-08',
  level: 'ERROR',
  statement: 'Kata sambung "dan"/"atau" hanya ditulis sekali, sesudah butir sebelum terakhir.',
  source: 'L2 §I.C.2 [R]; Keppres 44/1999 Lampiran butir e [V]',
  explanation: 'Kata "dan", "atau", atau "dan/atau" hanya dicantumkan di belakang butir sebelum terakhir, tidak pada setiap butir. naskah menambahkannya menurut `rincian:`; jangan mengetik kata sambung di akhir teks butir.',
  correct: 'a. …;\nb. …; dan\nc. ….',
  incorrect: 'a. …; dan\nb. …; dan\nc. ….',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth !== 1) continue;
      list.items.forEach((r, i) => {
        if (i === list.items.length - 2) return;
        const e = effectiveEnding(r);
        if (isConjunction(e)) report({ place: { unit: r }, message: `Rincian ${r.label} diakhiri "${e}", padahal bukan butir sebelum terakhir.`, hint: 'Kata sambung hanya sesudah butir sebelum terakhir.' });
      });
    }
    for (const t of doc.textsOf('rincian')) {
      const m = /(?<=\S)\s+(?:dan\/atau|dan|atau|serta)\s*$/.exec(t.value);
      if (m) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Teks rincian diakhiri kata sambung "${m[0].trim()}" yang diketik sendiri.`, hint: 'Hapus kata sambung; naskah menambahkannya menurut `rincian:`.', fix: replaceFix(t, m.index, m[0].length, '', `hapus "${m[0].trim()}" di akhir rincian`) });
    }
  },
};
