/**
 * TN-DH-04 — the UUD is cited pasal first, then its full name with both U capitalised:
 * "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"; never "UUD 1945".
 * Why: "UUD 1945" and "Undang-undang Dasar" typed in konsiderans or norms are routine corrections.
 * Source: L2 §I.B.4 (DPR-Manual p. 265).
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import { runsText } from '../../ir-index/text.js';
import { parseCitation } from '../../ir-index/citation.js';
import type { Rule } from '../types.js';

const UUD_NAME = 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945';

/** TN-DH-04, as registered in src/lint/registry.ts. */
export const tnDh04: Rule = {
  id: 'TN-DH-04',
  level: 'ERROR',
  statement: 'UUD dikutip "Pasal … Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", tanpa singkatan.',
  source: 'L2 §I.B.4; DPR-Manual hlm. 265',
  explanation: 'Dasar hukum yang berasal dari UUD ditulis dengan menyebut pasal atau ayatnya lebih dahulu, lalu nama lengkap "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945" dengan huruf U kedua-duanya kapital. Singkatan "UUD 1945" tidak dipakai, baik dalam Mengingat maupun dalam teks lain.',
  correct: 'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
  incorrect: 'UUD 1945 Pasal 18 ayat (6)',
  check(doc, report) {
    for (const b of doc.ir.pembukaan.mengingat.butir) {
      const text = runsText(b.isi).replace(/;$/, '');
      if (parseCitation(text).rank !== 0) continue;
      if (!/^Pasal \d+/.test(text) || !text.endsWith(UUD_NAME)) report({ place: { unit: b }, message: `Kutipan UUD tidak baku: "${text}".`, hint: `Tulis "Pasal … ${UUD_NAME}".` });
    }
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(/\bUUD(?:\s+NRI)?(?:\s+(?:Tahun\s+)?1945)?\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Singkatan "${m[0]}" dipakai untuk UUD.`, hint: `Tulis "${UUD_NAME}".` });
      }
      for (const m of matches(/\bUndang-undang Dasar\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: '"Undang-undang Dasar" ditulis dengan u kecil.', hint: 'Tulis "Undang-Undang Dasar".', fix: replaceFix(t, m.index, m[0].length, 'Undang-Undang Dasar', 'tulis "Undang-Undang Dasar"') });
      }
    }
  },
};
