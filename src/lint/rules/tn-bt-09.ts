/**
 * TN-BT-09 — money is written "Rp50.000.000,00 (lima puluh juta rupiah)": no space or period after Rp,
 * thousands separated by periods, ",00", and the amount in words.
 * Why: "Rp. 50.000.000" and amounts without words are common.
 * Source: UU 12/2011 Pasal 15 ayat (2) as model.
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-BT-09, as registered in src/lint/registry.ts. */
export const tnBt09: Rule = {
  id: 'TN-BT-09',
  level: 'WARN',
  statement: 'Jumlah uang ditulis Rp50.000.000,00 (lima puluh juta rupiah).',
  source: 'UU 12/2011 Pasal 15 ayat (2) (model)',
  explanation: 'Jumlah uang ditulis dengan "Rp" yang melekat pada angka (tanpa spasi atau titik), angka ribuan dipisah titik, diakhiri ",00", lalu jumlahnya dengan huruf dalam kurung diakhiri kata "rupiah".',
  correct: 'paling banyak Rp50.000.000,00 (lima puluh juta rupiah)',
  incorrect: 'paling banyak Rp. 50.000.000',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\bRp\.?\s*\d[\d.,]*/g, t.masked)) {
        const problems: string[] = [];
        if (/^Rp(?:\.|\s)/.test(m[0])) problems.push('ada titik atau spasi sesudah "Rp"');
        if (!/,\d{2}$/.test(m[0].replace(/[.,]$/, ''))) problems.push('tidak diakhiri ",00"');
        if (!/^\s*\([^()]*rupiah\)/.test(t.masked.slice(m.index + m[0].length))) problems.push('tidak diikuti jumlahnya dengan huruf dalam kurung');
        if (problems.length > 0) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Jumlah uang "${m[0]}" ${problems.join(', ')}.`, hint: 'Tulis mis. "Rp50.000.000,00 (lima puluh juta rupiah)".' });
      }
    }
  },
};
