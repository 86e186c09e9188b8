/**
 * TN-SLRT-01 — SLRT, Puskesos and SIKS-NG, when defined, use the Permensos 15/2018 definitions verbatim.
 * Why: paraphrased definitions of terms from the delegating regulation are sent back by Biro Hukum.
 * Source: PS15 Pasal 1 (wording as summarised by jogloabang) [V — compare with BN text before final].
 */
import type { Rule } from '../types.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const PS15: Readonly<Record<string, string>> = {
  'Sistem Layanan dan Rujukan Terpadu': 'sistem layanan yang mengidentifikasi kebutuhan dan keluhan fakir miskin dan orang tidak mampu serta melakukan rujukan kepada pengelola program penanganan fakir miskin dan orang tidak mampu di pusat dan daerah',
  'Pusat Kesejahteraan Sosial': 'tempat yang berfungsi untuk melakukan kegiatan pelayanan sosial bersama secara sinergis dan terpadu antara kelompok masyarakat dalam komunitas yang ada di desa/kelurahan/nama lain dalam penyelenggaraan kesejahteraan sosial',
  'Sistem Informasi Kesejahteraan Sosial-Next Generation': 'suatu sistem informasi yang terdiri dari beberapa komponen yaitu pengumpulan, pengolahan, penyajian, dan diseminasi data kesejahteraan sosial terpadu yang dilaksanakan secara berjenjang dan berkesinambungan dengan memanfaatkan teknologi informasi dan komunikasi',
};

/** TN-SLRT-01, as registered in src/lint/registry.ts. */
export const tnSlrt01: Rule = {
  id: 'TN-SLRT-01',
  level: 'ERROR',
  statement: 'Definisi SLRT, Puskesos, dan SIKS-NG sama persis dengan Permensos 15/2018.',
  source: 'PS15 Pasal 1 [V — bandingkan dengan teks BN 2018/1062 sebelum final]',
  explanation: 'Istilah yang berasal dari Peraturan Menteri Sosial Nomor 15 Tahun 2018 didefinisikan dengan rumusan yang sama (TN-SRC-05), termasuk huruf kecil pada "fakir miskin" dan "desa/kelurahan/nama lain".',
  correct: 'Pusat Kesejahteraan Sosial yang selanjutnya disebut Puskesos adalah tempat yang berfungsi untuk melakukan kegiatan pelayanan sosial bersama secara sinergis dan terpadu antara kelompok masyarakat dalam komunitas yang ada di desa/kelurahan/nama lain dalam penyelenggaraan kesejahteraan sosial.',
  incorrect: 'Puskesos adalah tempat pelayanan sosial terpadu di Desa.',
  check(doc, report) {
    for (const term of doc.terms.list) {
      const expected = PS15[term.istilah];
      if (!expected || !term.artiText) continue;
      if (normal(term.artiText.value) !== expected) report({ place: { text: term.artiText }, message: `Definisi "${term.istilah}" tidak sama dengan rumusan Permensos 15/2018.`, hint: `Tulis: "${expected}".` });
    }
  },
};
