/**
 * TN-JUDUL-06 — no colon after NOMOR in the title of a Peraturan (house style may allow it).
 * Why: "NOMOR : 10 TAHUN 2013" is seen in older Purwakarta regulations.
 * Source: L2 §I.A examples; Perda Kab. Purwakarta 10/2013 [P].
 */
import type { Rule } from '../types.js';

/** TN-JUDUL-06, as registered in src/lint/registry.ts. */
export const tnJudul06: Rule = {
  id: 'TN-JUDUL-06',
  level: 'WARN',
  statement: 'Pada judul Peraturan, NOMOR tidak diikuti titik dua.',
  source: 'L2 §I.A (contoh); Perda Kab. Purwakarta 10/2013 [P]',
  explanation: 'Contoh judul dalam Lampiran II UU 12/2011 menulis "NOMOR 12 TAHUN 2011" tanpa titik dua. Sebagian naskah daerah menulis "NOMOR : 10 TAHUN 2013"; bila Bagian Hukum memakai bentuk itu, matikan aturan ini dalam content/naskah.config.yaml dengan alasannya. Untuk Keputusan, nomor dengan titik dua adalah kebiasaan yang berbeda (TN-KEP-03).',
  correct: 'NOMOR 12 TAHUN 2025',
  incorrect: 'NOMOR : 12 TAHUN 2025',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const line = doc.ir.judul.baris.find((b) => /^NOMOR\b/.test(b));
    if (line && /^NOMOR\s*:/.test(line)) report({ place: { path: ['nomor'] }, message: `Judul menulis "${line}" dengan titik dua.`, hint: 'Tulis "NOMOR … TAHUN …" tanpa titik dua, atau matikan aturan ini sebagai gaya rumah.' });
  },
};
