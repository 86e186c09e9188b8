/**
 * TN-DH-11 — Instruksi Presiden, Surat Edaran, Keputusan (beschikking) and letters are not dasar hukum.
 * Why: they are often listed in Mengingat; in a Keputusan they belong under Memperhatikan.
 * Source: [R]/[P].
 */
import { runsText } from '../../ir-index/text.js';
import { parseMengingat } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

/** TN-DH-11, as registered in src/lint/registry.ts. */
export const tnDh11: Rule = {
  id: 'TN-DH-11',
  level: 'WARN',
  statement: 'Instruksi, surat edaran, keputusan, dan surat bukan dasar hukum Mengingat.',
  source: '[R]/[P]',
  explanation: 'Dasar hukum hanya memuat peraturan perundang-undangan. Instruksi Presiden, Surat Edaran, Keputusan Menteri yang bersifat penetapan, surat, dan berita acara bukan dasar hukum; dalam Keputusan Bupati dokumen itu dapat dicantumkan di bawah "Memperhatikan".',
  correct: 'Memperhatikan : Instruksi Presiden Nomor 4 Tahun 2025 tentang …',
  incorrect: 'Mengingat : … 7. Instruksi Presiden Nomor 4 Tahun 2025 tentang …;',
  check(doc, report) {
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const k = parseMengingat(runsText(b.isi)).base;
      if (k.rank < 0) report({ place: { unit: b }, message: `"${k.text.slice(0, 60)}…" bukan peraturan perundang-undangan.`, hint: doc.jenis === 'keputusan-bupati' ? 'Pindahkan ke Memperhatikan.' : 'Hapus dari Mengingat; sebut dalam konsiderans bila perlu.' });
    }
  },
};
