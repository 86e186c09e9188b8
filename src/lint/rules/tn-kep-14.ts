/**
 * TN-KEP-14 — the SLRT structure named in a Keputusan exists in the Perbup: every position in the
 * "Kedudukan" column of the Keputusan's susunan table is a unit of the Perbup's "Susunan organisasi …
 * terdiri atas" list. (The Keputusan resolver checks its `struktur` ids against the Perbup: NSK327/NSK328;
 * this rule reads the printed table of any Keputusan.)
 * Why: a Keputusan naming a post the Perbup does not create has no basis.
 * Source: [P].
 */
import type { Rincian } from '../../ir/types.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** TN-KEP-14, as registered in src/lint/registry.ts. */
export const tnKep14: Rule = {
  id: 'TN-KEP-14',
  level: 'WARN',
  statement: 'Susunan organisasi dalam lampiran Keputusan memakai unsur yang dibentuk Peraturan Bupati.',
  source: '[P]',
  explanation: 'Lampiran Keputusan tentang susunan organisasi SLRT memuat tabel "No. | Kedudukan dalam SLRT | Jabatan/Unsur | Keterangan" dengan anggota ditunjuk menurut jabatan. Setiap kedudukan dalam tabel itu harus merupakan unsur susunan organisasi yang dibentuk dalam Peraturan Bupati (mis. pengarah, penanggung jawab, Manajer SLRT, Supervisor, Fasilitator).',
  correct: 'Kedudukan: Manajer SLRT (ada dalam Pasal susunan organisasi Perbup)',
  incorrect: 'Kedudukan: Ketua Pelaksana (tidak dibentuk Perbup)',
  checkProject(project, report) {
    const perbup = project.ofJenis('peraturan-bupati');
    if (perbup.length !== 1) return;
    // The Perbup's kelembagaan: the items of its "Susunan organisasi … terdiri atas" list, its defined
    // terms (Sekretariat SLRT, Puskesos, Kecamatan, Pilar Sosial …) and its Bagian/Paragraf titles.
    const unsur = new Set<string>();
    const collect = (items: readonly Rincian[]) => items.forEach((r) => unsur.add(normal(runsText(r.isi).replace(/(?:;\s*(?:dan\/atau|dan|atau)|[.;:,])$/, ''))));
    const base = perbup[0]!;
    for (const p of base.units.pasal) for (const a of p.ayat) if (/^susunan organisasi\b/i.test(runsText(a.isi))) collect(a.rincian);
    if (unsur.size === 0) return;
    for (const t of base.terms.list) for (const form of [t.istilah, t.singkatan]) if (form) unsur.add(normal(form));
    for (const [unit] of base.units.parents) if (unit.kind === 'bagian' || unit.kind === 'paragraf') unsur.add(normal(unit.judul));
    for (const kep of project.ofJenis('keputusan-bupati')) {
      for (const l of kep.ir.lampiran) {
        for (const block of l.isi) {
          if (block.kind !== 'tabel') continue;
          const header = block.kepala[block.kepala.length - 1] ?? [];
          const col = header.findIndex((c) => /kedudukan/i.test(runsText(c)));
          if (col < 0) continue;
          block.baris.forEach((row, i) => {
            const cell = row[col];
            const name = cell ? normal(runsText(cell)) : '';
            if (name && !unsur.has(name)) report({ place: { unit: block }, message: `Kedudukan "${runsText(cell!).trim()}" (${block.label || 'tabel susunan'}, baris ${i + 1}) tidak dibentuk oleh ${base.ir.id}.`, hint: 'Pakai nama unsur yang dibentuk Peraturan Bupati (susunan organisasi, istilah Pasal 1, atau Bagian kelembagaan), atau tambahkan unsur itu dalam Peraturan Bupati.' });
          });
        }
      }
    }
  },
};
