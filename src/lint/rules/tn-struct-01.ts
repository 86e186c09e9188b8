/**
 * TN-STRUCT-01 — the parts of a regulation are all present in their fixed order: judul, pembukaan (frasa,
 * jabatan, Menimbang, Mengingat, MEMUTUSKAN/Menetapkan), batang tubuh (or diktum), penutup.
 * Why: the IR's shape fixes the order; this guards the generator against a missing part.
 * Source: L2 §I "Kerangka" (A Judul, B Pembukaan 1–5, C Batang Tubuh, D Penutup, E Penjelasan, F Lampiran).
 */
import type { Rule } from '../types.js';

/** TN-STRUCT-01, as registered in src/lint/registry.ts. */
export const tnStruct01: Rule = {
  id: 'TN-STRUCT-01',
  level: 'ERROR',
  statement: 'Kerangka lengkap dan berurutan: judul, pembukaan, batang tubuh (atau diktum), penutup, [lampiran].',
  source: 'L2 §I Kerangka',
  explanation: 'Peraturan perundang-undangan disusun dalam kerangka yang tetap: Judul; Pembukaan (frasa DENGAN RAHMAT TUHAN YANG MAHA ESA, jabatan pembentuk, Menimbang, Mengingat, MEMUTUSKAN dan Menetapkan); Batang Tubuh; Penutup; lalu Penjelasan dan Lampiran bila ada. Keputusan memakai diktum sebagai ganti batang tubuh. naskah menyusun urutan ini sendiri; aturan ini memastikan tidak ada bagian yang hilang.',
  correct: 'Judul → Pembukaan (Menimbang, Mengingat, MEMUTUSKAN, Menetapkan) → BAB I … → penutup → Lampiran',
  incorrect: 'Peraturan tanpa Mengingat, atau tanpa blok penetapan',
  check(doc, report) {
    const { ir } = doc;
    const missing: string[] = [];
    if (ir.judul.baris.length === 0) missing.push('judul');
    if (ir.jenis === 'peraturan-bupati' && !ir.pembukaan.frasa) missing.push('frasa DENGAN RAHMAT TUHAN YANG MAHA ESA');
    if (!ir.pembukaan.jabatan) missing.push('jabatan pembentuk');
    if (ir.pembukaan.menimbang.butir.length === 0) missing.push('Menimbang');
    if (ir.pembukaan.mengingat.butir.length === 0) missing.push('Mengingat');
    if (!ir.pembukaan.memutuskan || ir.pembukaan.menetapkan.butir.length === 0) missing.push('MEMUTUSKAN/Menetapkan');
    if (ir.jenis === 'keputusan-bupati' ? ir.diktum.length === 0 : ir.jenis === 'peraturan-bupati' && ir.batangTubuh.length === 0) missing.push(ir.jenis === 'keputusan-bupati' ? 'diktum' : 'batang tubuh');
    if (ir.penutup.penetapan.baris.length === 0) missing.push('blok penetapan');
    for (const part of missing) {
      report({ place: { unit: null }, message: `Bagian ${part} tidak ada dalam dokumen.`, hint: 'Lengkapi sumber dokumen; bagian ini wajib menurut kerangka peraturan perundang-undangan.' });
    }
  },
};
