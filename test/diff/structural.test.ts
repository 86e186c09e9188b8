import { describe, expect, it } from 'vitest';
import { compare } from '../../src/diff/compare.js';
import { changeSet } from '../../src/diff/describe.js';
import { listEntries } from '../../src/diff/entries.js';
import { numberValue, renumberingSummary } from '../../src/diff/renumbering-summary.js';
import { compareRuns } from '../../src/diff/words.js';
import type { Runs } from '../../src/ir/types.js';
import { naskahFrom, type BabModel } from './synthetic.js';

const side = { revision: 'x', label: 'x', date: 'x' };
const changes = (a: BabModel[], b: BabModel[]) => changeSet(compare(naskahFrom(a), naskahFrom(b)), 'uji', side, side).changes.map((c) => `${c.kind}: ${c.description}`);
const ayat = (text: string, id?: string) => ({ ...(id ? { id } : {}), text, rincian: [] });
const bab = (id: string, ...pasal: BabModel['pasal']): BabModel => ({ id, judul: id.toUpperCase(), pasal });

describe('word-level changes', () => {
  const cases: [Runs, Runs][] = [
    [[{ kind: 'text', text: 'paling lama 30 (tiga puluh) hari kerja.' }], [{ kind: 'text', text: 'paling lama 14 (empat belas) hari kerja.' }]],
    [[{ kind: 'text', text: 'petugas ' }, { kind: 'italic', text: 'front office' }, { kind: 'text', text: ' menerima Keluhan' }], [{ kind: 'text', text: 'petugas layanan ' }, { kind: 'italic', text: 'front office' }, { kind: 'text', text: ' mencatat Keluhan;' }]],
    [[], [{ kind: 'text', text: 'baru' }]],
    [[{ kind: 'text', text: 'Undang-Undang  Nomor 23' }], [{ kind: 'text', text: 'Undang-Undang Nomor 23 Tahun 2014' }]],
  ];
  it.each(cases)('reconstructs both texts exactly from the pieces (%#)', (a, b) => {
    const pieces = compareRuns(a, b);
    const text = (runs: Runs) => runs.map((r) => r.text).join('');
    expect(pieces.filter((p) => p.op !== '+').map((p) => p.text).join('')).toBe(text(a));
    expect(pieces.filter((p) => p.op !== '-').map((p) => p.text).join('')).toBe(text(b));
  });
  it('keeps italics and groups a replacement as deletion then insertion', () => {
    const pieces = compareRuns(cases[1]![0], cases[1]![1]);
    expect(pieces.find((p) => p.text === 'front office')).toMatchObject({ op: '=', italic: true });
    expect(compareRuns(cases[0]![0], cases[0]![1]).map((p) => `${p.op}${p.text}`)).toEqual(['=paling lama ', '-30', '+14', '= (', '-tiga puluh', '+empat belas', '=) hari kerja.']);
  });
});

describe('alignment and change kinds', () => {
  const initial = [bab('bab-a', { id: 'p1', ayat: [ayat('Pemerintah Daerah menyelenggarakan layanan terpadu bagi Fakir Miskin'), ayat('Layanan diberikan tanpa dipungut biaya apa pun'), ayat('Layanan dikoordinasikan oleh Dinas bersama Perangkat Daerah')] }, { id: 'p2', ayat: [ayat('Puskesos dibentuk di setiap Desa')] }), bab('bab-b', { id: 'p3', ayat: [ayat('Dinas melaporkan pelaksanaan layanan kepada Bupati')] })];

  it('deleting an ayat without id is one deletion; later ayat are only renumbered', () => {
    const b = structuredClone(initial);
    b[0]!.pasal[0]!.ayat.splice(1, 1);
    expect(changes(initial, b)).toEqual(['deleted: Pasal 1 ayat (2) dihapus', 'renumbered: Pasal 1 ayat (3) menjadi Pasal 1 ayat (2)']);
  });
  it('an ayat without id edited in place is modified, not deleted and inserted', () => {
    const b = structuredClone(initial);
    b[0]!.pasal[0]!.ayat[1]!.text = 'Layanan diberikan tanpa dipungut biaya';
    expect(changes(initial, b)).toEqual(['modified: Pasal 1 ayat (2) diubah']);
  });
  it('a Pasal moved to another BAB is a move with both places; the Pasal after it is renumbered', () => {
    const b = structuredClone(initial);
    b[1]!.pasal.push(b[0]!.pasal.shift()!);
    expect(changes(initial, b)).toEqual(['renumbered: Pasal 2 menjadi Pasal 1', 'renumbered: Pasal 3 menjadi Pasal 2', 'moved: Pasal 3 (semula Pasal 1) dipindah dari BAB I ke BAB II']);
  });
  it('Pasal swapped inside a BAB: the one out of order is moved', () => {
    const b = structuredClone(initial);
    b[0]!.pasal.reverse();
    const c = changes(initial, b);
    expect(c.filter((x) => x.startsWith('moved'))).toHaveLength(1);
    expect(c).toContainEqual(expect.stringMatching(/^moved: Pasal \d \(semula Pasal \d\) dipindah urutannya$/));
  });
  it('identical revisions have no changes', () => {
    expect(changes(initial, structuredClone(initial))).toEqual([]);
  });
  it('a Pasal inserted at the start renumbers every later one, summarised as ranges', () => {
    const b = structuredClone(initial);
    b[0]!.pasal.unshift({ id: 'p0', ayat: [ayat('Pasal baru')] });
    const d = compare(naskahFrom(initial), naskahFrom(b));
    expect(renumberingSummary(listEntries(d)).renumbered).toEqual(['Pasal 1 s.d. Pasal 3 menjadi Pasal 2 s.d. Pasal 4']);
  });
});

describe('numbers', () => {
  it.each([
    ['Pasal 38', 38], ['BAB XIV', 14], ['huruf c', 3], ['angka 12', 12], ['Bagian Kedua Belas', 12], ['huruf b)', 2], ['Diktum KELIMA', 5],
  ])('%s has the value %d', (number, value) => {
    expect(numberValue(number)?.value).toBe(value);
  });
});
