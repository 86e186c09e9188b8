/**
 * TN-DH-06 — every basis carries its promulgation data: UU/PP Lembaran Negara + Tambahan; Perpres Lembaran
 * Negara; Peraturan Menteri Berita Negara; Perda Lembaran Daerah; Pergub/Perbup Berita Daerah; no number
 * left unverified ("...").
 * Why: a citation printed with "..." must not reach a final document; the resolver flags unverified
 * registry entries (NSK306), this rule reads the printed citation itself.
 * Source: L2 §I.B.4 (DPR-Manual p. 265).
 */
import { runsText } from '../../ir-index/text.js';
import { parseMengingat, type Citation } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

const REQUIRED: Record<number, { readonly need: readonly string[]; readonly name: string }> = {
  1: { need: ['LN', 'TLN'], name: 'Lembaran Negara dan Tambahan Lembaran Negara' },
  2: { need: ['LN', 'TLN'], name: 'Lembaran Negara dan Tambahan Lembaran Negara' },
  3: { need: ['LN'], name: 'Lembaran Negara' },
  4: { need: ['BN'], name: 'Berita Negara' },
  5: { need: ['LD'], name: 'Lembaran Daerah' },
  6: { need: ['BD'], name: 'Berita Daerah' },
  7: { need: ['LD'], name: 'Lembaran Daerah' },
  8: { need: ['BD'], name: 'Berita Daerah' },
};

function masalah(k: Citation): string | null {
  if (k.rank <= 0) return null;
  const rule = REQUIRED[k.rank];
  if (!rule) return null;
  const have = new Set(k.promulgations.map((t) => t.jenis));
  // Laws of the early 1950s were published in the Berita Negara, without a Lembaran Negara number.
  const old = Number(k.tahun) < 1960 && have.has('BN');
  if (!old && !rule.need.every((n) => have.has(n))) return `tidak memuat ${rule.name}`;
  if (k.promulgations.some((t) => t.tahun === '...' || t.nomor === '...') || k.nomor === '...') return 'memuat nomor yang belum terverifikasi ("...")';
  if (!old && k.promulgations.some((t) => (t.jenis === 'LN' || t.jenis === 'BN' || t.jenis === 'LD' || t.jenis === 'BD') && t.nomor === null)) return 'memuat terbitan tanpa nomor';
  return null;
}

/** TN-DH-06, as registered in src/lint/registry.ts. */
export const tnDh06: Rule = {
  id: 'TN-DH-06',
  level: 'ERROR',
  statement: 'Setiap dasar hukum memuat data pengundangannya (Lembaran/Berita Negara atau Daerah) yang sudah terverifikasi.',
  source: 'L2 §I.B.4; DPR-Manual hlm. 265',
  explanation: 'Di belakang kutipan dasar hukum dicantumkan data pengundangannya dalam kurung: Undang-Undang dan Peraturan Pemerintah dengan Lembaran Negara dan Tambahan Lembaran Negara; Peraturan Presiden dengan Lembaran Negara; Peraturan Menteri dengan Berita Negara; Peraturan Daerah dengan Lembaran Daerah; Peraturan Gubernur/Bupati dengan Berita Daerah. Nomor yang belum dikonfirmasi dicetak "..." dan tidak boleh ada dalam dokumen final (lihat juga NSK306).',
  correct: 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 12, Tambahan Lembaran Negara Republik Indonesia Nomor 4967)',
  incorrect: 'Peraturan Pemerintah Nomor 39 Tahun 2012 tentang … (Lembaran Negara Republik Indonesia Tahun 2012 Nomor ..., Tambahan Lembaran Negara Republik Indonesia Nomor ...)',
  coveredBy: ['NSK306'],
  check(doc, report) {
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const k = parseMengingat(runsText(b.isi));
      for (const part of [k.base, k.perubahan]) {
        const problem = part ? masalah(part) : null;
        if (problem) report({ place: { unit: b }, message: `Kutipan \`${b.id}\` ${problem}.`, hint: 'Lengkapi data pengundangan di content/dasar-hukum.yaml setelah dikonfirmasi di JDIH.' });
      }
    }
  },
};
