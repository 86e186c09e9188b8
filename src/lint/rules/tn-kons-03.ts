/**
 * TN-KONS-03 — the last konsiderans item is the fixed formula referring back, letter by letter, to every
 * item before it: "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c,
 * perlu menetapkan Peraturan Bupati tentang …;". Authors must not type it themselves.
 * Why: wrong letters ("huruf a dan b"), "pada", "dipandang perlu" and missing commas are routine corrections;
 * the formula is generated, so this guards the generator and catches a hand-typed duplicate.
 * Source: L2 §I.B.3 (DPR-Manual p. 263); UU 12/2011 konsiderans d.
 */
import { letter } from '../../ir/numbering.js';
import { joinWords } from '../words.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KONS-03, as registered in src/lint/registry.ts. */
export const tnKons03: Rule = {
  id: 'TN-KONS-03',
  level: 'ERROR',
  statement: 'Pertimbangan terakhir memakai rumusan baku yang merujuk tepat ke huruf-huruf sebelumnya.',
  source: 'L2 §I.B.3; DPR-Manual hlm. 263',
  explanation: 'Bila konsiderans memuat lebih dari satu pertimbangan, butir terakhir berbunyi: "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Bupati tentang <Nama>;". Kata yang dipakai "dalam" (bukan "pada"), kata "huruf" diulang di depan setiap huruf, ada koma sebelum "perlu", kata kerjanya "menetapkan", dan untuk tiga huruf atau lebih dipakai koma sebelum "dan". naskah membuat rumusan ini sendiri; jangan mengetiknya sebagai pertimbangan.',
  correct: 'c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Bupati tentang Sistem Layanan dan Rujukan Terpadu;',
  incorrect: 'c. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan b dipandang perlu menetapkan Peraturan Daerah …;',
  check(doc, report) {
    for (const t of doc.textsOf('menimbang')) {
      if (/^\s*bahwa\s+berdasarkan\s+pertimbangan\b/i.test(t.value)) {
        report({ place: { text: t }, message: 'Rumusan penutup konsiderans diketik sebagai pertimbangan.', hint: 'Hapus butir ini; naskah menambahkan "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf …, perlu menetapkan …" secara otomatis.' });
      }
    }
    const butir = doc.ir.pembukaan.menimbang.butir;
    if (butir.length < 2) return;
    const last = butir[butir.length - 1]!;
    const huruf = joinWords(butir.slice(0, -1).map((_, i) => `huruf ${letter(i + 1)}`));
    const expected = `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam ${huruf}, perlu menetapkan ${doc.jenisPeraturan} tentang ${doc.ir.metadata.subject};`;
    const actual = runsText(last.isi).replace(/\s+/g, ' ').trim();
    if (actual !== expected) report({ place: last.source ? { unit: last } : { path: ['menimbang'], key: true }, message: `Rumusan penutup konsiderans tidak baku: "${actual}".`, hint: `Seharusnya: "${expected}"` });
  },
};
