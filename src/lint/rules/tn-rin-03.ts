/**
 * TN-RIN-03 — each rincian begins with a lower-case letter, unless it begins with a proper name, a defined
 * term or an abbreviation.
 * Why: items typed like sentences ("Pendataan …") are among the commonest corrections.
 * Source: L2 angka ≈87 item c.
 */
import { caseFix } from '../helpers/edits.js';
import { isAbbreviation, startsUpper } from '../words.js';
import type { Rule } from '../types.js';

/** TN-RIN-03, as registered in src/lint/registry.ts. */
export const tnRin03: Rule = {
  id: 'TN-RIN-03',
  level: 'ERROR',
  statement: 'Setiap rincian diawali huruf kecil, kecuali diawali nama diri, istilah yang didefinisikan, atau singkatan.',
  source: 'L2 angka ≈87 butir c',
  explanation: 'Rincian merupakan lanjutan kalimat pengantarnya, sehingga diawali huruf kecil. Huruf kapital di awal rincian hanya dipakai bila rincian itu diawali nama diri (Pemerintah Provinsi Jawa Barat), istilah yang didefinisikan dalam Pasal 1 (Perangkat Daerah, Puskesos), atau singkatan (TKSK).',
  correct: 'a. pendataan Fakir Miskin;\nb. Perangkat Daerah sesuai dengan tugasnya;',
  incorrect: 'a. Pendataan Fakir Miskin;',
  check(doc, report) {
    for (const t of doc.textsOf('rincian')) {
      const m = /^\s*(\S+)(?:\s+(\S+))?/.exec(t.masked);
      if (!m || !startsUpper(m[1]!)) continue;
      const first = m[1]!.replace(/[^\p{L}\p{N}-]/gu, '');
      const second = m[2]?.replace(/[^\p{L}\p{N}-]/gu, '') ?? '';
      const defined = doc.terms.occurrences(t.masked).some((o) => o.index === m.index + m[0].indexOf(m[1]!));
      const name = second !== '' && startsUpper(second);
      // A term of Pasal 1 whose definition is written in other capitals ("istilah: supervisor") is that
      // definition's mistake (TN-KU-03, TN-BHS-04), reported there once, not again at each rincian.
      const head = t.masked.trimStart().toLowerCase();
      const miscased = doc.terms.list.some((i) => head.startsWith(i.istilah.toLowerCase()) && !/^\p{L}/u.test(head.slice(i.istilah.length)) && i.istilah !== t.masked.trimStart().slice(0, i.istilah.length));
      if (defined || miscased || isAbbreviation(first) || name) continue;
      const index = t.value.search(/\p{L}/u);
      report({ place: { text: t, index, length: first.length }, message: `Rincian diawali huruf kapital "${first}".`, hint: `Tulis "${first.charAt(0).toLowerCase()}${first.slice(1)}"; rincian adalah lanjutan kalimat pengantarnya.`, fix: caseFix(t, index, t.value.charAt(index).toLowerCase(), `tulis "${first.charAt(0).toLowerCase()}${first.slice(1)}" dengan huruf kecil`) });
    }
  },
};
