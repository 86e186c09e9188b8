/**
 * TN-BHS-07 — normative verbs: "wajib" (obligation), "harus" (condition), "dilarang" (prohibition),
 * "dapat" (discretion); not "diharuskan", "diwajibkan", "tidak boleh".
 * Why: these variants are routinely replaced by reviewers.
 * Source: L2 §III.B (DPR-Manual p. 308) [V]; others [R].
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const REPLACEMENTS: Readonly<Record<string, string>> = { diharuskan: '"wajib" atau "harus"', diwajibkan: '"wajib"', berkewajiban: '"wajib"', 'tidak boleh': '"dilarang"', 'tidak diperbolehkan': '"dilarang"', 'tidak diperkenankan': '"dilarang"' };

/** TN-BHS-07, as registered in src/lint/registry.ts. */
export const tnBhs07: Rule = {
  id: 'TN-BHS-07',
  level: 'WARN',
  statement: 'Kata kerja normatif: wajib, harus, dilarang, dapat — bukan diharuskan, diwajibkan, tidak boleh.',
  source: 'L2 §III.B; DPR-Manual hlm. 308 [V]',
  explanation: 'Kewajiban dirumuskan dengan "wajib", syarat dengan "harus", larangan dengan "dilarang", dan kewenangan atau pilihan dengan "dapat". Hindari "diharuskan", "diwajibkan", "berkewajiban", dan "tidak boleh".',
  correct: 'Perangkat Daerah wajib menindaklanjuti Rujukan.',
  incorrect: 'Perangkat Daerah diwajibkan menindaklanjuti Rujukan.',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(/\b(?:diharuskan|diwajibkan|berkewajiban|tidak\s+boleh|tidak\s+diperbolehkan|tidak\s+diperkenankan)\b/gi, t.masked)) {
        const key = m[0].toLowerCase().replace(/\s+/g, ' ');
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Kata kerja normatif "${m[0]}" tidak baku.`, hint: `Gunakan ${REPLACEMENTS[key] ?? '"wajib", "harus", "dilarang", atau "dapat"'}.` });
      }
    }
  },
};
