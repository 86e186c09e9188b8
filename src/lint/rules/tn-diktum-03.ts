/**
 * TN-DIKTUM-03 — "Menetapkan :" repeats jenis and name in capitals, ending with a period, without the
 * region name ("PERATURAN BUPATI TENTANG …."); also for a Keputusan (TN-KEP-06).
 * Why: guards the generated line; some offices keep the region name — house style may switch it off.
 * Source: L2 §I.B.5 [R]; UU 12/2011 "Menetapkan: UNDANG-UNDANG TENTANG …." [V].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-DIKTUM-03, as registered in src/lint/registry.ts. */
export const tnDiktum03: Rule = {
  id: 'TN-DIKTUM-03',
  level: 'WARN',
  statement: 'Menetapkan memuat jenis dan nama peraturan huruf kapital tanpa nama daerah, diakhiri titik.',
  source: 'L2 §I.B.5 [R]; UU 12/2011 [V]',
  explanation: 'Sesudah "Menetapkan :" ditulis kembali jenis dan nama peraturan dengan huruf kapital, tanpa nama daerah (sebagaimana undang-undang tidak menulis "REPUBLIK INDONESIA"), diakhiri titik: "PERATURAN BUPATI TENTANG … ." Sebagian kantor di Jawa Barat mempertahankan "PERATURAN BUPATI PURWAKARTA TENTANG"; bentuk itu dapat diizinkan sebagai gaya rumah.',
  correct: 'Menetapkan : PERATURAN BUPATI TENTANG SISTEM LAYANAN DAN RUJUKAN TERPADU.',
  incorrect: 'Menetapkan : PERATURAN BUPATI PURWAKARTA TENTANG SISTEM LAYANAN DAN RUJUKAN TERPADU',
  check(doc, report) {
    const butir = doc.ir.pembukaan.menetapkan.butir[0];
    if (!butir) return;
    const text = runsText(butir.isi).trim();
    const expected = `${doc.jenisPeraturan.toUpperCase()} TENTANG ${doc.ir.metadata.subject.toUpperCase()}.`;
    if (text !== expected) report({ place: butir.source ? { unit: butir } : { path: ['tentang'] }, message: `Baris Menetapkan tertulis "${text}".`, hint: `Seharusnya "${expected}".` });
  },
};
