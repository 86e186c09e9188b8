/**
 * TN-REF-12 — the Lampiran is referred to as "sebagaimana tercantum dalam Lampiran …", never
 * "terlampir" or "sebagaimana dimaksud dalam Lampiran".
 * Why: "terlampir" is the letter-writing habit; generated references to a Lampiran are guarded too.
 * Source: [R].
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** TN-REF-12, as registered in src/lint/registry.ts. */
export const tnRef12: Rule = {
  id: 'TN-REF-12',
  level: 'ERROR',
  statement: 'Lampiran dirujuk "sebagaimana tercantum dalam Lampiran", bukan "terlampir".',
  source: '[R]',
  explanation: 'Rujukan ke lampiran ditulis "sebagaimana tercantum dalam Lampiran …" (rujukan ke konsiderans memakai "dalam huruf", TN-KONS-03). Kata "terlampir" dan rumusan "sebagaimana dimaksud dalam Lampiran" tidak dipakai. Tulis `tercantum dalam [[=id-lampiran]]`.',
  correct: 'Format laporan sebagaimana tercantum dalam Lampiran.',
  incorrect: 'Format laporan sebagaimana terlampir.',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(/\b(?:sebagaimana\s+)?terlampir\b/g, t.masked)) {
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Lampiran dirujuk dengan "${m[0]}".`, hint: 'Tulis "sebagaimana tercantum dalam [[=id-lampiran]]".' });
      }
      for (const m of matches(/\bsebagaimana\s+(dimaksud)\s+dalam\s+Lampiran\b/g, t.masked)) {
        const at = m.index + m[0].indexOf('dimaksud');
        report({ place: { text: t, index: m.index, length: m[0].length }, message: 'Lampiran dirujuk dengan "sebagaimana dimaksud dalam Lampiran".', hint: 'Tulis "sebagaimana tercantum dalam Lampiran".', fix: replaceFix(t, at, 'dimaksud'.length, 'tercantum', 'ganti "dimaksud" dengan "tercantum"') });
      }
    }
    for (const use of doc.units.refs) {
      const targets = use.ref.targets.map((id) => doc.units.byId.get(id));
      const target = targets[0];
      // Only a reference to Lampiran alone: a list mixing Pasal and Lampiran keeps "dimaksud".
      if (target && targets.every((u) => u?.kind === 'lampiran') && /^sebagaimana dimaksud\b/.test(use.ref.text)) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan ke Lampiran berbunyi "${use.ref.text}".`, hint: `Tulis "sebagaimana tercantum dalam [[=${target.id}]]".` });
    }
  },
};
