/**
 * TN-BT-06 — ayat are numbered (1), (2), … in each Pasal (an unsplit Pasal has one unnumbered body),
 * each ayat is one sentence, and no Pasal is empty.
 * Why: two sentences in one ayat are a common drafting slip; the numbers are guarded.
 * Source: L2 angka 82–83.
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-BT-06, as registered in src/lint/registry.ts. */
export const tnBt06: Rule = {
  id: 'TN-BT-06',
  level: 'ERROR',
  statement: 'Ayat bernomor (1), (2), … dan setiap ayat terdiri atas satu kalimat.',
  source: 'L2 angka 82–83',
  explanation: 'Ayat diberi nomor urut dengan angka Arab di antara tanda kurung tanpa tanda baca sesudahnya, dan satu ayat hanya memuat satu kalimat yang utuh. Bila sebuah ayat memuat dua kalimat, pecah menjadi dua ayat. Pasal tanpa isi tidak boleh ada.',
  correct: '(1) Puskesos dibentuk di setiap Desa.\n(2) Pembentukan Puskesos dilaporkan kepada camat.',
  incorrect: '(1) Puskesos dibentuk di setiap Desa. Pembentukan Puskesos dilaporkan kepada camat.',
  check(doc, report) {
    for (const p of doc.units.pasal) {
      if (p.ayat.length === 0 || p.ayat.every((a) => runsText(a.isi).trim() === '' && a.rincian.length === 0)) report({ place: { unit: p }, message: `${p.label} tidak berisi apa pun.`, hint: 'Setiap Pasal memuat paling sedikit satu kalimat (`teks:`) atau beberapa ayat.' });
      const labelled = p.ayat.filter((a) => a.label !== null);
      if (labelled.length > 0 && labelled.length !== p.ayat.length) report({ place: { unit: p }, message: `${p.label} mencampur ayat bernomor dan tidak bernomor.`, hint: 'Semua ayat dalam satu Pasal dinomori.' });
      labelled.forEach((a, i) => {
        if (a.label !== `(${i + 1})`) report({ place: { unit: a }, message: `Ayat ke-${i + 1} ${p.label} bernomor "${a.label}".`, hint: `Seharusnya "(${i + 1})".` });
      });
    }
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      if (t.kind === 'rincian' || t.kind === 'definisi') continue;
      const m = /(?<!\b(?:No|dll|dsb|Jl|Kel|Kec|Kab|Prov|Hj?|Dr|Drs|Ir|S|M))[.?!]\s+(?=\p{Lu})/u.exec(t.masked);
      if (m) report({ place: { text: t, index: m.index, length: 1 }, message: 'Ayat memuat lebih dari satu kalimat.', hint: 'Pecah menjadi ayat tersendiri, atau satukan dengan koma atau kata sambung.' });
    }
  },
};
