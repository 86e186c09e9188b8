/**
 * TN-KU-01 — Ketentuan Umum is BAB I titled KETENTUAN UMUM, and the definitions are Pasal 1.
 * Why: definitions placed elsewhere, or a first BAB with another title, are sent back.
 * Source: L2 angka 98 [R]; L2 §I.C.1 [V].
 */
import type { Rule } from '../types.js';

/** TN-KU-01, as registered in src/lint/registry.ts. */
export const tnKu01: Rule = {
  id: 'TN-KU-01',
  level: 'ERROR',
  statement: 'Ketentuan umum adalah BAB I berjudul KETENTUAN UMUM; definisi dimuat dalam Pasal 1.',
  source: 'L2 angka 98 [R]; L2 §I.C.1 [V]',
  explanation: 'Ketentuan umum diletakkan dalam BAB kesatu berjudul KETENTUAN UMUM, atau dalam Pasal pertama bila peraturan tidak dibagi dalam BAB. Batasan pengertian (definisi) dimuat dalam Pasal 1.',
  correct: 'BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan: …',
  incorrect: 'BAB I PENDAHULUAN … Pasal 4 Dalam Peraturan Bupati ini yang dimaksud dengan: …',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const { pasal, bab } = doc.units;
    const withDefinitions = pasal.filter((p) => p.ayat.some((a) => a.rincian.some((r) => r.definisi !== null)));
    for (const p of withDefinitions) {
      if (p !== pasal[0]) report({ place: { unit: p }, message: `Definisi dimuat dalam ${p.label}, bukan Pasal 1.`, hint: 'Pindahkan Pasal definisi ke awal batang tubuh (BAB I KETENTUAN UMUM).' });
    }
    const first = bab[0];
    if (withDefinitions.length > 0 && first && first.judul.trim().toUpperCase() !== 'KETENTUAN UMUM') {
      const title = doc.textsOf('judul-bab').find((t) => t.unit === first);
      report({ place: title ? { text: title } : { unit: first }, message: `BAB I berjudul "${first.judul}", bukan KETENTUAN UMUM.`, hint: 'Judul BAB I adalah KETENTUAN UMUM.' });
    }
  },
};
