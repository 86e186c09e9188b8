/**
 * TN-STRUCT-07 — a rancangan has RANCANGAN above the title and "NOMOR ... TAHUN ..."; a final document
 * has neither RANCANGAN nor ellipses in its number.
 * Why: a draft must not look numbered; a signed regulation must be numbered.
 * Source: amended L2 (TJ-Kumham p. 139, judul rancangan).
 */
import type { Rule } from '../types.js';

/** TN-STRUCT-07, as registered in src/lint/registry.ts. */
export const tnStruct07: Rule = {
  id: 'TN-STRUCT-07',
  level: 'ERROR',
  statement: 'Rancangan diawali RANCANGAN dan bernomor "NOMOR ... TAHUN ..."; dokumen final bernomor lengkap.',
  source: 'L2 (perubahan UU 13/2022), TJ-Kumham hlm. 139',
  explanation: 'Selama masih rancangan, judul diawali kata RANCANGAN pada baris tersendiri dan nomor serta tahunnya ditulis "NOMOR ... TAHUN ..."; nomor diberikan Bagian Hukum setelah penetapan. Dokumen berstatus final tidak lagi memuat RANCANGAN dan harus sudah bernomor, bertahun, dan bertanggal.',
  correct: 'status: rancangan\nnomor: null\ntahun: null',
  incorrect: 'status: rancangan\nnomor: 12\ntahun: 2025',
  check(doc, report) {
    const { ir, source } = doc;
    const nomorLine = ir.judul.baris.find((b) => /^NOMOR\b/.test(b)) ?? '';
    // The Perbup source has plain `nomor`/`tahun`; other kinds are judged from the printed title.
    const fromSource = source !== null && ir.jenis === 'peraturan-bupati';
    const data = (source?.data ?? {}) as { nomor?: unknown; tahun?: unknown };
    if (ir.status === 'rancangan') {
      if (!ir.judul.rancangan) report({ place: { path: ['status'] }, message: 'Rancangan tidak diawali kata RANCANGAN di atas judul.', hint: 'Judul rancangan diawali RANCANGAN pada baris tersendiri.' });
      for (const key of ['nomor', 'tahun'] as const) {
        if (fromSource ? data[key] !== null && data[key] !== undefined : !nomorLine.includes('...')) {
          report({ place: fromSource ? { path: [key] } : { unit: null }, message: `Rancangan sudah diberi ${key} (${nomorLine}).`, hint: `Tulis \`${key}: null\`; nomor dan tahun diberikan Bagian Hukum setelah penetapan dan dicetak "..." selama rancangan.` });
          if (!fromSource) break;
        }
      }
    } else {
      if (ir.judul.rancangan) report({ place: { path: ['status'] }, message: 'Dokumen final masih diawali kata RANCANGAN.', hint: 'Hapus penanda rancangan; periksa `status`.' });
      if (nomorLine.includes('...')) report({ place: fromSource ? { path: ['nomor'] } : { unit: null }, message: `Dokumen final belum bernomor lengkap (${nomorLine}).`, hint: 'Isi `nomor` dan `tahun` yang diberikan Bagian Hukum, atau kembalikan `status: rancangan`.' });
    }
  },
};
