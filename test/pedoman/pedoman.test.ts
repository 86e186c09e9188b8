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
  it('numbers chapters, headings, tables and figures and resolves references (TN-PED-03, TN-PED-06)', () => {
    expect(buku.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lines((buku.ir as BukuPedoman).isi)).toEqual([
      'BAB I PENDAHULUAN',
      'A. Latar Belakang',
      '  Penanganan fakir miskin memerlukan layanan yang terintegrasi melalui petugas front office sebagaimana diatur dalam Pasal 2 Peraturan Bupati ini.',
      '  [Tabel 1.1 Jumlah Penduduk Miskin] Tahun | Jumlah',
      '1. Dasar Pemikiran',
      '  Data pada Tabel 1.1 menunjukkan kenaikan.',
      'B. Maksud dan Tujuan',
      '  1. memberikan acuan:',
      '    a) bagi Puskesos;',
      '    b) bagi perangkat daerah;',
      '  2. menyamakan langkah.',
      'BAB II MEKANISME LAYANAN',
      'A. Alur Layanan',
      '  Alur layanan tergambar pada Gambar 2.1 dan mengikuti fungsi sebagaimana dimaksud dalam Pasal 2 huruf b Peraturan Bupati ini.',
      '  [Gambar 2.1 Alur Layanan dan Rujukan ← content/mini-pedoman/gambar/alur.svg]',
    ]);
  });
  it('keeps foreign terms italic', () => {
    expect(JSON.stringify((buku.ir as BukuPedoman).isi)).toContain('{"kind":"italic","text":"front office"}');
  });
  it('builds the cover and the kata pengantar of the standalone book', () => {
    const ir = buku.ir as BukuPedoman;
    expect(ir.sampul.judul).toEqual(['BUKU PEDOMAN', 'PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU']);
    expect(ir.kataPengantar?.alinea.map(runsText)).toEqual(['Puji syukur kami panjatkan atas tersusunnya pedoman ini.', 'Pedoman ini menjadi acuan bagi Sekretariat SLRT dan Puskesos.']);
    expect(ir.kataPengantar?.penandatangan.baris).toEqual(['Purwakarta, ...', 'KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN PURWAKARTA,']);
  });
  it('becomes the Lampiran of its Peraturan, without the kata pengantar (TN-PED-04)', () => {
    const perbup = loadDocument(mini, 'mini', options).ir as Naskah;
    const lampiran = perbup.lampiran[0]!;
    expect(lines(lampiran.isi)).toEqual(lines((buku.ir as BukuPedoman).isi));
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
