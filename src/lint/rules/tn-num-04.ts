/**
 * TN-NUM-04 — a rincian level has at most 26 items (no "aa."); a longer list is split.
 * Why: the letter sequence ends at z.
 * Source: [P].
 */
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-NUM-04, as registered in src/lint/registry.ts. */
export const tnNum04: Rule = {
  id: 'TN-NUM-04',
  level: 'WARN',
  statement: 'Satu tingkat rincian paling banyak 26 butir.',
  source: '[P]',
  explanation: 'Rincian berhuruf berakhir pada huruf z. Daftar yang lebih panjang dari 26 butir dipecah menjadi beberapa ayat atau dikelompokkan dalam sub-rincian; tanda "aa." tidak dipakai.',
  correct: 'a. … z. (paling banyak 26 butir)',
  incorrect: 'a. … z., aa., ab.',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.items.length > 26) report({ place: { unit: list.items[26]! }, message: `Rincian memuat ${list.items.length} butir pada satu tingkat.`, hint: 'Pecah menjadi beberapa ayat atau kelompokkan dalam sub-rincian.' });
    }
  },
};
