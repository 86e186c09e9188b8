/**
 * TN-JUDUL-05 — amendment and revocation titles: "Perubahan atas …", "Perubahan Kedua atas …",
 * "Pencabutan …", each naming the regulation with its number, year and name.
 * Why: "Perubahan Pertama" and abbreviated citations are frequent.
 * Source: L2 §I.A (TJ-Kumham p. 140 items f, g, i).
 */
import type { Rule } from '../types.js';

const ORDINAL = '(?:Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh)';
const CITED = '(?:Peraturan|Keputusan) (?:Bupati|Wali Kota) [A-Z][\\p{L} ]*? Nomor \\d+ Tahun \\d{4} tentang \\S.*';
const PERUBAHAN = new RegExp(`^Perubahan (?:${ORDINAL} )?atas ${CITED}$`, 'u');
const PENCABUTAN = new RegExp(`^Pencabutan ${CITED}$`, 'u');

/** TN-JUDUL-05, as registered in src/lint/registry.ts. */
export const tnJudul05: Rule = {
  id: 'TN-JUDUL-05',
  level: 'ERROR',
  statement: 'Judul perubahan: "Perubahan [Kedua…] atas …"; judul pencabutan: "Pencabutan …", dengan nomor, tahun, dan nama.',
  source: 'L2 §I.A; TJ-Kumham hlm. 140 butir f, g, i',
  explanation: 'Nama peraturan perubahan ditambah frasa "Perubahan atas" di depan judul peraturan yang diubah, lengkap dengan jenis, nomor, tahun, dan namanya. Perubahan kedua dan seterusnya ditulis "Perubahan Kedua atas …" (tanpa menyebut perubahan sebelumnya); perubahan pertama tidak diberi kata "Pertama". Peraturan pencabutan diberi nama "Pencabutan …".',
  correct: 'tentang: Perubahan Kedua atas Peraturan Bupati Purwakarta Nomor 12 Tahun 2025 tentang Sistem Layanan dan Rujukan Terpadu',
  incorrect: 'tentang: Perubahan Pertama atas Perbup No. 12 Tahun 2025',
  check(doc, report) {
    for (const t of doc.textsOf('tentang')) {
      const name = t.value.trim().replace(/\s+/g, ' ');
      if (/^perubahan\b/i.test(name) && !PERUBAHAN.test(name)) report({ place: { text: t }, message: 'Nama peraturan perubahan tidak berbentuk "Perubahan [Kedua …] atas <jenis> <daerah> Nomor … Tahun … tentang …".', hint: 'Perubahan pertama: "Perubahan atas …"; berikutnya "Perubahan Kedua atas …"; sebut jenis, nomor, tahun, dan nama peraturan yang diubah secara lengkap.' });
      if (/^pencabutan\b/i.test(name) && !PENCABUTAN.test(name)) report({ place: { text: t }, message: 'Nama peraturan pencabutan tidak berbentuk "Pencabutan <jenis> <daerah> Nomor … Tahun … tentang …".', hint: 'Sebut jenis, nomor, tahun, dan nama peraturan yang dicabut secara lengkap.' });
    }
  },
};
