/**
 * TN-REF-01 — "sebagaimana dimaksud dalam Pasal 5" (another Pasal, another regulation, a konsiderans
 * letter) but "sebagaimana dimaksud pada ayat (1)" (an ayat of the same Pasal).
 * Why: "dalam"/"pada" mixed up in typed references is the commonest reference correction; `--fix` swaps
 * the word. Generated references ([[id]]) are guarded too.
 * Source: L2 §III.C butir 1 (DPR-Manual p. 308).
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

const WRONG_PADA = /\bdimaksud\s+(pada)\s+(?=(?:Pasal|BAB|Bab|Bagian|Paragraf|Lampiran|Undang-Undang|Peraturan|Keputusan|Diktum)\b)/g;
const WRONG_DALAM = /\bdimaksud\s+(dalam)\s+(?=ayat\s+\()/g;
const PADA_HURUF_MENIMBANG = /\bdimaksud\s+(pada)\s+(?=huruf\s+[a-z]\b)/g;

/** TN-REF-01, as registered in src/lint/registry.ts. */
export const tnRef01: Rule = {
  id: 'TN-REF-01',
  level: 'ERROR',
  statement: 'Rujukan ke Pasal lain memakai "dalam"; rujukan ke ayat dalam Pasal yang sama memakai "pada".',
  source: 'L2 §III.C butir 1; DPR-Manual hlm. 308',
  explanation: 'Rujukan ke Pasal lain, ke peraturan lain, atau ke huruf konsiderans ditulis "sebagaimana dimaksud dalam …"; rujukan ke ayat dalam Pasal yang sama ditulis "sebagaimana dimaksud pada ayat (…)". Rujukan simbolis `[[id]]` memilih kata yang benar sendiri; `naskah check --fix` membetulkan rujukan yang diketik.',
  correct: 'Puskesos sebagaimana dimaksud pada ayat (1) …; Fasilitator sebagaimana dimaksud dalam Pasal 9 …',
  incorrect: 'Puskesos sebagaimana dimaksud dalam ayat (1) …; Fasilitator sebagaimana dimaksud pada Pasal 9 …',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      const patterns: [RegExp, string, string][] = [[WRONG_PADA, 'dalam', 'Rujukan ke Pasal atau peraturan lain ditulis "dimaksud dalam", bukan "dimaksud pada".'], [WRONG_DALAM, 'pada', 'Rujukan ke ayat dalam Pasal yang sama ditulis "dimaksud pada ayat", bukan "dimaksud dalam ayat".']];
      if (t.kind === 'menimbang') patterns.push([PADA_HURUF_MENIMBANG, 'dalam', 'Rujukan ke huruf konsiderans ditulis "dimaksud dalam huruf".']);
      for (const [re, word, message] of patterns) {
        for (const m of matches(re, t.masked)) {
          const at = m.index + m[0].indexOf(m[1]!, 'dimaksud'.length);
          report({ place: { text: t, index: at, length: m[1]!.length }, message, hint: `Ganti "${m[1]}" dengan "${word}", atau tulis rujukan sebagai [[id]].`, fix: replaceFix(t, at, m[1]!.length, word, `ganti "${m[1]}" dengan "${word}"`) });
        }
      }
    }
    for (const use of doc.units.refs) {
      if (/^sebagaimana dimaksud pada (?!ayat|huruf|angka)/.test(use.ref.text) || /^sebagaimana dimaksud dalam ayat\b/.test(use.ref.text)) {
        report({ place: { unit: { source: use.holder.source } }, message: `Rujukan yang dibuat naskah berbunyi "${use.ref.text}".`, hint: 'Laporkan kepada pengembang: rujukan simbolis seharusnya memilih "dalam"/"pada" dengan benar.' });
      }
    }
  },
};
