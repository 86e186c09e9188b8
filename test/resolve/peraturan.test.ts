import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { findProject } from '../../src/load/project.js';
import { FIXTURES } from '../helpers.js';
import { irLines } from '../ir-text.js';

const paths = findProject(join(FIXTURES, 'mini'))!;
const loaded = loadDocument(paths, 'mini', { date: '2026-01-01T00:00:00Z', strict: false });
const lines = irLines(loaded.ir!);

describe('resolving a Peraturan Bupati', () => {
  it('produces an IR with only the unverified-citation warning', () => {
    expect(loaded.diagnostics.map((d) => `${d.code}@${d.start.line}:${d.start.column}`)).toEqual(['NSK306@11:63']);
    expect(loaded.ir).not.toBeNull();
  });
  it('writes the rancangan title block (TN-STRUCT-07, TN-JUDUL-01)', () => {
    expect(lines.slice(0, 5)).toEqual(['RANCANGAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'SISTEM LAYANAN DAN RUJUKAN TERPADU UNTUK PENANGANAN FAKIR MISKIN DAN ORANG TIDAK MAMPU']);
  });
  it('closes the konsiderans with the generated formula (TN-KONS-03)', () => {
    expect(lines).toContain('c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Bupati tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu;');
  });
  it('cites the last amendment and prints unverified numbers as "..." (TN-DH-07, dasar-hukum.md)', () => {
    expect(lines.find((l) => l.startsWith('3. Undang-Undang Nomor 23'))).toMatch(/sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 .*Nomor 6856\);$/);
    expect(lines).toContain('4. Peraturan Pemerintah Nomor 39 Tahun 2012 tentang Penyelenggaraan Kesejahteraan Sosial (Lembaran Negara Republik Indonesia Tahun 2012 Nomor ..., Tambahan Lembaran Negara Republik Indonesia Nomor ...);');
  });
  it('builds definitions with "yang selanjutnya disingkat/disebut" and a final period (TN-KU-02…04)', () => {
    expect(lines).toContain('Dalam Peraturan Bupati ini yang dimaksud dengan:');
    expect(lines).toContain('   3. Pusat Kesejahteraan Sosial yang selanjutnya disebut Puskesos adalah tempat yang berfungsi untuk melakukan kegiatan pelayanan sosial bersama secara sinergis dan terpadu antara kelompok masyarakat dalam komunitas yang ada di desa/kelurahan/nama lain dalam penyelenggaraan kesejahteraan sosial.');
  });
  it('punctuates nested rincian from their kinds', () => {
    const i = lines.indexOf('SLRT mempunyai fungsi:');
    expect(lines.slice(i, i + 7)).toEqual([
      'SLRT mempunyai fungsi:',
      '   a. integrasi layanan dan informasi;',
      '   b. identifikasi keluhan, rujukan, dan penanganan keluhan yang meliputi:',
      '      1. penerimaan keluhan; atau',
      '      2. rujukan kepada Perangkat Daerah;',
      '   c. pencatatan kepesertaan dan kebutuhan program; dan',
      '   d. pemutakhiran data secara dinamis dan berkala.',
    ]);
  });
  it('numbers Pasal continuously and renders symbolic references', () => {
    expect(lines).toContain('(2) Puskesos sebagaimana dimaksud pada ayat (1) melaksanakan fungsi sebagaimana dimaksud dalam Pasal 2 huruf b dan dilayani oleh petugas front office.');
    expect(lines).toContain('(3) Ketentuan sebagaimana dimaksud pada ayat (1) dan ayat (2) berlaku juga bagi Pasal 2 huruf b angka 2.');
    expect(lines).toContain('Pelaksanaan sebagaimana dimaksud dalam Pasal 2, Pasal 3, dan Lampiran dilaporkan paling lama 14 (empat belas) hari kerja.');
    expect(lines).toContain('Pedoman penyelenggaraan SLRT tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.');
  });
  it('keeps foreign terms italic', () => {
    const ayat = JSON.stringify(loaded.ir!.batangTubuh);
    expect(ayat).toContain('{"kind":"italic","text":"front office"}');
  });
  it('generates the penutup formulas and signature blocks (TN-BT-14, TN-PNT-01…04)', () => {
    expect(lines.slice(-12)).toEqual([
      'Pasal 6',
      'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.',
      'Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Purwakarta.',
      'Ditetapkan di Purwakarta', 'pada tanggal ...', 'BUPATI PURWAKARTA,', '...',
      'Diundangkan di Purwakarta', 'pada tanggal ...', 'SEKRETARIS DAERAH KABUPATEN PURWAKARTA,', '...',
      'BERITA DAERAH KABUPATEN PURWAKARTA TAHUN ... NOMOR ...',
    ]);
  });
  it('heads the Lampiran with the regulation it belongs to (TN-LMP-02)', () => {
    expect(loaded.ir!.lampiran[0]!.kepala).toEqual(['LAMPIRAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'SISTEM LAYANAN DAN RUJUKAN TERPADU UNTUK PENANGANAN FAKIR MISKIN DAN ORANG TIDAK MAMPU']);
  });
  it('makes unverified citations errors when strict', () => {
    const strict = loadDocument(paths, 'mini', { date: '2026-01-01T00:00:00Z', strict: true });
    expect(strict.ir).toBeNull();
    expect(strict.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(['NSK306:error']);
  });
});
