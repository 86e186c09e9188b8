/**
 * TN-KEP-10 — the last diktum: "Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan."; the
 * boilerplate "apabila di kemudian hari terdapat kekeliruan … akan diadakan perbaikan" is avoided (warning).
 * Why: the entry into force is mandatory; the boilerplate has no legal effect and is struck by reviewers.
 * Source: [R]/[P]. ERROR (entry into force), WARN (boilerplate).
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KEP-10, as registered in src/lint/registry.ts. */
export const tnKep10: Rule = {
  id: 'TN-KEP-10',
  level: 'ERROR',
  statement: 'Diktum terakhir: "Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan."; tanpa klausul "apabila di kemudian hari terdapat kekeliruan".',
  source: '[R]/[P]',
  explanation: 'Diktum terakhir Keputusan Bupati menyatakan saat mulai berlakunya: "Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan." Klausul "dengan ketentuan apabila di kemudian hari terdapat kekeliruan dalam keputusan ini akan diadakan perbaikan sebagaimana mestinya" tidak mempunyai akibat hukum dan sebaiknya dihapus (peringatan).',
  correct: 'KEEMPAT : Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.',
  incorrect: 'KEEMPAT : Keputusan ini berlaku sejak tanggal ditetapkan dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    const last = doc.ir.diktum[doc.ir.diktum.length - 1];
    if (!last) return;
    const text = runsText(last.isi).replace(/\s+/g, ' ').trim();
    const standard = new RegExp(`^${doc.jenisPeraturan} ini mulai berlaku pada tanggal (?:ditetapkan|\\d{1,2} \\p{L}+ \\d{4})\\.$`, 'u');
    if (!standard.test(text)) report({ place: { unit: last }, message: `Diktum terakhir (${last.label}) tidak memuat rumusan mulai berlaku yang baku.`, hint: `Tulis "${doc.jenisPeraturan} ini mulai berlaku pada tanggal ditetapkan."` });
    for (const d of doc.ir.diktum) {
      if (/apabila di kemudian hari terdapat kekeliruan/i.test(runsText(d.isi))) report({ place: { unit: d }, message: `Diktum ${d.label} memuat klausul "apabila di kemudian hari terdapat kekeliruan …".`, hint: 'Hapus klausul itu; perbaikan dilakukan dengan mengubah Keputusan.', severity: 'warning' });
    }
  },
};
