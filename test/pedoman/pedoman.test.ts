import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import type { BlokLampiran, BukuPedoman, Naskah } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { FIXTURES, runCli } from '../helpers.js';
import { runsText } from '../ir-text.js';

const options = { date: '2026-01-01T00:00:00Z', strict: false };
const mini = findProject(join(FIXTURES, 'mini'))!;

function lines(blocks: readonly BlokLampiran[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'judul': return [`${b.label} ${b.judul}`];
      case 'alinea': return [`  ${runsText(b.isi)}`];
      case 'tabel': return [`  [${b.label} ${b.judul}] ${b.kepala.map((r) => r.map(runsText).join(' | ')).join('')}`];
      case 'gambar': return [`  [${b.label} ${b.judul} ← ${b.path}]`];
      case 'daftar': return b.butir.flatMap((r) => [`  ${r.label} ${runsText(r.isi)}`, ...r.rincian.map((s) => `    ${s.label} ${runsText(s.isi)}`)]);
      default: return [];
    }
  });
}

describe('Buku Pedoman from Markdown', () => {
  const buku = loadDocument(mini, 'mini-pedoman', options);
  const perbup = loadDocument(mini, 'mini', options).ir as Naskah;
  const lampiran = perbup.lampiran[0]!;
  const FULL = 'Peraturan Bupati Purwakarta Nomor ... Tahun ... tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu';
  it('numbers chapters, headings, tables and figures and resolves references (TN-PED-03, TN-PED-06)', () => {
    expect(buku.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lines(lampiran.isi)).toEqual([
      'BAB I PENDAHULUAN',
      'A. Latar Belakang',
      '  Penanganan fakir miskin memerlukan layanan yang terintegrasi melalui petugas front office sebagaimana diatur dalam Pasal 2 Peraturan Bupati ini.',
      '  [Tabel 1.1 Jumlah Penduduk Miskin] Tahun | Jumlah',
      '1. Dasar Pemikiran',
      '  Data pada Tabel 1.1 menunjukkan kenaikan. Pedoman ini melaksanakan Peraturan Bupati ini dengan langkah:',
      '  a. mendata warga;',
      '  b. menilai kebutuhan:',
      '    1) wawancara;',
      '    2) kunjungan rumah; dan',
      '    3) pemeriksaan kepesertaan;',
      '  c. merujuk.',
      '  Pemeriksaan kepesertaan sebagaimana dimaksud dalam BAB I huruf A angka 1 huruf b angka 3 dicatat.',
      'B. Maksud dan Tujuan',
      '  1. memberikan acuan:',
      '    a. bagi Puskesos;',
      '    b. bagi perangkat daerah;',
      '  2. menyamakan langkah.',
      'BAB II MEKANISME LAYANAN',
      'A. Alur Layanan',
      '  Alur layanan tergambar pada Gambar 2.1 dan mengikuti fungsi sebagaimana dimaksud dalam Pasal 2 huruf b Peraturan Bupati ini.',
      '  [Gambar 2.1 Alur Layanan dan Rujukan ← content/mini-pedoman/gambar/alur.svg]',
    ]);
  });
  it('continues the outline cascade in lists: under "1. Dasar Pemikiran" the rincian are a., b., c. and then 1), 2), 3) (TN-PED-03, review M3)', () => {
    const daftar = lampiran.isi.find((b) => b.kind === 'daftar')!;
    if (daftar.kind !== 'daftar') throw new Error('no list');
    expect(daftar.butir.map((r) => [r.label, r.depth])).toEqual([['a.', 1], ['b.', 1], ['c.', 1]]);
    expect(daftar.butir[1]!.rincian.map((r) => [r.id, r.label, r.depth])).toEqual([['daftar-1-7.2.1', '1)', 2], ['daftar-1-7.2.2', '2)', 2], ['langkah-kepesertaan', '3)', 2]]);
    // The anchor is not printed.
    expect(runsText(daftar.butir[1]!.rincian[2]!.isi)).toBe('pemeriksaan kepesertaan;');
  });
  it('keeps foreign terms italic', () => {
    expect(JSON.stringify((buku.ir as BukuPedoman).isi)).toContain('{"kind":"italic","text":"front office"}');
  });
  it('builds the cover without repeating "PEDOMAN" and the kata pengantar of the standalone book (review m15)', () => {
    const ir = buku.ir as BukuPedoman;
    expect(ir.sampul.judul).toEqual(['PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU']);
    expect(ir.kataPengantar?.alinea.map(runsText)).toEqual([`Puji syukur kami panjatkan atas tersusunnya pedoman ini. Buku ini memuat Lampiran ${FULL}.`, 'Pedoman ini menjadi acuan bagi Sekretariat SLRT dan Puskesos.']);
    expect(ir.kataPengantar?.penandatangan.baris).toEqual(['Purwakarta, ...', 'KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN PURWAKARTA,']);
  });
  it('names the Peraturan by number and title in the standalone book: in full at the first mention, "Peraturan Bupati Nomor … Tahun …" after it (review M4)', () => {
    const text = lines((buku.ir as BukuPedoman).isi).join('\n');
    expect(text).not.toContain('Peraturan Bupati ini');
    expect(text.split(FULL)).toHaveLength(2);
    expect(text.indexOf(FULL)).toBeLessThan(text.indexOf('Peraturan Bupati Nomor ... Tahun ...'));
    expect(text).toContain('sebagaimana diatur dalam Pasal 2 ' + FULL + '.');
    expect(text).toContain('Pedoman ini melaksanakan Peraturan Bupati Nomor ... Tahun ... dengan langkah:');
    expect(text).toContain('sebagaimana dimaksud dalam Pasal 2 huruf b Peraturan Bupati Nomor ... Tahun ....');
    // Apart from the naming, the book is the Lampiran.
    const same = (s: string) => s.replaceAll(FULL, 'P').replaceAll('Peraturan Bupati Nomor ... Tahun ...', 'P').replaceAll('Peraturan Bupati ini', 'P');
    expect(same(text)).toBe(same(lines(lampiran.isi).join('\n')));
  });
  it('becomes the Lampiran of its Peraturan, without the kata pengantar (TN-PED-04)', () => {
    expect(JSON.stringify(lampiran)).not.toContain('Puji syukur');
    expect(lampiran.penandatangan).toEqual({ baris: ['BUPATI PURWAKARTA,'], nama: '...' });
  });
  it('reports Markdown problems at file:line:column', async () => {
    const t = await runCli(['check', 'pedoman-rusak', '--format', 'json'], join(FIXTURES, 'markdown'));
    const found = (JSON.parse(t.stdout) as { file: string; line: number; column: number; code: string }[]).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
    expect(found).toEqual([
      'content/pedoman-rusak/bab-1.md:3:1 NSK121',
      'content/pedoman-rusak/bab-1.md:5:19 NSK301',
      'content/pedoman-rusak/bab-1.md:7:1 NSK123',
      'content/pedoman-rusak/bab-1.md:9:1 NSK125',
      'content/pedoman-rusak/bab-1.md:11:1 NSK126',
    ]);
    expect(t.exitCode).toBe(1);
  });
});
