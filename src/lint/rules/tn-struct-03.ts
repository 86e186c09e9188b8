/**
 * TN-STRUCT-03 — only the grouping patterns BAB › Pasal, BAB › Bagian › Pasal and
 * BAB › Bagian › Paragraf › Pasal: no Bagian without BAB, no Paragraf outside a Bagian, no Pasal
 * beside Bagian (or Bagian beside Pasal) at the same level, and no group without a Pasal.
 * Why: the source format allows any nesting; the law allows three patterns.
 * Source: L2 angka 67–70.
 */
import type { Bab, Bagian, Paragraf, Unit } from '../../ir/types.js';
import type { Rule } from '../types.js';

const NAME: Record<Unit['kind'], string> = { bab: 'BAB', bagian: 'Bagian', paragraf: 'Paragraf', pasal: 'Pasal' };
const ALLOWED: Record<Unit['kind'], readonly (Unit['kind'] | null)[]> = { bab: [null], bagian: ['bab'], paragraf: ['bagian'], pasal: [null, 'bab', 'bagian', 'paragraf'] };

/** TN-STRUCT-03, as registered in src/lint/registry.ts. */
export const tnStruct03: Rule = {
  id: 'TN-STRUCT-03',
  level: 'ERROR',
  statement: 'Pengelompokan hanya BAB › Pasal, BAB › Bagian › Pasal, atau BAB › Bagian › Paragraf › Pasal.',
  source: 'L2 angka 67–70',
  explanation: 'Batang tubuh dikelompokkan dengan salah satu pola: (a) BAB dengan Pasal; (b) BAB dengan Bagian dan Pasal; (c) BAB dengan Bagian, Paragraf, dan Pasal. Tidak ada Bagian tanpa BAB, tidak ada Paragraf langsung di bawah BAB, dan dalam satu kelompok Pasal tidak dicampur dengan Bagian atau Paragraf. Setiap BAB, Bagian, dan Paragraf memuat paling sedikit satu Pasal.',
  correct: 'BAB III › Bagian Kesatu › Paragraf 1 › Pasal 10',
  incorrect: 'BAB III › Paragraf 1 › Pasal 10 (Paragraf tanpa Bagian)',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const { parents } = doc.units;
    const siblings = new Map<Bab | Bagian | Paragraf | null, Unit[]>();
    for (const [unit, parent] of parents) {
      siblings.set(parent, [...(siblings.get(parent) ?? []), unit]);
      const parentKind = parent?.kind ?? null;
      if (!ALLOWED[unit.kind].includes(parentKind)) {
        const where = parent ? `di bawah ${NAME[parent.kind]}` : 'tanpa BAB';
        report({ place: { unit }, message: `${NAME[unit.kind]} "${'judul' in unit ? unit.judul : unit.label}" berada ${where}.`, hint: unit.kind === 'paragraf' ? 'Paragraf hanya berada di dalam Bagian; tambahkan Bagian atau ubah Paragraf menjadi Bagian.' : unit.kind === 'bagian' ? 'Bagian hanya berada langsung di dalam BAB.' : 'BAB hanya berada pada tingkat teratas batang tubuh.' });
      }
    }
    for (const [unit] of parents) {
      if (unit.kind !== 'pasal' && !hasPasal(unit)) report({ place: { unit }, message: `${NAME[unit.kind]} "${unit.judul}" tidak memuat Pasal.`, hint: 'Isi dengan Pasal, atau hapus pengelompokan ini.' });
    }
    for (const [parent, units] of siblings) {
      const pasal = units.filter((u) => u.kind === 'pasal');
      const groups = units.filter((u) => u.kind !== 'pasal');
      if (pasal.length === 0 || groups.length === 0) continue;
      const first = pasal[0]!;
      report({ place: { unit: first }, message: `${parent ? `${NAME[parent.kind]} "${parent.judul}"` : 'Batang tubuh'} mencampur Pasal dengan ${NAME[groups[0]!.kind]} pada tingkat yang sama.`, hint: 'Masukkan Pasal ini ke dalam Bagian/Paragraf tersendiri (mis. Bagian Kesatu "Umum"), atau hapus pengelompokan Bagian/Paragraf.' });
    }
  },
};

/** True when a group holds at least one Pasal, at any depth. */
function hasPasal(unit: Unit): boolean {
  return unit.kind === 'pasal' || unit.isi.some(hasPasal);
}
