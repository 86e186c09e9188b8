/**
 * TN-KEP-01 — a Keputusan's frame: title, jabatan, Menimbang, Mengingat, [Memperhatikan], MEMUTUSKAN,
 * Menetapkan, diktum KESATU …, penetapan, [Lampiran]; no batang tubuh of BAB and Pasal.
 * Why: guards the Keputusan frame.
 * Source: UU 12/2011 Pasal 97 [V]; P80 (Keputusan form) [R].
 */
import type { Rule } from '../types.js';

/** TN-KEP-01, as registered in src/lint/registry.ts. */
export const tnKep01: Rule = {
  id: 'TN-KEP-01',
  level: 'ERROR',
  statement: 'Keputusan berkerangka judul, jabatan, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, diktum, penetapan.',
  source: 'UU 12/2011 Pasal 97 [V]; P80 [R]',
  explanation: 'Keputusan Bupati disusun dengan kerangka: kop, judul (KEPUTUSAN BUPATI … / NOMOR … / TENTANG / nama), jabatan, Menimbang, Mengingat, Memperhatikan (bila ada), MEMUTUSKAN:, Menetapkan :, diktum KESATU, KEDUA, dan seterusnya, blok penetapan, tembusan (bila ada), dan lampiran. Keputusan tidak memuat BAB dan Pasal.',
  correct: 'KEPUTUSAN BUPATI PURWAKARTA … MEMUTUSKAN: Menetapkan : … KESATU : …',
  incorrect: 'Keputusan yang memuat BAB I dan Pasal 1',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    const { ir } = doc;
    if (!/^KEPUTUSAN /.test(ir.judul.baris[0] ?? '')) report({ place: { unit: null }, message: `Judul Keputusan diawali "${ir.judul.baris[0] ?? ''}".`, hint: 'Judul diawali "KEPUTUSAN BUPATI <NAMA DAERAH>".' });
    if (ir.batangTubuh.length > 0) report({ place: { unit: ir.batangTubuh[0]! }, message: 'Keputusan memuat BAB atau Pasal.', hint: 'Isi Keputusan dirumuskan dalam diktum KESATU, KEDUA, ….' });
    if (ir.diktum.length === 0) report({ place: { unit: null }, message: 'Keputusan tidak memuat diktum.', hint: 'Tambahkan diktum KESATU, KEDUA, ….' });
  },
};
