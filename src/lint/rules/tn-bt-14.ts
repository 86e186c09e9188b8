/**
 * TN-BT-14 — the last Pasal reads "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan." (or a
 * stated later date); "sejak tanggal ditetapkan" is the Keputusan formula.
 * Why: guards the generated formula and catches a hand-written one.
 * Source: L2 §I.C.5 [R]; Perda Sragen 15/2017 Pasal 51 ayat (4) [V].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-BT-14, as registered in src/lint/registry.ts. */
export const tnBt14: Rule = {
  id: 'TN-BT-14',
  level: 'ERROR',
  statement: 'Pasal terakhir: "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan."',
  source: 'L2 §I.C.5 [R]; Perda Kab. Sragen 15/2017 Pasal 51 ayat (4) [V]',
  explanation: 'Peraturan Bupati mulai berlaku pada tanggal diundangkan, kecuali ditentukan tanggal lain yang lebih kemudian; rumusannya menjadi Pasal terakhir. "Mulai berlaku sejak tanggal ditetapkan" adalah rumusan Keputusan. Gunakan `formula: mulai-berlaku` agar rumusan ini dibuat naskah.',
  correct: '- pasal: mulai-berlaku\n  formula: mulai-berlaku',
  incorrect: 'Peraturan Bupati ini mulai berlaku sejak tanggal ditetapkan.',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const last = doc.units.pasal[doc.units.pasal.length - 1];
    if (!last) return;
    const standard = new RegExp(`^${doc.jenisPeraturan} ini mulai berlaku pada tanggal (?:diundangkan|\\d{1,2} \\p{L}+ \\d{4})\\.$`, 'u');
    const texts = last.ayat.map((a) => runsText(a.isi).replace(/\s+/g, ' ').trim());
    if (!texts.some((s) => standard.test(s))) report({ place: { unit: last }, message: `${last.label} (Pasal terakhir) tidak memuat rumusan mulai berlaku yang baku.`, hint: `Tulis "${doc.jenisPeraturan} ini mulai berlaku pada tanggal diundangkan." (\`formula: mulai-berlaku\`).` });
    for (const t of doc.textsOf('ayat')) {
      const m = /\bmulai\s+berlaku\s+(?:sejak|pada)\s+tanggal\s+ditetapkan\b/.exec(t.masked);
      if (m) report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Peraturan Bupati dinyatakan mulai berlaku sejak tanggal ditetapkan.', hint: 'Peraturan Bupati mulai berlaku pada tanggal diundangkan.' });
    }
  },
};
