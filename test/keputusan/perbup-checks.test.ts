/**
 * The real Keputusan checked against the real Perbup it implements (B3, issue 21 family 5): each
 * mistake a drafter makes when the two drift apart is one finding at the Keputusan's line with the
 * Perbup's line as `related`, and the correction makes it go away. Works on a copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { ROOT } from '../helpers.js';

const options = { date: '2026-01-01T00:00:00Z', strict: false };
const dir = mkdtempSync(join(tmpdir(), 'naskah-kep-perbup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !src.includes('/revisi') });
const KEP = join(dir, 'content', 'kepbup-struktur-slrt', 'naskah.yaml');
const PERBUP = join(dir, 'content', 'perbup-slrt', 'naskah.yaml');
const kepOriginal = readFileSync(KEP, 'utf8');
const perbupOriginal = readFileSync(PERBUP, 'utf8');
beforeEach(() => {
  writeFileSync(KEP, kepOriginal);
  writeFileSync(PERBUP, perbupOriginal);
});

/** Replaces `from` (which must occur) in a file. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** 1-based line of the first occurrence of `needle` after `after` in a file. */
function lineOf(file: string, needle: string, after = ''): number {
  const text = readFileSync(file, 'utf8');
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  return text.slice(0, offset).split('\n').length;
}

const load = () => loadDocument(findProject(dir)!, 'kepbup-struktur-slrt', options);
const findings = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => /^NSK3(2[7-9]|3[4-9]|4[01])$/.test(d.code) || d.code === 'NSK301');
const where = (d: Diagnostic) => `${d.code}@${d.file.split('/').slice(-2).join('/')}:${d.start.line}`;
const relatedAt = (d: Diagnostic) => d.related?.map((r) => `${r.file.split('/').slice(-2).join('/')}:${r.start.line}`);

