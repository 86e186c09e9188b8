/**
 * The structural diff on the real history of the SLRT Perbup: revisi 1 ("Draf awal tim efektif") →
 * revisi 2 ("Perbaikan hasil konsultasi Bagian Hukum"), both immutable snapshots under content/.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/diff/compare.js';
import { changeSet } from '../../src/diff/describe.js';
import { listEntries } from '../../src/diff/entries.js';
import { renumberingSentence } from '../../src/diff/renumbering-summary.js';
import { findProject } from '../../src/load/project.js';
import { renderChangesHtml } from '../../src/render/html-diff/index.js';
import { buildMatriks } from '../../src/render/matriks/model.js';
import { loadRevision } from '../../src/pipeline/load-revision.js';
import { openRevision } from '../../src/revision/open.js';
import { ROOT } from '../helpers.js';

function ir(name: string) {
  const { source } = openRevision(findProject(ROOT)!, 'perbup-slrt', name, {});
  return loadRevision(source!, 'perbup-slrt', { date: '2026-01-01T00:00:00Z', strict: false }).ir!;
}

describe('perbup-slrt: revisi 1 → revisi 2', () => {
  const a = ir('1');
  const b = ir('Perbaikan hasil konsultasi Bagian Hukum');
  const d = compare(a, b);
  const cs = changeSet(d, 'perbup-slrt', { revision: '1', label: 'a', date: 'x' }, { revision: '2', label: 'b', date: 'y' });
  const by = (id: string) => cs.changes.find((c) => c.id === id || c.oldId === id);

  it('reports an inserted Pasal, a deleted ayat without an id, a moved Pasal and reworded definitions', () => {
    expect(by('batas-penetapan-keputusan')).toMatchObject({ kind: 'inserted', unit: 'pasal', newNumber: 'Pasal 45', description: 'Pasal 45 disisipkan' });
    // ayat (3) of Pasal 27 had no id; the later ayat are aligned by text, so they are only renumbered
    expect(by('penanganan-keluhan.3')).toMatchObject({ kind: 'deleted', unit: 'ayat', oldNumber: 'Pasal 27 ayat (3)', description: 'Pasal 27 ayat (3) dihapus' });
    expect(cs.changes.filter((c) => c.oldNumber?.startsWith('Pasal 27 ayat (')).map((c) => `${c.kind} ${c.oldNumber} → ${c.newNumber}`)).toEqual([
      'deleted Pasal 27 ayat (3) → null',
      'renumbered Pasal 27 ayat (4) → Pasal 27 ayat (3)',
      'renumbered Pasal 27 ayat (5) → Pasal 27 ayat (4)',
    ]);
    expect(by('pelindungan-data')).toMatchObject({ kind: 'moved', oldNumber: 'Pasal 29', newNumber: 'Pasal 38', oldPlace: 'BAB V Bagian Keempat', newPlace: 'BAB VIII', description: 'Pasal 38 (semula Pasal 29) dipindah dari BAB V Bagian Keempat ke BAB VIII' });
    expect(by('def-orang-tidak-mampu')).toMatchObject({ kind: 'modified', unit: 'definisi', description: 'Pasal 1 angka 13 (Orang Tidak Mampu) diubah' });
    expect(by('def-fasilitator')?.ops).toContainEqual(['-', 'oleh Dinas ']);
    expect(by('def-apbd')).toMatchObject({ kind: 'inserted', unit: 'definisi' });
  });

  it('reports the changed Mengingat, judul and time limit word by word', () => {
    expect(by('mengingat/uu-6-2014')).toMatchObject({ kind: 'inserted', description: 'Mengingat angka 6 disisipkan' });
    expect(by('mengingat/uu-23-2014')).toMatchObject({ kind: 'modified', oldNumber: 'Mengingat angka 6', newNumber: 'Mengingat angka 7' });
    expect(by('mengingat/uu-23-2014')?.newText).toContain('Undang-Undang Nomor 6 Tahun 2023');
    expect(by('judul')?.ops).toContainEqual(['+', 'DAN ']);
    expect(by('rujukan-ditindaklanjuti')?.ops).toEqual(expect.arrayContaining([['-', '30'], ['+', '14'], ['-', 'tiga puluh'], ['+', 'empat belas']]));
  });

  it('tells renumbering apart from edits: references that only follow the new numbers are not edits', () => {
    expect(by('kewajiban-pd')).toMatchObject({ kind: 'renumbered', textChanged: true, ops: expect.arrayContaining([['-', '31'], ['+', '30']]) });
    expect(cs.summary).toEqual({ inserted: 3, deleted: 2, modified: 11, moved: 1, renumbered: 21 });
    expect(renumberingSentence(listEntries(d))).toBe('Perubahan penomoran saja, rumusan tetap: Mengingat angka 7 s.d. angka 10 menjadi Mengingat angka 8 s.d. angka 11; Pasal 30 s.d. Pasal 38 menjadi Pasal 29 s.d. Pasal 37; Pasal 45 menjadi Pasal 46.');
  });

  it('builds a matriks with one row per changed unit and the renumbering apart', () => {
    const m = buildMatriks(listEntries(d), b, 'revisi 1', 'revisi 2', '2025-09-22T03:00:00Z');
    expect(m.judul).toEqual(['MATRIKS PERUBAHAN', 'RANCANGAN PERATURAN BUPATI PURWAKARTA', 'TENTANG', 'SISTEM LAYANAN DAN RUJUKAN TERPADU UNTUK PENANGANAN FAKIR MISKIN DAN ORANG TIDAK MAMPU']);
    expect(m.rows.map((r) => r.keterangan)).toEqual([
      'Judul diubah',
      'Menimbang huruf b diubah',
      'Menimbang huruf d diubah',
      'Mengingat angka 6 disisipkan',
      'Mengingat angka 7 diubah (semula Mengingat angka 6)',
      'Menetapkan diubah',
      'Pasal 1 angka 13 (Orang Tidak Mampu) diubah',
      'Pasal 1 angka 22 (Fasilitator) diubah',
      'Pasal 1 angka 33 (Anggaran Pendapatan dan Belanja Daerah) disisipkan',
      'Pasal 26 ayat (1) diubah',
      'Pasal 27 ayat (3) dihapus; Pasal 27 ayat (4) menjadi Pasal 27 ayat (3); Pasal 27 ayat (5) menjadi Pasal 27 ayat (4)',
      'BAB V Bagian Keempat dihapus',
      'BAB VIII diubah',
      'Pasal 38 (semula Pasal 29) dipindah dari BAB V Bagian Keempat ke BAB VIII',
      'Pasal 40 ayat (1) huruf a diubah; Pasal 40 ayat (3) diubah',
      'Pasal 45 disisipkan',
    ]);
    // deleted words struck (op "-") on the left, inserted words underlined (op "+") on the right
    const timeLimitRow = m.rows[9]!;
    expect(timeLimitRow.semula.flatMap((l) => l.text).filter((p) => p.op !== '=').map((p) => p.text)).toEqual(['30', 'tiga puluh']);
    expect(timeLimitRow.perubahan.flatMap((l) => l.text).filter((p) => p.op !== '=').map((p) => p.text)).toEqual(['14', 'empat belas']);
  });

  it('writes a self-contained side-by-side page navigable by BAB and Pasal', () => {
    const html = renderChangesHtml(listEntries(d), cs, { judul: 'X', semula: 'revisi 1', perubahan: 'revisi 2' });
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('<summary>BAB VIII SISTEM INFORMASI DAN PELINDUNGAN DATA (');
    expect(html).toMatch(/<li class="berubah"><a href="#e\d+-pelindungan-data"><span class="dot berubah"><\/span>Pasal 38<\/a><\/li>/);
    expect(html).toContain('<del>30</del>');
    expect(html).toContain('<ins>14</ins>');
  });
});
