/**
 * TN-DH-14 — in content/dasar-hukum.yaml, one Lembaran Negara number (year and number), one Tambahan
 * Lembaran Negara number, one Berita Negara number belongs to one regulation only.
 * Why: copying an entry to start a new one leaves its LN/TLN behind; the Mengingat then cites two laws
 * with one publication, which Bagian Hukum rejects. The same law listed twice (an amendment shared by
 * two entries, e.g. UU 6/2023) is one regulation and not reported.
 * Source: L2 §I.B.4 [R]. New id in family TN-DH.
 */
import { registryItems, registryPlace, type RegistryItem } from '../helpers/registry.js';
import type { Rule } from '../types.js';

const identity = (i: RegistryItem) => `${i.entry.jenis} ${i.entry.menteri ?? ''} ${i.entry.nomor ?? '?'}/${i.entry.tahun ?? '?'}`;
const shown = (i: RegistryItem) => `\`${i.key}\`${i.amendment ? ` (perubahan ${i.entry.nomor ?? '...'}/${i.entry.tahun ?? '...'})` : ''}`;

/** TN-DH-14, as registered in src/lint/registry.ts. */
export const tnDh14: Rule = {
  id: 'TN-DH-14',
  level: 'ERROR',
  statement: 'Satu nomor Lembaran Negara, Tambahan Lembaran Negara, atau Berita Negara hanya untuk satu peraturan dalam registri dasar hukum.',
  source: 'L2 §I.B.4 [R]',
  explanation: 'Setiap peraturan diundangkan dengan nomor Lembaran Negara (atau Berita Negara) dan Tambahan Lembaran Negara sendiri. Dua peraturan berbeda dengan nomor yang sama dalam content/dasar-hukum.yaml berarti salah satunya salah salin.',
  correct: 'uu-12-2011: ln 2011/82, tln 5234; uu-13-2011: ln 2011/83, tln 5235',
  incorrect: 'uu-12-2011: ln 2011/82, tln 5234; uu-13-2011: ln 2011/82, tln 5234',
  check(doc, report) {
    const registry = doc.input.registry;
    if (!registry) return;
    const seen = new Map<string, RegistryItem>();
    for (const item of registryItems(registry)) {
      const e = item.entry;
      const numbers: [string, string, (string | number)[]][] = [];
      if (e.ln?.nomor) numbers.push([`LN ${e.ln.tahun}/${e.ln.nomor}`, 'Lembaran Negara', ['ln']]);
      if (e.bn?.nomor) numbers.push([`BN ${e.bn.tahun}/${e.bn.nomor}`, 'Berita Negara', ['bn']]);
      if (e.tln) numbers.push([`TLN ${e.tln}`, 'Tambahan Lembaran Negara', ['tln']]);
      for (const [k, name, sub] of numbers) {
        const first = seen.get(k);
        if (!first) {
          seen.set(k, item);
          continue;
        }
        if (identity(first) === identity(item)) continue;
        report({ place: registryPlace(registry, [...item.path, ...sub]), message: `Nomor ${name} ${k.replace(/^\S+ /, '')} dipakai oleh ${shown(item)} dan juga oleh ${shown(first)}.`, hint: 'Setiap peraturan mempunyai nomor pengundangan sendiri; periksa keduanya di JDIH.' });
      }
    }
  },
};