describe('the Keputusan against its Perbup', { timeout: 60_000 }, () => {
  it('has no finding on the real content', () => {
    const loaded = load();
    expect(findings(loaded.diagnostics)).toEqual([]);
    expect(loaded.ir).not.toBeNull();
  });

  it('reports a task whose wording the Perbup changed, at both places, until the Keputusan follows (NSK337)', () => {
    edit(PERBUP, '- memberikan arahan kebijakan dalam penyelenggaraan SLRT', '- memberikan arahan kebijakan umum dalam penyelenggaraan SLRT');
    const [d, ...rest] = findings(load().diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK337@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'memberikan arahan kebijakan dalam')}`);
    expect(d!.message).toBe('Tugas huruf a unit `pengarah` berbeda dari Pasal 12 ayat (1) huruf a Peraturan Bupati Nomor ... Tahun ... tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu: Peraturan Bupati berbunyi "memberikan arahan kebijakan umum dalam penyelenggaraan SLRT".');
    expect(relatedAt(d!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'memberikan arahan kebijakan umum')}`]);
    edit(KEP, 'memberikan arahan kebijakan dalam', 'memberikan arahan kebijakan umum dalam');
    expect(findings(load().diagnostics)).toEqual([]);
  });

  it('reports a task added to or dropped from the Perbup list (NSK337)', () => {
    edit(KEP, '        - menyusun rekapitulasi data layanan\n', '');
    const [d] = findings(load().diagnostics);
    expect(where(d!)).toBe(`NSK337@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'tugas:', 'id: petugas-pengelola-data')}`);
    expect(d!.message).toMatch(/^Tugas "menyusun rekapitulasi data layanan" \(Pasal 17 ayat \(2\) huruf e Peraturan Bupati Nomor/);
  });

  it('rejects a unit the delegating Pasal does not create (NSK334), with the delegation as related', () => {
    edit(KEP, '  unit:\n    - id: pengarah\n', '  unit:\n    - id: pembina\n      nama: Pembina\n      unsur: pembina\n      pengisi:\n        - jabatan: Bupati Purwakarta\n      tugas:\n        - memberikan pembinaan umum\n    - id: pengarah\n      atasan: pembina\n');
    const loaded = load();
    const [d, ...rest] = findings(loaded.diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK334@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'id: pembina')}`);
    expect(d!.message).toMatch(/^Unit `pembina` \(Pembina\) tidak termasuk unsur yang susunan keanggotaannya diserahkan kepada Keputusan Bupati oleh Pasal 11 ayat \(6\) Peraturan Bupati Nomor/);
    expect(relatedAt(d!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'id: susunan-ditetapkan')}`, `perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'id: susunan-organisasi')}`]);
    expect(loaded.ir).toBeNull();
  });

  it('rejects a second pengarah beside the Sekretaris Daerah (NSK336)', () => {
    edit(KEP, '          bagan: Sekretaris Daerah\n', '          bagan: Sekretaris Daerah\n        - jabatan: Asisten Pemerintahan dan Kesejahteraan Rakyat\n');
    const [d, ...rest] = findings(load().diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK336@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'Asisten Pemerintahan')}`);
    expect(d!.hint).toBe('Tulis jabatan yang disebut Peraturan Bupati: "Sekretaris Daerah Kabupaten Purwakarta", dan hapus pengisi lain. Pengisi lain memerlukan perubahan Peraturan Bupati lebih dahulu.');
    expect(relatedAt(d!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'dijabat oleh Sekretaris Daerah')}`]);
  });

  it('takes the pengisi of a pelaksana only from the unsur of Pasal 11 ayat (5) (NSK336)', () => {
    edit(KEP, '        - jabatan: &pelaksana >-\n            Aparatur sipil negara di lingkungan Dinas, Pilar Sosial, atau tenaga lain yang memenuhi\n            kualifikasi sesuai dengan ketentuan peraturan perundang-undangan\n', '        - jabatan: Pekerja sosial profesional\n        - jabatan: &pelaksana Aparatur sipil negara di lingkungan Dinas\n');
    const [d, ...rest] = findings(load().diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK336@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'Pekerja sosial profesional')}`);
    expect(d!.hint).toBe('Pengisi berasal dari unsur yang disebut Peraturan Bupati: "aparatur sipil negara di lingkungan Dinas", "Pilar Sosial", "tenaga lain yang memenuhi kualifikasi sesuai dengan ketentuan peraturan perundang-undangan". Pengisi lain memerlukan perubahan Peraturan Bupati lebih dahulu.');
    expect(relatedAt(d!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'id: unsur-pelaksana')}`]);
  });

  it('reports a kedudukan written with another capitalisation (NSK335)', () => {
    edit(KEP, 'nama: Penanggung jawab', 'nama: Penanggung Jawab');
    const [d] = findings(load().diagnostics);
    expect(where(d!)).toBe(`NSK335@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'nama: Penanggung Jawab')}`);
    expect(d!.hint).toMatch(/^Tulis `nama: Penanggung jawab`/);
  });

  it('reports a garis komando the Perbup turns round: Manajer SLRT below the Sekretariat SLRT (NSK338)', () => {
    edit(KEP, '    - id: manajer\n      nama: Manajer SLRT\n      unsur: sekretariat\n      atasan: penanggung-jawab\n', '    - id: sekretariat\n      nama: Sekretariat SLRT\n      unsur: sekretariat\n      atasan: penanggung-jawab\n      perbup: [sekretariat-berkedudukan, tugas-sekretariat]\n      pengisi:\n        - jabatan: Dinas\n      tugas:\n        - menyelenggarakan layanan satu pintu\n    - id: manajer\n      nama: Manajer SLRT\n      unsur: sekretariat\n      atasan: sekretariat\n');
    const codes = findings(load().diagnostics).map(where);
    expect(codes).toContain(`NSK338@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'atasan: sekretariat')}`);
    expect(codes).toContain(`NSK334@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'id: sekretariat')}`);
    const d = findings(load().diagnostics).find((x) => x.code === 'NSK338')!;
    expect(relatedAt(d)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'id: sekretariat-berkedudukan')}`]);
  });

  it('warns about a garis komando the Perbup gives no basis for (NSK339)', () => {
    edit(KEP, '      unsur: pelaksana\n      atasan: supervisor\n', '      unsur: pelaksana\n      atasan: penanggung-jawab\n');
    const [d, ...rest] = findings(load().diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK339@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'atasan: penanggung-jawab', 'id: fasilitator')}`);
    expect(d!.severity).toBe('warning');
  });

  it('gives one clear error when the Perbup does not load, not a missing id beside it (NSK329)', () => {
    edit(PERBUP, 'teks: Pengarah [[so-pengarah]] dijabat oleh', 'teks: Pengarah [[so-pengarahh]] dijabat oleh');
    const loaded = load();
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map(where)).toEqual([`NSK329@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'peraturan: perbup-slrt')}`]);
    expect(errors[0]!.message).toBe('Peraturan Bupati tidak dapat dimuat: `perbup-slrt` masih memuat 1 galat.');
    expect(relatedAt(errors[0]!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'so-pengarahh')}`]);
  });
});

describe('who leads what', { timeout: 60_000 }, () => {
  it('asks the struktur to state that the Manajer SLRT leads the Sekretariat SLRT (NSK340)', () => {
    edit(KEP, '      keterangan: memimpin Sekretariat SLRT\n', '');
    const [d, ...rest] = findings(load().diagnostics);
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK340@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, 'id: manajer')}`);
    expect(d!.hint).toBe('Tulis `keterangan: memimpin Sekretariat SLRT` pada unit `manajer`, atau tambahkan unit Sekretariat SLRT dengan `atasan: manajer`.');
    expect(relatedAt(d!)).toEqual([`perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'id: sekretariat-berkedudukan')}`]);
  });
});

describe('the Perbup as Mengingat cites it', { timeout: 60_000 }, () => {
  const REGISTRY = join(dir, 'content', 'dasar-hukum.yaml');
  const registryOriginal = readFileSync(REGISTRY, 'utf8');
  afterAll(() => writeFileSync(REGISTRY, registryOriginal));

  it('reports a registry title that is not the Perbup title, until they agree (NSK341)', () => {
    edit(PERBUP, 'tentang: Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu', 'tentang: Sistem Layanan dan Rujukan Terpadu bagi Fakir Miskin dan Orang Tidak Mampu');
    const [d, ...rest] = findings(load().diagnostics).filter((x) => x.code === 'NSK341');
    expect(rest).toEqual([]);
    expect(where(d!)).toBe(`NSK341@kepbup-struktur-slrt/naskah.yaml:${lineOf(KEP, '- perbup-slrt')}`);
    expect(relatedAt(d!)).toEqual([`content/dasar-hukum.yaml:${lineOf(REGISTRY, 'perbup-slrt:')}`, `perbup-slrt/naskah.yaml:${lineOf(PERBUP, 'tentang: Sistem Layanan')}`]);
    // The Menimbang, citing by reference, already shows the new title.
    expect(JSON.stringify(load().diagnostics)).not.toContain('NSK301');
    writeFileSync(REGISTRY, registryOriginal.replace('  tentang: Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu\n  bd:', '  tentang: Sistem Layanan dan Rujukan Terpadu bagi Fakir Miskin dan Orang Tidak Mampu\n  bd:'));
    expect(findings(load().diagnostics).filter((x) => x.code === 'NSK341')).toEqual([]);
  });
});
