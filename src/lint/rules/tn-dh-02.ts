/**
 * TN-DH-02 — Mengingat cites only regulations in force when the document is set: not one this document
 * revokes, not one promulgated after the date of penetapan.
 * Why: copying a Mengingat list from an older draft keeps a revoked basis; a new basis promulgated after
 * penetapan cannot be a basis.
 * Source: L2 §I.B.4 (DPR-Manual p. 265).
 */
import { runsText } from '../../ir-index/text.js';
import { parseMengingat, chronologicalKey } from '../../ir-index/citation.js';
import { isoDateIn } from '../helpers/dates.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import type { Rule } from '../types.js';

/** TN-DH-02, as registered in src/lint/registry.ts. */
export const tnDh02: Rule = {
  id: 'TN-DH-02',
  level: 'ERROR',
  statement: 'Dasar hukum tidak memuat peraturan yang dicabut oleh peraturan ini atau yang diundangkan sesudah penetapannya.',
  source: 'L2 §I.B.4; DPR-Manual hlm. 265',
  explanation: 'Dasar hukum memuat peraturan yang memerintahkan pembentukan dan yang menjadi dasar kewenangan, yang sederajat atau lebih tinggi. Peraturan yang akan dicabut dengan peraturan ini, dan peraturan yang sudah diundangkan tetapi belum berlaku atau belum diundangkan saat penetapan, tidak dapat dicantumkan.',
  correct: 'Mengingat memuat peraturan yang berlaku pada tanggal penetapan',
  incorrect: 'Mengingat memuat Peraturan Bupati yang dicabut oleh Pasal 20 peraturan ini',
  check(doc, report) {
    const { ir } = doc;
    const dicabut = doc.textsOf(...NORM_TEXTS).filter((t) => /\bdicabut\b/.test(t.masked)).map((t) => t.masked);
    const ditetapkan = isoDateIn(ir.penutup.penetapan.baris.join(' '));
    for (const b of ir.pembukaan.mengingat.butir) {
      const k = parseMengingat(runsText(b.isi)).base;
      if (k.nomor && k.tahun && dicabut.some((s) => s.includes(`${k.jenis}`) && s.includes(`Nomor ${k.nomor} Tahun ${k.tahun}`))) {
        report({ place: { unit: b }, message: `${k.jenis} Nomor ${k.nomor} Tahun ${k.tahun} dicabut oleh peraturan ini tetapi dicantumkan sebagai dasar hukum.`, hint: 'Hapus peraturan yang dicabut dari Mengingat.' });
      }
      const [tahun] = chronologicalKey(k);
      if (ditetapkan && tahun !== Number.MAX_SAFE_INTEGER && tahun > Number(ditetapkan.slice(0, 4))) {
        report({ place: { unit: b }, message: `Dasar hukum diundangkan tahun ${tahun}, sesudah tanggal penetapan (${ditetapkan}).`, hint: 'Dasar hukum harus sudah diundangkan dan berlaku saat peraturan ini ditetapkan; periksa tanggal penetapan atau data pengundangannya.' });
      }
    }
  },
};
