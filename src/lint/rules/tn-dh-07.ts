/**
 * TN-DH-07 — an amended basis is cited with "sebagaimana telah diubah dengan" (one amendment) or
 * "sebagaimana telah beberapa kali diubah, terakhir dengan" (two or more), followed by the last amendment
 * with its own promulgation data.
 * Why: "sebagaimana diubah", a missing comma, and the last amendment carrying the base law's LN numbers
 * (Perbup Bekasi 53/2017) are seen in practice.
 * Source: practice [P]; L2 §I.B.4 [R].
 */
import type { PeraturanEntry } from '../../resolve/citation.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import { runsText } from '../../ir-index/text.js';
import { parseMengingat } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

const AMENDED_ONCE = 'sebagaimana telah diubah dengan';
const AMENDED_SEVERAL = 'sebagaimana telah beberapa kali diubah, terakhir dengan';

/** TN-DH-07, as registered in src/lint/registry.ts. */
export const tnDh07: Rule = {
  id: 'TN-DH-07',
  level: 'ERROR',
  statement: 'Peraturan yang diubah dikutip "sebagaimana telah diubah dengan …" atau "sebagaimana telah beberapa kali diubah, terakhir dengan …" beserta data pengundangan perubahan itu sendiri.',
  source: 'praktik [P]; L2 §I.B.4 [R]',
  explanation: 'Bila dasar hukum telah diubah satu kali, kutipannya diikuti "sebagaimana telah diubah dengan" dan kutipan lengkap peraturan perubahannya. Bila diubah dua kali atau lebih, dipakai "sebagaimana telah beberapa kali diubah, terakhir dengan" dan hanya perubahan terakhir yang dikutip. Peraturan perubahan dikutip dengan nomor Lembaran/Berita Negaranya sendiri, bukan nomor peraturan yang diubah.',
  correct: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (…) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang … (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, …)',
  incorrect: '… sebagaimana diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015 … (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, …)',
  check(doc, report) {
    const registry = (doc.input.registry?.data ?? null) as Record<string, PeraturanEntry> | null;
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const k = parseMengingat(runsText(b.isi));
      if (!k.formula || !k.perubahan) continue;
      const formula = k.formula.replace(/\s+/g, ' ');
      const count = registry?.[b.id]?.perubahan?.length;
      const expected = count === undefined ? null : count >= 2 ? AMENDED_SEVERAL : AMENDED_ONCE;
      if (formula !== AMENDED_ONCE && formula !== AMENDED_SEVERAL) report({ place: { unit: b }, message: `Rumusan perubahan tidak baku: "${formula}".`, hint: `Tulis "${AMENDED_ONCE}" (satu perubahan) atau "${AMENDED_SEVERAL}" (dua perubahan atau lebih).` });
      else if (expected && formula !== expected) report({ place: { unit: b }, message: `\`${b.id}\` telah diubah ${count} kali tetapi dikutip "${formula}".`, hint: `Tulis "${expected}".` });
      const own = (t: { jenis: string; tahun: string | null; nomor: string | null }) => `${t.jenis}:${t.tahun}:${t.nomor}`;
      const base = new Set(k.base.promulgations.map(own));
      if (k.perubahan.promulgations.length > 0 && k.perubahan.promulgations.every((t) => base.has(own(t)))) {
        report({ place: { unit: b }, message: 'Peraturan perubahan dikutip dengan data pengundangan peraturan yang diubah.', hint: 'Cantumkan Lembaran/Berita Negara peraturan perubahan itu sendiri.' });
      }
      if (k.perubahan.tahun && k.perubahan.promulgations[0]?.tahun && k.perubahan.promulgations[0].tahun !== '...' && Number(k.perubahan.promulgations[0].tahun) < Number(k.perubahan.tahun)) {
        report({ place: { unit: b }, message: `Peraturan perubahan tahun ${k.perubahan.tahun} diundangkan dalam terbitan tahun ${k.perubahan.promulgations[0].tahun}.`, hint: 'Periksa data pengundangan peraturan perubahan.' });
      }
    }
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(/\bsebagaimana\s+(?:diubah|telah\s+beberapa\s+kali\s+diubah\s+terakhir|beberapa\s+kali\s+diubah)\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Rumusan perubahan tidak baku: "${m[0]}".`, hint: `Tulis "${AMENDED_ONCE}" atau "${AMENDED_SEVERAL}".` });
      }
    }
  },
};
