/**
 * The change set (types.ts) of a comparison, with the KETERANGAN a reviewer reads in the matriks
 * perubahan: "Pasal 7 disisipkan", "Pasal 12 ayat (3) dihapus", "Pasal 30 (semula Pasal 25) dipindah
 * dari BAB IV ke BAB V", "Pasal 1 angka 13 (Keluhan) diubah", "Pasal 8 menjadi Pasal 9".
 */
import type { Comparison, MergedNode } from './compare.js';
import { isDeleted, isMoved, isInserted } from './compare.js';
import type { ChangeSet, ChangeKind, Change, RevisionSide } from './types.js';
import type { UnitDiff } from './unit.js';
import { opsJson } from './words.js';

/** A unit's address, with the term for a definition: "Pasal 1 angka 13 (Keluhan)". */
export function mention(u: UnitDiff): string {
  return u.kind === 'definisi' && u.term ? `${u.address} (${u.term})` : u.address;
}

/** Where a unit sits, for "dipindah dari … ke …": its parent inside a Pasal, else its headings. */
function container(d: Comparison, u: UnitDiff, side: 'a' | 'b'): string {
  const parent = u.parent === null ? null : (side === 'a' ? d.a : d.b).byKey.get(u.parent) ?? null;
  if (parent && !['bab', 'bagian', 'paragraf', 'lampiran'].includes(parent.kind)) return parent.address;
  return u.place || 'batang tubuh';
}

/** The change kind of a merged unit, or null when it did not change. */
export function changeKind(s: MergedNode): ChangeKind | null {
  if (isInserted(s)) return 'inserted';
  if (isDeleted(s)) return 'deleted';
  if (isMoved(s)) return 'moved';
  if (s.textChanged && !s.refsOnly) return 'modified';
  if (s.renumbered || s.refsOnly) return 'renumbered';
  return null;
}

/** KETERANGAN of one changed unit. */
export function keterangan(d: Comparison, s: MergedNode): string {
  const { a, b } = s;
  if (!a) return `${mention(b!)} disisipkan`;
  if (!b) return `${mention(a)} dihapus`;
  const formerly = a.address !== b.address && a.address !== '' ? ` (semula ${a.address})` : '';
  const alsoModified = s.textChanged && !s.refsOnly ? ' dan diubah' : '';
  if (s.parentChanged) return `${mention(b)}${formerly} dipindah dari ${container(d, a, 'a')} ke ${container(d, b, 'b')}${alsoModified}`;
  if (s.orderChanged) return `${mention(b)}${formerly} dipindah urutannya${alsoModified}`;
  if (s.textChanged && !s.refsOnly) return `${mention(b)} diubah${formerly}`;
  const refNote = s.refsOnly ? `rujukan dalam ${b.address} disesuaikan dengan penomoran baru` : '';
  if (!s.renumbered) return refNote.charAt(0).toUpperCase() + refNote.slice(1);
  return `${a.address} menjadi ${b.address}${refNote ? `; ${refNote}` : ''}`;
}

/** One line per paragraph of a unit and everything under it ("Pasal 7", "(1) …", "a. …"). */
export function subtreeText(s: MergedNode, side: 'a' | 'b'): string {
  const lines: string[] = [];
  const walk = (n: MergedNode): void => {
    const u = n[side];
    if (!u) return;
    const line = [u.label, u.text].filter((x) => x !== '').join(' ');
    if (line !== '') lines.push(line);
    n.children.forEach(walk);
  };
  walk(s);
  return lines.join('\n');
}

/** Changed units in document order; units inside an inserted or deleted one are part of it. */
export function listChanges(d: Comparison): { node: MergedNode; change: Change }[] {
  const out: { node: MergedNode; change: Change }[] = [];
  for (const s of d.order) {
    const kind = changeKind(s);
    if (kind === null) continue;
    if (kind === 'inserted' && s.parent && isInserted(s.parent)) continue;
    if (kind === 'deleted' && s.parent && isDeleted(s.parent)) continue;
    const { a, b } = s;
    const whole = kind === 'inserted' || kind === 'deleted';
    out.push({
      node: s,
      change: {
        kind, unit: (b ?? a)!.kind, id: b?.key ?? null, oldId: a?.key ?? null,
        oldNumber: a?.address ?? null, newNumber: b?.address ?? null,
        oldPlace: a ? container(d, a, 'a') : null, newPlace: b ? container(d, b, 'b') : null,
        oldText: a ? (whole ? subtreeText(s, 'a') : a.text) : null,
        newText: b ? (whole ? subtreeText(s, 'b') : b.text) : null,
        textChanged: s.textChanged, renumbered: s.renumbered,
        ops: s.pieces ? opsJson(s.pieces) : null,
        description: keterangan(d, s),
      },
    });
  }
  return out;
}

/** The change set of a comparison (perubahan.json). */
export function changeSet(d: Comparison, document: string, from: RevisionSide, to: RevisionSide): ChangeSet {
  const changes = listChanges(d).map((x) => x.change);
  const summary: Record<ChangeKind, number> = { inserted: 0, deleted: 0, modified: 0, moved: 0, renumbered: 0 };
  for (const c of changes) summary[c.kind]++;
  return { schema: 'naskah-perubahan/1', document, from, to, summary, changes };
}
