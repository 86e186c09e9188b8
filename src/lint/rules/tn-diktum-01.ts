/**
 * TN-DIKTUM-01 — "MEMUTUSKAN:" in capitals, without letter-spacing, the colon attached.
 * Why: "M E M U T U S K A N :" is a typewriter habit reviewers strike.
 * Source: L2 §I.B.5 [R].
 */
import type { Rule } from '../types.js';

/** TN-DIKTUM-01, as registered in src/lint/registry.ts. */
export const tnDiktum01: Rule = {
  id: 'TN-DIKTUM-01',
  level: 'ERROR',
  statement: 'MEMUTUSKAN: ditulis huruf kapital, tanpa spasi antarhuruf, titik dua melekat.',
  source: 'L2 §I.B.5 [R]',
  explanation: 'Diktum diawali kata "MEMUTUSKAN:" yang ditulis seluruhnya dengan huruf kapital tanpa spasi di antara huruf, diakhiri titik dua yang melekat, dan diletakkan di tengah. Spasi sebelum titik dua adalah kesalahan ringan (peringatan).',
  correct: 'MEMUTUSKAN:',
  incorrect: 'M E M U T U S K A N :',
  check(doc, report) {
    const m = doc.ir.pembukaan.memutuskan;
    if (m === 'MEMUTUSKAN:') return;
    if (m === 'MEMUTUSKAN :') report({ place: { unit: null }, message: 'Ada spasi sebelum titik dua pada "MEMUTUSKAN :".', hint: 'Tulis "MEMUTUSKAN:".', severity: 'warning' });
    else report({ place: { unit: null }, message: `Diktum tertulis "${m}".`, hint: 'Tulis "MEMUTUSKAN:" tanpa spasi antarhuruf.' });
  },
};
