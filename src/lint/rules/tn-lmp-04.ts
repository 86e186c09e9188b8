/**
 * TN-LMP-04 — each Lampiran ends with the jabatan of the official who sets the regulation, in capitals
 * with a comma, and the name.
 * Why: guards the generated signature of the Lampiran.
 * Source: L2 §I.F.
 */
import type { Rule } from '../types.js';

/** TN-LMP-04, as registered in src/lint/registry.ts. */
export const tnLmp04: Rule = {
  id: 'TN-LMP-04',
  level: 'ERROR',
  statement: 'Lampiran diakhiri jabatan penanda tangan (huruf kapital, koma) dan namanya.',
  source: 'L2 §I.F',
  explanation: 'Halaman terakhir setiap lampiran ditutup dengan nama jabatan pejabat yang menetapkan peraturan, huruf kapital diakhiri koma (BUPATI PURWAKARTA,), tanda tangan, dan namanya, di kanan bawah.',
  correct: 'BUPATI PURWAKARTA,\n\n…',
  incorrect: 'Lampiran tanpa penanda tangan',
  check(doc, report) {
    doc.ir.lampiran.forEach((l, i) => {
      const jabatan = l.penandatangan.baris[l.penandatangan.baris.length - 1];
      if (jabatan !== doc.ir.pembukaan.jabatan) report({ place: doc.source && doc.jenis === 'peraturan-bupati' ? { path: ['lampiran', i] } : { unit: null }, message: `Lampiran ke-${i + 1} ditutup jabatan "${jabatan ?? ''}".`, hint: `Lampiran ditutup "${doc.ir.pembukaan.jabatan}" dan nama penanda tangan.` });
      if (!l.penandatangan.nama) report({ place: { unit: null }, message: `Lampiran ke-${i + 1} tidak memuat nama penanda tangan.`, hint: 'Isi nama kepala daerah dalam content/daerah.yaml ("..." selama rancangan).' });
    });
  },
};
