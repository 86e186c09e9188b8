/**
 * TN-KU-03 — definitions are numbered 1., 2., …; each begins with a capital letter and ends with ".".
 * Why: a lower-case term and "; dan" after a definition are common; numbers and "." are guarded.
 * Source: L2 §I.C.1 [V].
 */
import { caseFix } from '../helpers/edits.js';
import { startsUpper } from '../words.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KU-03, as registered in src/lint/registry.ts. */
export const tnKu03: Rule = {
  id: 'TN-KU-03',
  level: 'ERROR',
  statement: 'Definisi bernomor 1., 2., …, diawali huruf kapital, dan diakhiri titik.',
  source: 'L2 §I.C.1 [V]',
  explanation: 'Setiap batasan pengertian diberi nomor angka Arab dengan titik, diawali huruf kapital (istilah yang didefinisikan), dan diakhiri tanda titik; tidak diakhiri titik koma dan tidak diberi "dan" sebelum definisi terakhir.',
  correct: '1. Daerah adalah Kabupaten Purwakarta.\n2. Bupati adalah Bupati Purwakarta.',
  incorrect: '1. daerah adalah Kabupaten Purwakarta;\n2. Bupati adalah Bupati Purwakarta; dan',
  check(doc, report) {
    for (const term of doc.terms.list) {
      const t = term.istilahText;
      if (t && !startsUpper(t.value)) {
        const start = t.value.search(/\p{L}/u);
        report({ place: { text: t, index: Math.max(start, 0), length: 1 }, message: `Istilah "${t.value.trim()}" tidak diawali huruf kapital.`, hint: 'Istilah yang didefinisikan diawali huruf kapital dan ditulis demikian setiap kali dipakai.', fix: start >= 0 ? caseFix(t, start, t.value.charAt(start).toUpperCase(), 'awali istilah dengan huruf kapital') : undefined });
      }
      const r = term.rincian;
      if (r.label !== `${term.number}.`) report({ place: { unit: r }, message: `Definisi ke-${term.number} bernomor "${r.label}".`, hint: `Seharusnya "${term.number}.".` });
      const text = runsText(r.isi).trimEnd();
      if (!text.endsWith('.') || /;\s*(?:dan|atau)?$/.test(text)) report({ place: { unit: r }, message: `Definisi "${term.istilah}" tidak diakhiri titik.`, hint: 'Setiap definisi diakhiri ".".' });
    }
  },
};
