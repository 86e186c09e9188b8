/**
 * TN-REF-14 — a regulation named in the text with its title ("Undang-Undang Nomor 13 Tahun 2011 tentang
 * Penanganan Fakir Miskin") carries the title that content/dasar-hukum.yaml records for it.
 * Why: titles quoted from memory drift ("Penanggulangan" for "Penanganan"); Mengingat is generated from
 * the registry, but the konsiderans, the Pedoman and the Keputusan quote titles by hand.
 * Source: L2 §I.B.4 and §III.C (kutipan peraturan lengkap dan tepat) [R]. New id in family TN-REF.
 */
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { citedName, NAMED_REGULATION, registryItems } from '../helpers/registry.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';
import { citationRegion } from './tn-kons-08.js';

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** TN-REF-14, as registered in src/lint/registry.ts. */
export const tnRef14: Rule = {
  id: 'TN-REF-14',
  level: 'ERROR',
  statement: 'Judul peraturan yang dikutip dalam teks sama dengan judulnya dalam registri dasar hukum.',
  source: 'L2 §I.B.4, §III.C [R]',
  explanation: 'Bila teks menyebut peraturan lengkap dengan judulnya ("… Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin"), judul itu harus sama persis dengan judul resmi yang dicatat dalam content/dasar-hukum.yaml (termasuk ejaan lamanya). Judul yang dikutip dari ingatan sering bergeser satu kata.',
  correct: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin',
  incorrect: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanggulangan Fakir Miskin',
  check(doc, report) {
    const registry = doc.input.registry;
    if (!registry) return;
    const region = citationRegion(doc);
    const byName = new Map(registryItems(registry).flatMap((i) => {
      const name = citedName(i.entry, region);
      return name && i.entry.tentang ? [[name, i] as const] : [];
    }));
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const m of matches(NAMED_REGULATION, t.masked)) {
        const item = byName.get(m[0]);
        const rest = t.masked.slice(m.index + m[0].length);
        const title = /^\s+tentang\s+/.exec(rest);
        if (!item || !title) continue;
        const typed = normal(rest.slice(title[0].length));
        const official = normal(item.entry.tentang!);
        if (typed.startsWith(official)) continue;
        const at = m.index + m[0].length + title[0].length;
        const words = official.split(' ').length;
        const shown = typed.split(' ').slice(0, words).join(' ');
        report({ place: { text: t, index: at, length: Math.min(shown.length, t.masked.length - at) }, message: `Judul ${m[0]} dikutip "${shown}", padahal judulnya "${official}".`, hint: `Tulis judulnya persis seperti dalam content/dasar-hukum.yaml (\`${item.key}\`): "${official}".` });
      }
    }
  },
};
