/**
 * TN-PED-03 — headings inside a Lampiran cascade BAB I › A. › 1. › a. › 1) › a) › (1) › (a), one level at a
 * time.
 * Why: outline levels skipped or mixed in long guidebooks are corrected by Bagian Hukum.
 * Source: [P]/[R] (tata naskah outline convention).
 */
import type { Rule } from '../types.js';

const PATTERNS: readonly RegExp[] = [/^BAB [IVXLCDM]+$/, /^[A-Z]\.$/, /^\d+\.$/, /^[a-z]\.$/, /^\d+\)$/, /^[a-z]\)$/, /^\(\d+\)$/, /^\([a-z]\)$/];
const EXAMPLES = ['BAB I', 'A.', '1.', 'a.', '1)', 'a)', '(1)', '(a)'];

/** TN-PED-03, as registered in src/lint/registry.ts. */
export const tnPed03: Rule = {
  id: 'TN-PED-03',
  level: 'WARN',
  statement: 'Judul dalam lampiran bertingkat BAB I › A. › 1. › a. › 1) › a) › (1) › (a), tanpa melompati tingkat.',
  source: '[P]/[R]',
  explanation: 'Di dalam lampiran (mis. Buku Pedoman) judul disusun bertingkat: BAB dengan angka Romawi dan judul huruf kapital, lalu A., 1., a., 1), a), (1), (a). Tingkat tidak dilompati: sesudah BAB I langsung A., bukan 1.',
  correct: 'BAB I PENDAHULUAN › A. Latar Belakang › 1. Umum',
  incorrect: 'BAB I PENDAHULUAN › 1. Latar Belakang',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    for (const l of doc.ir.lampiran) {
      let previous = 0;
      for (const block of l.isi) {
        if (block.kind !== 'judul') continue;
        const pattern = PATTERNS[block.level - 1];
        if (pattern && !pattern.test(block.label)) report({ place: { unit: block }, message: `Judul tingkat ${block.level} bertanda "${block.label}".`, hint: `Tingkat ${block.level} ditandai seperti "${EXAMPLES[block.level - 1]}".` });
        if (block.level > previous + 1) report({ place: { unit: block }, message: `Judul "${block.label} ${block.judul}" melompat dari tingkat ${previous} ke tingkat ${block.level}.`, hint: 'Jangan melompati tingkat judul.' });
        previous = block.level;
      }
    }
  },
};
