/**
 * A Keputusan forms only what its delegating provision delegates (B3): every unit of the struktur
 * implements a unit the Perbup hands to the Keputusan Bupati ("Susunan keanggotaan SLRT sebagaimana
 * dimaksud pada ayat (1) ditetapkan dengan Keputusan Bupati" → the items of ayat (1)). A Pembina,
 * Koordinator or Operator Data the Perbup does not create is NSK334, at the unit and at the Perbup.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import type { StrukturSource } from '../../org/types.js';
import type { PerbupFacts } from './perbup-facts.js';

/** NSK334 for every unit that is not one the Perbup delegates. */
export function checkDelegation(source: YamlSource, base: YamlPath, struktur: StrukturSource, facts: PerbupFacts): Diagnostic[] {
  const [delegation] = facts.delegations;
  if (!delegation) return [];
  const list = delegation.provision.refs.map((id) => facts.byId.get(id)).find((u) => u !== undefined) ?? delegation.provision;
  const ids = delegation.units.map((u) => `\`${u.id}\``).join(', ');
  const out: Diagnostic[] = [];
  struktur.unit.forEach((u, i) => {
    if (facts.delegatedOf(u).length > 0) return;
    out.push(diag('NSK334', {
      file: source.file,
      ...rangeAt(source, [...base, 'unit', i, 'id']),
      message: `Unit \`${u.id}\` (${u.nama}) tidak termasuk unsur yang susunan keanggotaannya diserahkan kepada Keputusan Bupati oleh ${facts.where(delegation.provision)}; Keputusan Bupati tidak dapat membentuk unsur yang tidak dibentuk Peraturan Bupati.`,
      hint: `Hapus unit ini. Bila unit ini salah satu unsur ${facts.where(list).replace(` ${facts.name}`, '')}, tulis \`perbup:\` dengan id unsur itu (${ids}). Unsur baru dibentuk dengan mengubah Peraturan Bupati lebih dahulu.`,
      related: [...facts.related(delegation.provision, 'Ketentuan yang mendelegasikan susunan keanggotaan.'), ...(list !== delegation.provision ? facts.related(list, 'Unsur yang dibentuk Peraturan Bupati.') : [])],
    }));
  });
  return out;
}
