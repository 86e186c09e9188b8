/**
 * Mistakes in a Keputusan and its organisation graph become coded diagnostics at the right
 * line:column (issue 5): duplicate unit ids, missing parents, cycles, a second root, coordination with
 * units that do not exist, units without tasks, units of the Perbup missing from the struktur, and the
 * Keputusan's own frame (number pattern, lampiran without struktur, the Perbup it cannot load).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { findProject } from '../../src/load/project.js';

const PROJECT = join(import.meta.dirname, 'fixtures', 'project');
const options = { date: '2026-01-01T00:00:00Z', strict: false };

/** "line:column" of the `nth` occurrence of `needle` in a fixture file (1-based, like the diagnostics). */
function at(root: string, id: string, needle: string, nth = 0): string {
  const text = readFileSync(join(root, 'content', id, 'naskah.yaml'), 'utf8');
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in ${id}`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** The diagnostics of naskah's own codes (not lint rules), as "CODE@line:column". */
function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.code.startsWith('NSK')).map((d) => `${d.code}@${d.start.line}:${d.start.column}`);
}

describe('a broken organisation graph', () => {
  const loaded = loadDocument(findProject(PROJECT)!, 'kepbup-rusak', options);
  const find = (code: string) => loaded.diagnostics.filter((d) => d.code === code);

  it('stops before any output', () => {
    expect(loaded.ir).toBeNull();
  });
  it('reports every mistake once, at the value that is wrong', () => {
    const r = (needle: string, nth = 0) => at(PROJECT, 'kepbup-rusak', needle, nth);
    expect(codes(loaded.diagnostics)).toEqual([
      `NSK327@${r('susunan-organisasi')}`,
      `NSK327@${r('susunan-organisasi')}`,
      `NSK328@${r('pos-dessa')}`,
      `NSK328@${r('so-pengarahh')}`,
      `NSK320@${r('manajer', 2)}`,
      `NSK325@${r('id: petugas')}`,
      `NSK321@${r('manajerr')}`,
      `NSK324@${r('pos,')}`,
      `NSK323@${r('siklus-b', 0)}`,
    ]);
  });
  it('says what is wrong and what to do, and points at the first definition of a duplicate id', () => {
    const [duplicate] = find('NSK320');
    expect(duplicate!.message).toBe('Id unit `manajer` sudah dipakai oleh unit lain dalam struktur.');
    expect(duplicate!.related).toEqual([{ message: 'Id itu sudah didefinisikan di sini.', file: 'content/kepbup-rusak/naskah.yaml', start: { line: Number(at(PROJECT, 'kepbup-rusak', 'manajer', 0).split(':')[0]), column: 11 } }]);
    expect(find('NSK321')[0]!.hint).toBe('Mungkin maksud Anda `manajer`?');
    expect(find('NSK323')[0]!.message).toBe('Garis komando melingkar (mengikuti `atasan`): siklus-a → siklus-b → siklus-a.');
    expect(find('NSK327').map((d) => d.message)).toEqual([
      'Unsur "pengarah" (Pasal 1 ayat (1) huruf a Peraturan Bupati Nomor ... Tahun ... tentang Layanan Terpadu, id `so-pengarah`) tidak dilaksanakan oleh unit mana pun dalam struktur.',
      'Unsur "Petugas Layanan" (Pasal 1 ayat (1) huruf c Peraturan Bupati Nomor ... Tahun ... tentang Layanan Terpadu, id `so-petugas`) tidak dilaksanakan oleh unit mana pun dalam struktur.',
    ]);
    // The related place is the unit in the Perbup's own file.
    expect(find('NSK327')[0]!.related![0]!.file).toBe('content/perbup-induk/naskah.yaml');
    expect(find('NSK328')[0]!.hint).toBe('Mungkin maksud Anda `pos-desa`?');
  });
});

describe('a chart without a root', () => {
  it('reports the cycle at the first atasan of the loop and the missing root', () => {
    const loaded = loadDocument(findProject(PROJECT)!, 'kepbup-siklus', options);
    const r = (needle: string) => at(PROJECT, 'kepbup-siklus', needle);
    // No root is reported at the first unit; the cycle at the `atasan` value of its first unit.
    expect(codes(loaded.diagnostics)).toEqual([`NSK322@${r('id: ketua')}`, `NSK323@${r('anggota')}`]);
    expect(loaded.diagnostics.find((d) => d.code === 'NSK323')!.message).toBe('Garis komando melingkar (mengikuti `atasan`): ketua → anggota → wakil → ketua.');
    expect(loaded.diagnostics.find((d) => d.code === 'NSK323')!.related!.map((x) => x.message)).toEqual(['`atasan` dari `anggota`.', '`atasan` dari `wakil`.']);
  });
});

describe('mistakes in the frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-kep-diag-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(PROJECT, dir, { recursive: true });
  const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
  const original = readFileSync(file, 'utf8');
  const edit = (from: string, to: string) => {
    writeFileSync(file, original.replace(from, to));
    return loadDocument(findProject(dir)!, 'kepbup-mini', options);
  };

  it('rejects an unknown placeholder in the number pattern (NSK332)', () => {
    const loaded = edit("  kode: '400.9'", "  pola: '{kode}/{bulan}/{tahun}'\n  kode: '400.9'");
    expect(codes(loaded.diagnostics)).toEqual([`NSK332@${at(dir, 'kepbup-mini', "'{kode}")}`]);
  });
  it('cannot check against a document that is not a Peraturan Bupati (NSK329)', () => {
    const loaded = edit('peraturan: perbup-induk', 'peraturan: kepbup-siklus');
    expect(codes(loaded.diagnostics)[0]).toBe(`NSK329@${at(dir, 'kepbup-mini', 'kepbup-siklus')}`);
    expect(loaded.ir).toBeNull();
  });
  it('needs a struktur for generated lampiran (NSK333)', () => {
    writeFileSync(file, original.slice(0, original.indexOf('struktur:')).replace('peraturan: perbup-induk\n', '').replace(/\[\[=perbup-induk:susunan-ditetapkan\]\]/, 'Pasal 1 ayat (2)'));
    const loaded = loadDocument(findProject(dir)!, 'kepbup-mini', options);
    expect(codes(loaded.diagnostics)).toEqual(['susunan-keanggotaan', 'bagan-struktur', 'uraian-tugas'].map((isi) => `NSK333@${at(dir, 'kepbup-mini', isi)}`));
  });
  it('maps schema errors in a unit to their line:column (NSK202, NSK201)', () => {
    const loaded = edit('      unsur: pembina\n', '      unsur: pembina\n      atasn: pengarah\n');
    expect(codes(loaded.diagnostics)).toEqual([`NSK202@${at(dir, 'kepbup-mini', 'atasn')}`]);
    expect(loaded.diagnostics[0]!.hint).toBe('Mungkin maksud Anda `atasan`?');
    const missing = edit('        - jabatan: Bupati Purwakarta\n', '        - bagan: Bupati\n');
    expect(codes(missing.diagnostics)).toEqual([`NSK201@${at(dir, 'kepbup-mini', 'bagan: Bupati')}`]);
    expect(missing.diagnostics[0]!.message).toBe('Properti wajib `jabatan` tidak ada.');
  });
});
