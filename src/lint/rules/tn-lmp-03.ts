/**
 * TN-LMP-03 — the Lampiran's name is centred, in capitals, without punctuation.
 * Why: a period typed after the name in `judul:` is common; `--fix` removes it.
 * Source: L2 §I.F.
 */
import { replaceFix } from '../helpers/edits.js';
import type { Rule } from '../types.js';

/** TN-LMP-03, as registered in src/lint/registry.ts. */
export const tnLmp03: Rule = {
  id: 'TN-LMP-03',
  level: 'ERROR',
  statement: 'Nama lampiran ditulis huruf kapital tanpa tanda baca.',
  source: 'L2 §I.F',
  explanation: 'Nama lampiran (mis. PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU …) diletakkan di tengah, ditulis huruf kapital, dan tidak diakhiri tanda baca. naskah mencetaknya dengan huruf kapital; jangan mengetik tanda baca di akhir `judul`.',
  correct: 'judul: PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU',
  incorrect: 'judul: PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU.',
  check(doc, report) {
    for (const t of doc.textsOf('lampiran-judul')) {
      const m = /\s*[.,;:]+\s*$/.exec(t.value);
      if (m) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Nama lampiran diakhiri tanda baca "${m[0].trim()}".`, hint: 'Hapus tanda baca di akhir nama lampiran.', fix: replaceFix(t, m.index, m[0].length, '', 'hapus tanda baca di akhir nama lampiran') });
    }
    doc.ir.lampiran.forEach((l, i) => {
      for (const line of l.judul) if (line !== line.toUpperCase()) report({ place: doc.source ? { path: ['lampiran', i, 'judul'] } : { unit: null }, message: `Nama lampiran "${line}" tidak dicetak huruf kapital.`, hint: 'Nama lampiran dicetak dengan huruf kapital.' });
    });
  },
};
