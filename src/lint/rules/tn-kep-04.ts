/**
 * TN-KEP-04 — a Keputusan has no "DENGAN RAHMAT TUHAN YANG MAHA ESA"; the jabatan follows the title.
 * Why: the phrase is copied from Perbup templates; some regions keep it (house style may switch off).
 * Source: P80 Keputusan form [R]; Kepgub Jabar 068/Kep.327-org/2018 [V].
 */
import type { Rule } from '../types.js';

/** TN-KEP-04, as registered in src/lint/registry.ts. */
export const tnKep04: Rule = {
  id: 'TN-KEP-04',
  level: 'WARN',
  statement: 'Keputusan tidak memuat frasa DENGAN RAHMAT TUHAN YANG MAHA ESA.',
  source: 'P80 (bentuk Keputusan) [R]; Kepgub Jabar 068/Kep.327-org/2018 [V]',
  explanation: 'Dalam Keputusan Bupati, baris jabatan "BUPATI PURWAKARTA," langsung mengikuti judul, tanpa frasa "DENGAN RAHMAT TUHAN YANG MAHA ESA". Sebagian daerah tetap mencantumkannya; bila itu gaya rumah setempat, matikan aturan ini dengan alasannya.',
  correct: 'KEPUTUSAN BUPATI PURWAKARTA … TENTANG …\nBUPATI PURWAKARTA,',
  incorrect: 'KEPUTUSAN BUPATI PURWAKARTA … TENTANG …\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI PURWAKARTA,',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    if (doc.ir.pembukaan.frasa) report({ place: { unit: null }, message: `Keputusan memuat frasa "${doc.ir.pembukaan.frasa}".`, hint: 'Hapus frasa itu, atau matikan aturan ini sebagai gaya rumah.' });
  },
};
