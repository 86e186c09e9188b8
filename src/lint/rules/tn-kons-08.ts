/**
 * TN-KONS-08 — a regulation that the konsiderans names ("untuk melaksanakan ketentuan Pasal 5 huruf c
 * Peraturan Menteri Sosial Nomor 15 Tahun 2018 …") is cited in Mengingat.
 * Why: the pertimbangan yuridis gives the delegating regulation; it is the legal basis and belongs in
 * Mengingat. A Mengingat item dropped while editing, or a wrong number in Menimbang, leaves the two apart.
 * Source: L2 §I.B.3–4 (konsiderans yuridis, dasar hukum) [R]; DPR-Manual hlm. 263–265. New id in family TN-KONS.
 */
import { citedName, NAMED_REGULATION, registryItems } from '../helpers/registry.js';
import type { CitationRegion } from '../../resolve/citation.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** The region as citations name it. */
export function citationRegion(doc: DocumentIndex): CitationRegion {
  const provinsi = (doc.input.daerah?.data as { provinsi?: string } | undefined)?.provinsi ?? '';
  return { namaDaerah: doc.region.namaDaerah, nama: doc.region.nama, provinsi };
}

/** TN-KONS-08, as registered in src/lint/registry.ts. */
export const tnKons08: Rule = {
  id: 'TN-KONS-08',
  level: 'ERROR',
  statement: 'Peraturan yang disebut dalam Menimbang dicantumkan dalam Mengingat.',
  source: 'L2 §I.B.3–4 [R]; DPR-Manual hlm. 263–265',
  explanation: 'Pertimbangan yuridis menyebut peraturan yang memerintahkan atau mendasari pembentukan naskah ("untuk melaksanakan ketentuan Pasal … Peraturan Menteri … Nomor … Tahun …"). Peraturan itu adalah dasar hukumnya dan dicantumkan dalam Mengingat. Peraturan yang disebut dalam Menimbang tetapi tidak ada dalam Mengingat (butir terhapus, nomor atau tahun salah ketik) adalah galat.',
  correct: 'Menimbang: … Peraturan Menteri Sosial Nomor 15 Tahun 2018 …\nMengingat: … permensos-15-2018',
  incorrect: 'Menimbang: … Peraturan Menteri Sosial Nomor 15 Tahun 2018 …\nMengingat: (tanpa permensos-15-2018)',
  check(doc, report) {
    const registry = doc.input.registry;
    if (!registry) return;
    const region = citationRegion(doc);
    const items = registryItems(registry);
    const mengingat = new Set(doc.ir.pembukaan.mengingat.butir.map((b) => b.id));
    const cited = new Set(items.filter((i) => mengingat.has(i.key)).map((i) => citedName(i.entry, region)).filter((n): n is string => n !== null));
    for (const t of doc.textsOf('menimbang')) {
      for (const m of matches(NAMED_REGULATION, t.masked)) {
        const name = m[0];
        if (cited.has(name)) continue;
        const known = items.find((i) => citedName(i.entry, region) === name);
        report({
          place: { text: t, index: m.index, length: name.length },
          message: `${name} disebut dalam Menimbang tetapi tidak dicantumkan dalam Mengingat.`,
          hint: known ? `Tambahkan \`${known.key}\` ke \`mengingat\`${known.amendment ? ' (sebagai perubahan entri itu)' : ''}, atau periksa nomor dan tahunnya.` : 'Periksa nomor dan tahunnya; bila benar, tambahkan peraturan itu ke content/dasar-hukum.yaml dan ke `mengingat`.',
        });
      }
    }
  },
};
