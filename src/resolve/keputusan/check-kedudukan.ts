/**
 * Each unit of the struktur is named and filled as the Perbup says (B3, m17): its kedudukan is the
 * Perbup's word for it with one capitalisation ("Penanggung jawab" for "penanggung jawab", NSK335), and
 * where the Perbup says who holds it ("Pengarah … dijabat oleh Sekretaris Daerah") every pengisi is that
 * office, by its defined name or as written in the Perbup; where it says where they come from
 * ("… berasal dari unsur: a. aparatur sipil negara di lingkungan Dinas; …") every pengisi is one of
 * those unsur or all of them (NSK336). Both are reported at the Keputusan's
 * line with the Perbup's line as `related`.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import type { StrukturSource } from '../../org/types.js';
import type { PerbupFacts } from './perbup-facts.js';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** NSK335 (kedudukan) and NSK336 (pengisi). */
export function checkKedudukan(source: YamlSource, base: YamlPath, struktur: StrukturSource, facts: PerbupFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: YamlPath) => ({ file: source.file, ...rangeAt(source, path) });
  struktur.unit.forEach((u, i) => {
    const delegated = facts.delegatedOf(u);
    const unitPath = [...base, 'unit', i];
    const named = delegated.filter((p) => p.kind === 'rincian');
    if (named.length === 1) {
      const p = named[0]!;
      const expected = capital(p.text);
      // An explanation in brackets may follow: "Petugas Layanan (*front office*)".
      if (u.nama !== expected && !u.nama.startsWith(`${expected} (`)) {
        out.push(diag('NSK335', {
          ...at([...unitPath, 'nama']),
          message: `Kedudukan "${u.nama}" ditulis lain daripada unsur "${p.text}" dalam ${facts.where(p)}.`,
          hint: `Tulis \`nama: ${expected}\`: kata dan huruf kapital sama dengan Peraturan Bupati, hanya huruf pertama kapital karena mengawali sel tabel.`,
          related: facts.related(p, 'Unsur itu dalam Peraturan Bupati.'),
        }));
      }
    }
    for (const p of delegated) {
      const rules = [
        ...facts.holders(p).map(({ provision, holder }) => ({ provision, allowed: [holder], hint: `Tulis jabatan yang disebut Peraturan Bupati: "${facts.expandTerms(holder)}"${u.pengisi.length > 1 ? ', dan hapus pengisi lain' : ''}.` })),
        ...facts.origins(p).map(({ provision, unsur }) => ({ provision, allowed: unsur, hint: `Pengisi berasal dari unsur yang disebut Peraturan Bupati: ${unsur.slice(0, -1).map((x) => `"${x}"`).join(', ')}.` })),
      ];
      for (const { provision, allowed, hint } of rules) {
        u.pengisi.forEach((pengisi, j) => {
          if (pengisi.jabatan === undefined || allowed.some((a) => facts.sameOffice(pengisi.jabatan!, a))) return;
          out.push(diag('NSK336', {
            ...at([...unitPath, 'pengisi', j, 'jabatan']),
            message: `Pengisi "${pengisi.jabatan.replace(/\s+/g, ' ').trim()}" tidak sesuai dengan ${facts.where(provision)}: "${provision.isi}".`,
            hint: `${hint} Pengisi lain memerlukan perubahan Peraturan Bupati lebih dahulu.`,
            related: facts.related(provision, 'Pengisi menurut Peraturan Bupati.'),
          }));
        });
      }
    }
  });
  return out;
}
