/**
 * TN-KONS-02 — each konsiderans item is one sentence beginning with "bahwa" (lower case).
 * Why: "Bahwa …" with a capital and items without "bahwa" are among the commonest corrections.
 * Source: L2 §I.B.3 (DPR-Manual p. 263).
 */
import { caseFix } from '../helpers/edits.js';
import type { Rule } from '../types.js';

/** TN-KONS-02, as registered in src/lint/registry.ts. */
export const tnKons02: Rule = {
  id: 'TN-KONS-02',
  level: 'ERROR',
  statement: 'Setiap pertimbangan Menimbang berupa satu kalimat yang diawali kata "bahwa" (huruf kecil).',
  source: 'L2 §I.B.3; DPR-Manual hlm. 263',
  explanation: 'Setiap pokok pikiran dalam konsiderans diberi huruf a., b., dan seterusnya, dirumuskan dalam satu kalimat yang utuh, diawali kata "bahwa" dengan huruf kecil, dan diakhiri tanda titik koma. Huruf dan tanda titik koma ditambahkan naskah; penyusun menulis kalimat yang diawali "bahwa".',
  correct: 'teks: bahwa penanganan fakir miskin di Daerah memerlukan layanan yang terpadu',
  incorrect: 'teks: Bahwa penanganan fakir miskin di Daerah memerlukan layanan yang terpadu',
  check(doc, report) {
    for (const t of doc.textsOf('menimbang')) {
      const start = t.value.search(/\S/);
      const head = t.value.slice(Math.max(start, 0));
      if (/^bahwa\s/.test(head)) {
        // fine
      } else if (/^bahwa\s/i.test(head)) {
        report({ place: { text: t, index: start, length: 5 }, message: `Pertimbangan diawali "${head.slice(0, 5)}" dengan huruf kapital.`, hint: 'Tulis "bahwa" dengan huruf kecil.', fix: caseFix(t, start, 'bahwa', 'tulis "bahwa" dengan huruf kecil') });
      } else {
        report({ place: { text: t, index: Math.max(start, 0), length: Math.max(1, head.split(/\s/)[0]!.length) }, message: 'Pertimbangan tidak diawali kata "bahwa".', hint: 'Rumuskan pertimbangan sebagai kalimat "bahwa …".' });
      }
      const second = /[.!?]\s+(?=\p{Lu})/u.exec(t.masked);
      if (second) report({ place: { text: t, index: second.index, length: 1 }, message: 'Pertimbangan memuat lebih dari satu kalimat.', hint: 'Satukan menjadi satu kalimat (gunakan koma atau "sehingga"), atau pecah menjadi pertimbangan tersendiri.' });
    }
  },
};
