/**
 * TN-JUDUL-01 — the title is jenis + region, NOMOR … TAHUN …, TENTANG, and the name.
 * Why: guards the generated title block.
 * Source: L2 §I.A.
 */
import type { Rule } from '../types.js';

/** TN-JUDUL-01, as registered in src/lint/registry.ts. */
export const tnJudul01: Rule = {
  id: 'TN-JUDUL-01',
  level: 'ERROR',
  statement: 'Judul memuat jenis, nomor, tahun, dan nama (TENTANG …).',
  source: 'L2 §I.A',
  explanation: 'Judul peraturan memuat keterangan mengenai jenis, nomor, tahun pengundangan atau penetapan, dan nama peraturan, dalam baris: jenis dan daerah / NOMOR … TAHUN … / TENTANG / nama.',
  correct: 'PERATURAN BUPATI PURWAKARTA\nNOMOR 12 TAHUN 2025\nTENTANG\nSISTEM LAYANAN DAN RUJUKAN TERPADU',
  incorrect: 'PERATURAN BUPATI PURWAKARTA TENTANG SISTEM LAYANAN DAN RUJUKAN TERPADU (tanpa NOMOR dan TAHUN)',
  check(doc, report) {
    const [jenis, nomor, tentang, ...nama] = doc.ir.judul.baris;
    const problems: string[] = [];
    if (!jenis || !/^(?:PERATURAN|KEPUTUSAN) (?:BUPATI|WALI KOTA) \S/.test(jenis)) problems.push(`baris jenis "${jenis ?? ''}"`);
    if (!nomor || !/^NOMOR\b/.test(nomor) || (doc.jenis === 'peraturan-bupati' && !/\bTAHUN\b/.test(nomor))) problems.push(`baris nomor "${nomor ?? ''}"`);
    if (tentang !== 'TENTANG') problems.push(`baris "${tentang ?? ''}" (seharusnya TENTANG)`);
    if (nama.length === 0 || nama.join('').trim() === '') problems.push('nama peraturan');
    for (const p of problems) report({ place: { path: ['tentang'] }, message: `Judul tidak lengkap atau salah bentuk: ${p}.`, hint: 'Judul terdiri atas jenis dan daerah, NOMOR … TAHUN …, TENTANG, dan nama.' });
  },
};
