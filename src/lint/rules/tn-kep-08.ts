/**
 * TN-KEP-08 — with a Lampiran, diktum KESATU states the decision and points to it: "… sebagaimana tercantum
 * dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini."
 * Why: the Lampiran of a Keputusan, like that of a Perbup, exists only when a diktum says so.
 * Source: [P]; TN-BT-16 analogue [V].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KEP-08, as registered in src/lint/registry.ts. */
export const tnKep08: Rule = {
  id: 'TN-KEP-08',
  level: 'WARN',
  statement: 'Diktum KESATU merujuk lampiran: "… tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini."',
  source: '[P]; analog TN-BT-16 [V]',
  explanation: 'Bila Keputusan mempunyai lampiran (mis. susunan keanggotaan), diktum KESATU menyatakan keputusannya dan merujuk lampiran itu: "Menetapkan susunan keanggotaan … sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini." Keputusan yang melaksanakan delegasi Peraturan Bupati ("Susunan keanggotaan … ditetapkan dengan Keputusan Bupati") menetapkan susunan keanggotaan, bukan membentuk organisasi baru.',
  correct: 'KESATU : Menetapkan susunan keanggotaan … sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.',
  incorrect: 'KESATU : Membentuk … dengan susunan terlampir.',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    if (doc.ir.lampiran.length === 0) return;
    const first = doc.ir.diktum[0];
    if (!first) return;
    const text = runsText(first.isi).replace(/\s+/g, ' ');
    if (!/\btercantum dalam Lampiran\b/.test(text) || !text.includes(`merupakan bagian tidak terpisahkan dari ${doc.jenisPeraturan} ini`)) {
      report({ place: { unit: first }, message: 'Diktum KESATU tidak merujuk lampiran dengan rumusan baku.', hint: `Tulis "… sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari ${doc.jenisPeraturan} ini".` });
    }
  },
};
