/**
 * TN-RIN-09 — the last item of a list closing its sentence ends with "."; an item with sub-items passes
 * the period on to its last sub-item.
 * Why: guards the generated period.
 * Source: [R]/[P].
 */
import { effectiveEnding } from '../helpers/endings.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

/** TN-RIN-09, as registered in src/lint/registry.ts. */
export const tnRin09: Rule = {
  id: 'TN-RIN-09',
  level: 'ERROR',
  statement: 'Butir terakhir rincian yang menutup kalimat diakhiri titik.',
  source: '[R]/[P]',
  explanation: 'Rincian yang menutup kalimat ayat atau Pasal diakhiri tanda titik pada butir terakhirnya; bila butir terakhir dirinci lagi, titik itu ada pada sub-rincian terakhirnya. Hindari rumusan yang kalimatnya berlanjut sesudah rincian.',
  correct: 'c. …; dan\nd. pemutakhiran data.',
  incorrect: 'c. …; dan\nd. pemutakhiran data;',
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth !== 1) continue;
      const last = list.items[list.items.length - 1]!;
      const e = effectiveEnding(last);
      if (e !== '.') report({ place: { unit: last }, message: `Butir terakhir (${last.label}) diakhiri "${e || 'tanpa tanda baca'}", bukan titik.`, hint: 'Butir terakhir rincian diakhiri ".".' });
    }
  },
};
