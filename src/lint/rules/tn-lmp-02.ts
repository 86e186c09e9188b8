/**
 * TN-LMP-02 — the Lampiran header of a Peraturan: LAMPIRAN / PERATURAN BUPATI … / NOMOR … TAHUN … /
 * TENTANG / name, in capitals, no terminal punctuation. The Jawa Barat variant with colons is house style
 * (a warning).
 * Why: guards the generated header.
 * Source: L2 §I.F (DPR-Manual p. 286) [V]; colons [P].
 */
import type { Rule } from '../types.js';

/** TN-LMP-02, as registered in src/lint/registry.ts. */
export const tnLmp02: Rule = {
  id: 'TN-LMP-02',
  level: 'ERROR',
  statement: 'Kepala lampiran: LAMPIRAN / PERATURAN BUPATI … / NOMOR … TAHUN … / TENTANG / nama, huruf kapital tanpa tanda baca.',
  source: 'L2 §I.F; DPR-Manual hlm. 286 [V]',
  explanation: 'Kepala lampiran diletakkan di kanan atas dengan baris rata kiri: LAMPIRAN, jenis dan nama daerah, NOMOR … TAHUN …, TENTANG, dan nama peraturan, semuanya huruf kapital tanpa tanda baca di akhir. Bentuk dengan titik dua ("NOMOR :", "TENTANG :") yang dipakai sebagian kantor di Jawa Barat hanya diberi peringatan.',
  correct: 'LAMPIRAN\nPERATURAN BUPATI PURWAKARTA\nNOMOR ... TAHUN ...\nTENTANG\nSISTEM LAYANAN DAN RUJUKAN TERPADU',
  incorrect: 'Lampiran Peraturan Bupati Purwakarta Nomor ... Tahun ... tentang Sistem Layanan dan Rujukan Terpadu.',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const jenisLine = doc.ir.judul.baris[0];
    doc.ir.lampiran.forEach((l, i) => {
      const place = doc.source ? { path: ['lampiran', i] as (string | number)[] } : { unit: null };
      const [head, jenis, nomor, tentang, ...nama] = l.kepala;
      const problems: string[] = [];
      if (!head || !/^LAMPIRAN(?: [IVXLC]+)?$/.test(head)) problems.push(`baris "${head ?? ''}"`);
      if (jenis !== jenisLine) problems.push(`baris jenis "${jenis ?? ''}"`);
      if (!nomor || !/^NOMOR\s*:?\s*\S.* TAHUN\s*:?\s*\S+$/.test(nomor)) problems.push(`baris nomor "${nomor ?? ''}"`);
      if (!tentang || !/^TENTANG\s*:?$/.test(tentang)) problems.push(`baris "${tentang ?? ''}"`);
      if (nama.length === 0) problems.push('nama peraturan');
      for (const line of l.kepala) {
        if (line !== line.toUpperCase()) problems.push(`baris "${line}" tidak huruf kapital`);
        if (/[.,;]$/.test(line) && !line.endsWith('...')) problems.push(`baris "${line}" diakhiri tanda baca`);
      }
      for (const p of problems) report({ place, message: `Kepala lampiran tidak baku: ${p}.`, hint: 'Kepala lampiran: LAMPIRAN / PERATURAN BUPATI … / NOMOR … TAHUN … / TENTANG / nama.' });
      if (l.kepala.some((line) => /^(?:NOMOR|TANGGAL|TENTANG)\s*:/.test(line))) report({ place, message: 'Kepala lampiran memakai titik dua ("NOMOR :", "TENTANG :").', hint: 'Lampiran II UU 12/2011 menulis kepala lampiran tanpa titik dua; bentuk dengan titik dua hanya bila menjadi gaya rumah Bagian Hukum.', severity: 'warning' });
    });
  },
};
