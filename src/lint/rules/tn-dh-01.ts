/**
 * TN-DH-01 — Mengingat is labelled, its items numbered 1., 2., … (a single basis unnumbered), each ending
 * with ";", the last one too.
 * Why: guards the generated list.
 * Source: L2 §I.B.4 [R]; UU 12/2011 Mengingat [V].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-DH-01, as registered in src/lint/registry.ts. */
export const tnDh01: Rule = {
  id: 'TN-DH-01',
  level: 'ERROR',
  statement: 'Mengingat bernomor 1., 2., … (satu dasar hukum tanpa nomor), setiap butir diakhiri titik koma.',
  source: 'L2 §I.B.4 [R]; UU 12/2011 [V]',
  explanation: 'Dasar hukum diawali kata "Mengingat" dengan titik dua. Bila lebih dari satu, setiap dasar hukum diberi nomor 1., 2., dan seterusnya; satu-satunya dasar hukum tidak diberi nomor. Setiap butir, termasuk yang terakhir, diakhiri titik koma.',
  correct: 'Mengingat : 1. …;\n            2. …;',
  incorrect: 'Mengingat : a. ….\n            b. …',
  check(doc, report) {
    const m = doc.ir.pembukaan.mengingat;
    if (m.label !== 'Mengingat') report({ place: { path: ['mengingat'], key: true }, message: `Label dasar hukum tertulis "${m.label}".`, hint: 'Label dasar hukum adalah "Mengingat".' });
    m.butir.forEach((b, i) => {
      const expected = m.butir.length === 1 ? '' : `${i + 1}.`;
      if (b.label !== expected) report({ place: { unit: b }, message: `Dasar hukum ke-${i + 1} bernomor "${b.label}".`, hint: expected ? `Nomornya "${expected}".` : 'Satu-satunya dasar hukum tidak diberi nomor.' });
      const text = runsText(b.isi).trimEnd();
      if (!text.endsWith(';') || /;\s*(?:dan|atau)$/.test(text)) report({ place: { unit: b }, message: `Dasar hukum ke-${i + 1} tidak diakhiri titik koma.`, hint: 'Setiap dasar hukum diakhiri ";", termasuk yang terakhir, tanpa "dan".' });
    });
  },
};
