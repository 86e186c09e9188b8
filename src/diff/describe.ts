/**
 * The change set (types.ts) of a comparison, with the KETERANGAN a reviewer reads in the matriks
 * perubahan: "Pasal 7 disisipkan", "Pasal 12 ayat (3) dihapus", "Pasal 30 (semula Pasal 25) dipindah
 * dari BAB IV ke BAB V", "Pasal 1 angka 13 (Keluhan) diubah", "Pasal 8 menjadi Pasal 9".
 */
import type { Perbandingan, Simpul } from './compare.js';
import { dihapus, dipindah, disisipkan } from './compare.js';
import type { ChangeSet, JenisPerubahan, Perubahan, SisiRevisi } from './types.js';
import type { UnitDiff } from './unit.js';
import { opsJson } from './words.js';

/** A unit's address, with the term for a definition: "Pasal 1 angka 13 (Keluhan)". */
export function sebut(u: UnitDiff): string {
  return u.jenis === 'definisi' && u.istilah ? `${u.alamat} (${u.istilah})` : u.alamat;
}

/** Where a unit sits, for "dipindah dari … ke …": its parent inside a Pasal, else its headings. */
function wadah(d: Perbandingan, u: UnitDiff, sisi: 'a' | 'b'): string {
  const parent = u.parent === null ? null : (sisi === 'a' ? d.a : d.b).byKey.get(u.parent) ?? null;
  if (parent && !['bab', 'bagian', 'paragraf', 'lampiran'].includes(parent.jenis)) return parent.alamat;
  return u.tempat || 'batang tubuh';
}

/** The change kind of a merged unit, or null when it did not change. */
export function jenisPerubahan(s: Simpul): JenisPerubahan | null {
  if (disisipkan(s)) return 'inserted';
  if (dihapus(s)) return 'deleted';
  if (dipindah(s)) return 'moved';
  if (s.textChanged && !s.refsOnly) return 'modified';
  if (s.renumbered || s.refsOnly) return 'renumbered';
  return null;
}

/** KETERANGAN of one changed unit. */
export function keterangan(d: Perbandingan, s: Simpul): string {
  const { a, b } = s;
  if (!a) return `${sebut(b!)} disisipkan`;
  if (!b) return `${sebut(a)} dihapus`;
  const semula = a.alamat !== b.alamat && a.alamat !== '' ? ` (semula ${a.alamat})` : '';
  const diubah = s.textChanged && !s.refsOnly ? ' dan diubah' : '';
  if (s.parentChanged) return `${sebut(b)}${semula} dipindah dari ${wadah(d, a, 'a')} ke ${wadah(d, b, 'b')}${diubah}`;
  if (s.orderChanged) return `${sebut(b)}${semula} dipindah urutannya${diubah}`;
  if (s.textChanged && !s.refsOnly) return `${sebut(b)} diubah${semula}`;
  const rujukan = s.refsOnly ? `rujukan dalam ${b.alamat} disesuaikan dengan penomoran baru` : '';
  if (!s.renumbered) return rujukan.charAt(0).toUpperCase() + rujukan.slice(1);
  return `${a.alamat} menjadi ${b.alamat}${rujukan ? `; ${rujukan}` : ''}`;
}

/** One line per paragraph of a unit and everything under it ("Pasal 7", "(1) …", "a. …"). */
export function teksPohon(s: Simpul, sisi: 'a' | 'b'): string {
  const lines: string[] = [];
  const walk = (n: Simpul): void => {
    const u = n[sisi];
    if (!u) return;
    const line = [u.label, u.teks].filter((x) => x !== '').join(' ');
    if (line !== '') lines.push(line);
    n.children.forEach(walk);
  };
  walk(s);
  return lines.join('\n');
}

/** Changed units in document order; units inside an inserted or deleted one are part of it. */
export function daftarPerubahan(d: Perbandingan): { simpul: Simpul; perubahan: Perubahan }[] {
  const out: { simpul: Simpul; perubahan: Perubahan }[] = [];
  for (const s of d.urutan) {
    const kind = jenisPerubahan(s);
    if (kind === null) continue;
    if (kind === 'inserted' && s.parent && disisipkan(s.parent)) continue;
    if (kind === 'deleted' && s.parent && dihapus(s.parent)) continue;
    const { a, b } = s;
    const whole = kind === 'inserted' || kind === 'deleted';
    out.push({
      simpul: s,
      perubahan: {
        kind, unit: (b ?? a)!.jenis, id: b?.key ?? null, oldId: a?.key ?? null,
        oldNumber: a?.alamat ?? null, newNumber: b?.alamat ?? null,
        oldPlace: a ? wadah(d, a, 'a') : null, newPlace: b ? wadah(d, b, 'b') : null,
        oldText: a ? (whole ? teksPohon(s, 'a') : a.teks) : null,
        newText: b ? (whole ? teksPohon(s, 'b') : b.teks) : null,
        textChanged: s.textChanged, renumbered: s.renumbered,
        ops: s.potongan ? opsJson(s.potongan) : null,
        description: keterangan(d, s),
      },
    });
  }
  return out;
}

/** The change set of a comparison (perubahan.json). */
export function changeSet(d: Perbandingan, document: string, from: SisiRevisi, to: SisiRevisi): ChangeSet {
  const changes = daftarPerubahan(d).map((x) => x.perubahan);
  const summary: Record<JenisPerubahan, number> = { inserted: 0, deleted: 0, modified: 0, moved: 0, renumbered: 0 };
  for (const c of changes) summary[c.kind]++;
  return { schema: 'naskah-perubahan/1', document, from, to, summary, changes };
}
