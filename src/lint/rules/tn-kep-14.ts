/**
 * TN-KEP-14 — the Keputusan fills only the units the Perbup creates for it: every position in the
 * "Kedudukan" column of the Keputusan's susunan table is an item of the list the Perbup hands to a
 * Keputusan Bupati ("Susunan keanggotaan SLRT sebagaimana dimaksud pada ayat (1) ditetapkan dengan
 * Keputusan Bupati" → the items of ayat (1)), or, without such a provision, of its "Susunan organisasi
 * … terdiri atas" list. The finding stands at the table, with the Perbup's list as `related`. (The
 * Keputusan resolver checks its `struktur` against the same Perbup: NSK327, NSK328, NSK334–NSK340; this
 * rule reads the printed table of any Keputusan, also one built without `struktur`.)
 * Why: a Keputusan naming a post the Perbup does not create has no basis (review B3).
 * Source: [P].
 */
import type { Rincian, Runs, SourcePos } from '../../ir/types.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** TN-KEP-14, as registered in src/lint/registry.ts. */
export const tnKep14: Rule = {
  id: 'TN-KEP-14',
  level: 'WARN',
  statement: 'Keputusan hanya mengisi unsur yang diserahkan kepadanya oleh Peraturan Bupati.',
  source: '[P]',
  explanation: 'Lampiran Keputusan tentang susunan keanggotaan SLRT memuat tabel "No. | Kedudukan dalam SLRT | Jabatan/Instansi | Keterangan" dengan anggota ditunjuk menurut jabatan. Keputusan hanya mengisi unsur yang diserahkan kepadanya oleh Peraturan Bupati (mis. Pasal 11 ayat (6): "Susunan keanggotaan SLRT sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Bupati"), sehingga setiap kedudukan dalam tabel harus merupakan butir daftar yang dirujuk itu (pengarah, penanggung jawab, Manajer SLRT, Supervisor, Fasilitator, Petugas Layanan, Petugas Pengelola Data). Pembina, Koordinator, atau Operator Data yang tidak dibentuk Peraturan Bupati tidak dapat ditambahkan oleh Keputusan.',
  correct: 'Kedudukan: Manajer SLRT (butir Pasal 11 ayat (1) Perbup)',
  incorrect: 'Kedudukan: Ketua Pelaksana (tidak dibentuk Perbup)',
  checkProject(project, report) {
    const perbups = project.ofJenis('peraturan-bupati');
    for (const kep of project.ofJenis('keputusan-bupati')) {
      const cited = new Set(kep.units.refs.flatMap((r) => r.ref.targets.filter((t) => t.includes(':')).map((t) => t.split(':')[0]!)));
      const base = perbups.find((p) => cited.has(p.ir.id)) ?? (perbups.length === 1 ? perbups[0] : undefined);
      if (!base) continue;
      const list = createdUnits(base);
      if (!list) continue;
      const related = list.source ? [{ message: 'Unsur yang dibentuk Peraturan Bupati.', file: list.source.file, start: { line: list.source.line, column: list.source.column } }] : [];
      for (const l of kep.ir.lampiran) {
        for (const block of l.isi) {
          if (block.kind !== 'tabel') continue;
          const header = block.kepala[block.kepala.length - 1] ?? [];
          const col = header.findIndex((c) => /kedudukan/i.test(runsText(c)));
          if (col < 0) continue;
          block.baris.forEach((row, i) => {
            const cell = row[col];
            const name = cell ? normal(runsText(cell)).replace(/\s*\(.*\)$/, '') : '';
            if (name && !list.names.has(name)) report({ place: { unit: block }, message: `Kedudukan "${runsText(cell!).trim()}" (${block.label || 'tabel susunan'}, baris ${i + 1}) bukan unsur yang dibentuk ${base.ir.id} (${[...list.names].join(', ')}).`, hint: 'Keputusan hanya mengisi unsur yang dibentuk Peraturan Bupati: hapus baris ini atau pakai nama unsurnya; unsur baru dibentuk dengan mengubah Peraturan Bupati lebih dahulu.', related });
          });
        }
      }
    }
  },
};

/** The items of the list a Perbup hands to a Keputusan (else of its "Susunan organisasi … terdiri atas"), with the list's position. */
function createdUnits(perbup: DocumentIndex): { names: Set<string>; source: SourcePos | null } | null {
  const holders: { isi: Runs; rincian: readonly Rincian[]; source: SourcePos | null; id: string }[] = [];
  for (const p of perbup.units.pasal) for (const a of p.ayat) holders.push({ isi: a.isi, rincian: a.rincian, source: a.source ?? p.source, id: a.id });
  const byId = new Map(holders.map((h) => [h.id, h]));
  // Every list the Perbup hands to a Keputusan Bupati (there may be more than one delegating provision).
  const delegated = holders
    .filter((h) => /ditetapkan dengan Keputusan Bupati\.?$/i.test(runsText(h.isi).trim()))
    .flatMap((h) => h.isi.flatMap((r) => (r.kind === 'ref' ? r.targets : [])))
    .map((id) => byId.get(id))
    .filter((h): h is (typeof holders)[number] => h !== undefined && h.rincian.length > 0);
  const fallback = holders.find((h) => /^susunan organisasi\b/i.test(runsText(h.isi)) && h.rincian.length > 0);
  const lists = delegated.length > 0 ? delegated : fallback ? [fallback] : [];
  if (lists.length === 0) return null;
  const names = new Set(lists.flatMap((l) => l.rincian.map((r) => normal(runsText(r.isi).replace(/(?:;\s*(?:dan\/atau|dan|atau)|[.;:,])$/, '')))));
  return { names, source: lists[0]!.source };
}
