/**
 * TN-DH-08 — the law forming the region is cited right after the UUD.
 * Why: the formation law (for Purwakarta UU 14/1950 as amended by UU 4/1968) opens the list of laws in
 * every regional regulation; the rule recognises it by its name ("Pembentukan … Daerah/Kabupaten/Kota"),
 * so it holds for any region.
 * Source: Perda Kab. Purwakarta 10/2013 [V]; regional practice.
 */
import { runsText } from '../../ir-index/text.js';
import { parseMengingat } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

const PEMBENTUKAN = /\btentang Pembentukan\b[^()]*\b(?:Daerah|Kabupaten|Kota)\b/i;

/** TN-DH-08, as registered in src/lint/registry.ts. */
export const tnDh08: Rule = {
  id: 'TN-DH-08',
  level: 'ERROR',
  statement: 'Undang-undang pembentukan daerah dicantumkan tepat sesudah UUD.',
  source: 'Perda Kab. Purwakarta 10/2013 [V]',
  explanation: 'Dalam peraturan daerah dan peraturan kepala daerah, undang-undang pembentukan daerah (untuk Kabupaten Purwakarta: Undang-Undang Nomor 14 Tahun 1950 sebagaimana telah diubah dengan Undang-Undang Nomor 4 Tahun 1968) dicantumkan sebagai dasar hukum pertama sesudah UUD.',
  correct: '1. Pasal 18 ayat (6) Undang-Undang Dasar …;\n2. Undang-Undang Nomor 14 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten …;',
  incorrect: '1. Pasal 18 ayat (6) Undang-Undang Dasar …;\n2. Undang-Undang Nomor 11 Tahun 2009 …;\n3. Undang-Undang Nomor 14 Tahun 1950 tentang Pembentukan …;',
  check(doc, report) {
    const butir = doc.ir.pembukaan.mengingat.butir;
    const parsed = butir.map((b) => parseMengingat(runsText(b.isi)).base);
    const firstAfterUud = parsed.findIndex((k) => k.rank !== 0);
    parsed.forEach((k, i) => {
      if (k.rank === 1 && PEMBENTUKAN.test(k.text) && i !== firstAfterUud) {
        report({ place: { unit: butir[i]! }, message: `Undang-undang pembentukan daerah \`${butir[i]!.id}\` bukan dasar hukum pertama sesudah UUD.`, hint: 'Pindahkan ke urutan pertama sesudah UUD.' });
      }
    });
  },
};
