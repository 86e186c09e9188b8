/**
 * The tasks of a unit in the Keputusan are those of the Perbup, word for word (TN-SRC-05, issue 21
 * family 5): when the Perbup's wording of a task changes and the Keputusan keeps the old one, NSK337 is
 * reported at the Keputusan's task with the Perbup's task as `related`; so are tasks missing or added.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { letter } from '../../ir/numbering.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import type { StrukturSource } from '../../org/types.js';
import { butirText, sameText, type PerbupFacts } from './perbup-facts.js';
import type { PerbupUnit } from './perbup-units.js';

/** NSK337 for every task that differs from, is missing from, or is added to the Perbup's task list. */
export function checkTugas(source: YamlSource, base: YamlPath, struktur: StrukturSource, facts: PerbupFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: YamlPath, key = false) => ({ file: source.file, ...rangeAt(source, path, key) });
  struktur.unit.forEach((u, i) => {
    const lists = facts.taskLists(u);
    if (lists.length === 0) return;
    const expected: PerbupUnit[] = lists.flatMap((l) => l.rincian.map((id) => facts.byId.get(id)!));
    const actual = u.tugas ?? [];
    const tugasPath = [...base, 'unit', i, 'tugas'];
    const list = lists.map((l) => facts.where(l)).join(' dan ');
    for (let k = 0; k < Math.max(expected.length, actual.length); k++) {
      const e = expected[k];
      const a = actual[k];
      const itemPath = a !== undefined && typeof a !== 'string' ? [...tugasPath, k, 'teks'] : [...tugasPath, k];
      if (e && a !== undefined && sameText(butirText(a), e.text)) continue;
      const hint = 'Salin bunyi tugas dari Peraturan Bupati apa adanya (TN-SRC-05); tugas lain memerlukan perubahan Peraturan Bupati lebih dahulu.';
      if (e && a !== undefined) {
        out.push(diag('NSK337', { ...at(itemPath), message: `Tugas huruf ${letter(k + 1)} unit \`${u.id}\` berbeda dari ${facts.where(e)}: Peraturan Bupati berbunyi "${e.text}".`, hint, related: facts.related(e, 'Bunyi tugas dalam Peraturan Bupati.') }));
      } else if (e) {
        out.push(diag('NSK337', { ...at(actual.length > 0 ? tugasPath : [...base, 'unit', i, 'id'], actual.length > 0), message: `Tugas "${e.text}" (${facts.where(e)}) tidak ada dalam uraian tugas unit \`${u.id}\`.`, hint, related: facts.related(e, 'Tugas itu dalam Peraturan Bupati.') }));
      } else {
        out.push(diag('NSK337', { ...at(itemPath), message: `Tugas huruf ${letter(k + 1)} unit \`${u.id}\` tidak ada dalam ${list}.`, hint, related: facts.related(lists[0]!, 'Daftar tugas dalam Peraturan Bupati.') }));
      }
    }
  });
  return out;
}
