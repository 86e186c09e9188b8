/**
 * TN-REF-08 — a reference follows a noun naming what is referred to: "Fasilitator sebagaimana dimaksud
 * dalam Pasal 9 …", not a sentence opening with "sebagaimana dimaksud …" or with a bare `[[id]]`.
 * Why: references without their noun are unreadable out of context.
 * Source: L2 §III.C butir 4.
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import type { Rule } from '../types.js';

/** TN-REF-08, as registered in src/lint/registry.ts. */
export const tnRef08: Rule = {
  id: 'TN-REF-08',
  level: 'WARN',
  statement: 'Rujukan didahului kata benda yang menyebut hal yang dirujuk.',
  source: 'L2 §III.C butir 4',
  explanation: 'Frasa "sebagaimana dimaksud dalam …" selalu mengikuti kata atau frasa yang menyebut hal yang dirujuk, mis. "Fasilitator sebagaimana dimaksud dalam Pasal 9". Kalimat tidak diawali rujukan.',
  correct: 'teks: Puskesos [[puskesos-dibentuk]] mempunyai tugas',
  incorrect: 'teks: "[[puskesos-dibentuk]] mempunyai tugas"',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      const m = /^\s*(?:sebagaimana\s+dimaksud\b|\[\[(?!=))/.exec(t.value);
      if (m) report({ place: { text: t, index: 0, length: m[0].length }, message: 'Kalimat diawali rujukan tanpa kata benda yang dirujuk.', hint: 'Sebut dahulu hal yang dirujuk, mis. "Puskesos [[puskesos-dibentuk]] …".' });
    }
  },
};
