/**
 * TN-DH-13 — in content/dasar-hukum.yaml, a regulation's Lembaran/Berita Negara year (ln, bn) is its
 * own year, unless a `catatan` explains the difference (a law enacted in December and promulgated in
 * January, an official misprint).
 * Why: a mistyped LN year is printed in every Mengingat that cites the entry and nothing else notices it.
 * Source: L2 §I.B.4 (data pengundangan) [R]; DPR-Manual hlm. 265. New id in family TN-DH.
 */
import { registryItems, registryPlace } from '../helpers/registry.js';
import type { Rule } from '../types.js';

/** TN-DH-13, as registered in src/lint/registry.ts. */
export const tnDh13: Rule = {
  id: 'TN-DH-13',
  level: 'ERROR',
  statement: 'Tahun Lembaran/Berita Negara dalam registri dasar hukum sama dengan tahun peraturannya, kecuali dijelaskan dalam catatan.',
  source: 'L2 §I.B.4 [R]; DPR-Manual hlm. 265',
  explanation: 'Peraturan diundangkan dalam Lembaran Negara (atau Berita Negara) tahun yang sama dengan tahun peraturannya, kecuali bila ditetapkan pada akhir tahun dan diundangkan pada tahun berikutnya. Tahun yang berbeda tanpa catatan dalam content/dasar-hukum.yaml hampir selalu salah ketik dan akan tercetak pada setiap Mengingat yang mengutipnya.',
  correct: 'uu-13-2011: { tahun: 2011, ln: { tahun: 2011, nomor: 83 } }',
  incorrect: 'uu-13-2011: { tahun: 2011, ln: { tahun: 2012, nomor: 83 } }',
  check(doc, report) {
    const registry = doc.input.registry;
    if (!registry) return;
    for (const item of registryItems(registry)) {
      const { entry } = item;
      if (!entry.tahun || entry.catatan) continue;
      for (const key of ['ln', 'bn'] as const) {
        const t = entry[key];
        if (!t || t.tahun === null || t.tahun === entry.tahun) continue;
        report({ place: registryPlace(registry, [...item.path, key]), message: `Tahun ${key.toUpperCase()} ${t.tahun} berbeda dari tahun peraturan ${entry.tahun} (\`${item.key}\`${item.amendment ? ', perubahan' : ''}).`, hint: `Periksa di JDIH; bila memang diundangkan pada tahun lain, jelaskan dalam \`catatan\` entri itu.` });
      }
    }
  },
};
