/**
 * What the Perbup says a unit leads is stated in the struktur, so the table and the bagan show it
 * (B3 point 4): "Sekretariat SLRT berkedudukan di Dinas dan dipimpin oleh Manajer SLRT" needs either a
 * unit for the Sekretariat SLRT under the Manajer (then check-komando.ts watches the direction) or the
 * Manajer's `keterangan` "memimpin Sekretariat SLRT". Otherwise NSK340 at the leader's unit, with the
 * Perbup's sentence as `related`.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import type { StrukturSource } from '../../org/types.js';
import { mentions, type PerbupFacts } from './perbup-facts.js';

/** NSK340 for every "X … dipimpin oleh <unit>" the struktur does not state. */
export function checkMemimpin(source: YamlSource, base: YamlPath, struktur: StrukturSource, facts: PerbupFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const terms = facts.units.filter((u) => u.kind === 'definisi').map((u) => u.text).sort((a, b) => b.length - a.length);
  for (const p of facts.units) {
    const m = /^(.*)\bdipimpin oleh (.+)$/i.exec(p.isi);
    if (!m) continue;
    const led = terms.find((t) => m[1]!.startsWith(t));
    if (!led) continue;
    const index = struktur.unit.findIndex((u) => facts.delegatedOf(u).length > 0 && mentions(m[2]!, facts.namesOf(u)));
    const leader = struktur.unit[index];
    if (!leader) continue;
    const asUnit = struktur.unit.some((u) => u !== leader && mentions(u.nama, [led]));
    const stated = leader.keterangan !== undefined && mentions(leader.keterangan, [`memimpin ${led}`]);
    if (asUnit || stated) continue;
    out.push(diag('NSK340', {
      file: source.file,
      ...rangeAt(source, [...base, 'unit', index, 'id']),
      message: `${facts.where(p)} menyatakan bahwa ${led} dipimpin oleh ${leader.nama}, tetapi struktur tidak menyatakannya.`,
      hint: `Tulis \`keterangan: memimpin ${led}\` pada unit \`${leader.id}\`, atau tambahkan unit ${led} dengan \`atasan: ${leader.id}\`.`,
      related: facts.related(p, 'Ketentuan tentang siapa memimpin.'),
    }));
  }
  return out;
}
