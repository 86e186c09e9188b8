/**
 * TN-NUM-02 — counters restart in their scope: Bagian at "Kesatu" in each BAB, Paragraf at 1 in each
 * Bagian; BAB and Pasal never restart.
 * Why: guards the scopes of the generated numbering.
 * Source: [R]/[P].
 */
import { ordinal } from '../../ir/numbering.js';
import type { Rule } from '../types.js';

/** TN-NUM-02, as registered in src/lint/registry.ts. */
export const tnNum02: Rule = {
  id: 'TN-NUM-02',
  level: 'ERROR',
  statement: 'Bagian dimulai lagi dari Kesatu dalam setiap BAB; Paragraf dari 1 dalam setiap Bagian.',
  source: '[R]/[P]',
  explanation: 'Ruang lingkup penomoran: Pasal dan BAB berurutan di seluruh peraturan; Bagian dimulai dari "Bagian Kesatu" dalam setiap BAB; Paragraf dimulai dari "Paragraf 1" dalam setiap Bagian; ayat dimulai dari (1) dalam setiap Pasal; rincian dari a. dalam setiap daftar.',
  correct: 'BAB II: Bagian Kesatu, Bagian Kedua; BAB III: Bagian Kesatu',
  incorrect: 'BAB II: Bagian Kesatu, Bagian Kedua; BAB III: Bagian Ketiga',
  check(doc, report) {
    const firstInScope = new Set<unknown>();
    for (const [unit, parent] of doc.units.parents) {
      if (unit.kind !== 'bagian' && unit.kind !== 'paragraf') continue;
      if (firstInScope.has(`${unit.kind}:${String(parent?.id)}`)) continue;
      firstInScope.add(`${unit.kind}:${String(parent?.id)}`);
      const expected = unit.kind === 'bagian' ? `Bagian ${ordinal(1)}` : 'Paragraf 1';
      if (unit.label !== expected) report({ place: { unit }, message: `${unit.kind === 'bagian' ? 'Bagian' : 'Paragraf'} pertama dalam ${parent ? parent.label : 'batang tubuh'} bernomor "${unit.label}".`, hint: `Penomoran dimulai lagi: "${expected}".` });
    }
  },
};
