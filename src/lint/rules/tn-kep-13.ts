/**
 * TN-KEP-13 — the Lampiran header of a Keputusan: LAMPIRAN / KEPUTUSAN BUPATI … / NOMOR … / [TANGGAL …] /
 * TENTANG / name.
 * Why: guards the generated header; the TANGGAL line is optional practice.
 * Source: L2 §I.F [V]; TANGGAL line [P].
 */
import type { Rule } from '../types.js';

/** TN-KEP-13, as registered in src/lint/registry.ts. */
export const tnKep13: Rule = {
  id: 'TN-KEP-13',
  level: 'ERROR',
  statement: 'Kepala lampiran Keputusan: LAMPIRAN / KEPUTUSAN BUPATI … / NOMOR … / [TANGGAL …] / TENTANG / nama.',
  source: 'L2 §I.F [V]; [P]',
  explanation: 'Kepala lampiran Keputusan Bupati memuat LAMPIRAN, KEPUTUSAN BUPATI dan nama daerah, nomor Keputusan, tanggal (bila dipakai), TENTANG, dan nama Keputusan, huruf kapital, di kanan atas.',
  correct: 'LAMPIRAN\nKEPUTUSAN BUPATI PURWAKARTA\nNOMOR ... TAHUN ...\nTENTANG\nSUSUNAN ORGANISASI …',
  incorrect: 'LAMPIRAN\nPERATURAN BUPATI PURWAKARTA\n…',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    doc.ir.lampiran.forEach((l, i) => {
      const lines = l.kepala.filter((line) => !/^TANGGAL\b/.test(line));
      const [head, jenis, nomor, tentang, ...nama] = lines;
      const ok = /^LAMPIRAN(?: [IVXLC]+)?$/.test(head ?? '') && jenis === doc.ir.judul.baris[0] && /^NOMOR\b/.test(nomor ?? '') && /^TENTANG\s*:?$/.test(tentang ?? '') && nama.length > 0 && l.kepala.every((x) => /^(NOMOR|TANGGAL)\b/.test(x) || x === x.toUpperCase()); // the number keeps "Kep." (TN-KEP-03), the date its month name
      if (!ok) report({ place: { unit: null }, message: `Kepala lampiran ke-${i + 1} tidak baku: "${l.kepala.join(' / ')}".`, hint: 'Kepala lampiran: LAMPIRAN / KEPUTUSAN BUPATI … / NOMOR … / [TANGGAL …] / TENTANG / nama.' });
    });
  },
};
