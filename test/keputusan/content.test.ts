/**
 * The real Keputusan Bupati Purwakarta on the susunan keanggotaan of SLRT (content/kepbup-struktur-slrt):
 * clean apart from the unverified citations, cut to the Perbup Pasal that delegates it (B3), and a bagan
 * that fits one F4 page with readable type and no box or line on another.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import type { BlokLampiran, Naskah, Pasal, Unit } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { loadYaml } from '../../src/load/yaml-source.js';
import { drawBagan } from '../../src/resolve/keputusan/bagan.js';
import { baganFonts, TYPE } from '../../src/org/box.js';
import { MIN_SCALE } from '../../src/org/fit.js';
import type { StrukturSource } from '../../src/org/types.js';
import { validateStruktur } from '../../src/org/validate.js';
import { ROOT } from '../helpers.js';
import { runsText } from '../ir-text.js';
import { layoutProblems } from '../org/layout-checks.js';
import { boxTexts } from '../org/svg-text.js';

const paths = findProject(ROOT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false };
const loaded = loadDocument(paths, 'kepbup-struktur-slrt', options);
const ir = loaded.ir as Naskah;
const perbup = loadDocument(paths, 'perbup-slrt', options).ir as Naskah;

function pasal(units: readonly Unit[], id: string): Pasal | undefined {
  for (const u of units) {
    if (u.kind === 'pasal' && u.id === id) return u;
    if (u.kind !== 'pasal') {
      const found = pasal(u.isi, id);
      if (found) return found;
    }
  }
  return undefined;
}

describe('Keputusan Bupati tentang Susunan Keanggotaan SLRT', () => {
  it('has no errors; its only naskah diagnostics are the two unverified citations', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.diagnostics.filter((d) => d.code.startsWith('NSK')).map((d) => d.code)).toEqual(['NSK306', 'NSK306']);
    expect(ir).not.toBeNull();
  });

  it('follows the Keputusan frame: title, no frasa, six diktum, penetapan only', () => {
    expect(ir.judul.baris.slice(0, 3)).toEqual(['KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : ...', 'TENTANG']);
    expect(ir.pembukaan.frasa).toBeNull();
    expect(ir.diktum.map((d) => d.label)).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM']);
    expect(runsText(ir.diktum[5]!.isi)).toBe('Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.');
    expect(ir.penutup.pengundangan).toBeNull();
    expect(ir.penutup.beritaDaerah).toBeNull();
    expect(ir.lampiran.map((l) => l.kepala[0])).toEqual(['LAMPIRAN I', 'LAMPIRAN II', 'LAMPIRAN III']);
  });

  it('has one unlettered Menimbang executing the delegating Pasal, with the number and title the Perbup gives it today (m16)', () => {
    const susunan = pasal(perbup.batangTubuh, 'susunan-slrt')!;
    const ayat = susunan.ayat.find((a) => a.id === 'susunan-ditetapkan')!;
    expect(ir.pembukaan.menimbang.butir.map((b) => b.label)).toEqual(['']);
    expect(runsText(ir.pembukaan.menimbang.butir[0]!.isi)).toBe(
      `bahwa untuk melaksanakan ketentuan ${susunan.label} ayat ${ayat.label} Peraturan Bupati Nomor ... Tahun ... tentang ${perbup.metadata.subject}, perlu menetapkan Keputusan Bupati tentang ${ir.metadata.subject};`,
    );
    expect(ir.metadata.subject).toMatch(/^Susunan Keanggotaan Sistem Layanan/);
    expect(runsText(ir.diktum[0]!.isi)).toMatch(/^Menetapkan susunan keanggotaan Sistem Layanan/);
  });

  it('gives the Perbup\'s defined terms their meaning in a diktum (m17)', () => {
    expect(runsText(ir.diktum[1]!.isi)).toBe(`Istilah dalam Keputusan Bupati ini mempunyai pengertian sebagaimana dimaksud dalam Pasal 1 Peraturan Bupati Nomor ... Tahun ... tentang ${perbup.metadata.subject}.`);
  });

  it('implements every unit of the Perbup susunan organisasi', () => {
    const susunan = pasal(perbup.batangTubuh, 'susunan-slrt')!.ayat.find((a) => a.id === 'susunan-organisasi')!;
    const source = loadYaml(join(paths.content, 'kepbup-struktur-slrt', 'naskah.yaml'), paths.root).source!;
    const struktur = (source.data as { struktur: StrukturSource }).struktur;
    const mapped = new Set(struktur.unit.flatMap((u) => (u.perbup === undefined ? [] : typeof u.perbup === 'string' ? [u.perbup] : u.perbup)));
    expect(susunan.rincian.map((r) => r.id).filter((id) => !mapped.has(id))).toEqual([]);
  });

  it('draws the bagan on one portrait page, readable, without overlaps, and the same picture as in the IR', () => {
    const source = loadYaml(join(paths.content, 'kepbup-struktur-slrt', 'naskah.yaml'), paths.root).source!;
    const { model } = validateStruktur(source, ['struktur'], (source.data as { struktur: StrukturSource }).struktur);
    const bagan = drawBagan(model!, baganFonts(paths.fonts));
    expect(bagan.split).toBe(false);
    const [part] = bagan.parts;
    expect(part!.orientation).toBe('potret');
    expect(part!.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(TYPE.body * part!.scale).toBeGreaterThanOrEqual(7);
    expect(layoutProblems(part!.layout)).toEqual([]);
    const gambar = ir.lampiran[1]!.isi.find((b) => b.kind === 'gambar') as Extract<BlokLampiran, { kind: 'gambar' }>;
    expect(gambar.svg).toBe(part!.svg);
    expect(boxTexts(gambar.svg!).get('penanggung-jawab')).toBe('PENANGGUNG JAWAB Kepala Dinas');
    expect(boxTexts(gambar.svg!).get('manajer')).toMatch(/^MANAJER SLRT .*memimpin Sekretariat SLRT$/);
    expect(boxTexts(gambar.svg!).size).toBe(model!.units.length);
  });

  it('gives the same units in the same order to the table and the tasks', () => {
    const tabel = ir.lampiran[0]!.isi[0] as Extract<BlokLampiran, { kind: 'tabel' }>;
    const kedudukan = tabel.baris.map((r) => runsText(r[1]!)).filter((k) => k !== '');
    const judul = ir.lampiran[2]!.isi.filter((b) => b.kind === 'judul').map((b) => (b as { judul: string }).judul);
    expect(kedudukan).toEqual(judul);
  });

  it('fills exactly the units of the Perbup susunan organisasi, in its order and spelling, with the offices it names (B3, m18)', () => {
    const tabel = ir.lampiran[0]!.isi[0] as Extract<BlokLampiran, { kind: 'tabel' }>;
    const kedudukan = tabel.baris.map((r) => runsText(r[1]!)).filter((k) => k !== '');
    const susunan = pasal(perbup.batangTubuh, 'susunan-slrt')!.ayat.find((a) => a.id === 'susunan-organisasi')!;
    expect(kedudukan).toEqual(susunan.rincian.map((r) => runsText(r.isi).replace(/(;( dan)?|\.)$/, '')).map((t) => t.charAt(0).toUpperCase() + t.slice(1)));
    expect(tabel.baris.map((r) => runsText(r[2]!)).slice(0, 2)).toEqual(['Sekretaris Daerah Kabupaten Purwakarta', 'Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta']);
  });
});
