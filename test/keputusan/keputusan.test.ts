/**
 * Resolving a Keputusan Bupati (src/resolve/keputusan*.ts, RULES.md TN-KEP-01…14): the frame, the
 * diktum, the lampiran generated from the one organisation model, references into the Perbup it
 * implements, and a renamed unit showing up in the bagan, the table and the tasks at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import type { BlokLampiran, Naskah, Runs } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { runsText } from '../ir-text.js';
import { boxTexts } from '../org/svg-text.js';

const PROJECT = join(import.meta.dirname, 'fixtures', 'project');
const paths = findProject(PROJECT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false };
const loaded = loadDocument(paths, 'kepbup-mini', options);
const ir = loaded.ir as Naskah;
const blocks = (i: number) => ir.lampiran[i]!.isi;
const cells = (rows: readonly (readonly Runs[])[]) => rows.map((r) => r.map(runsText).join(' | '));

describe('the Keputusan frame (TN-KEP-01…11)', () => {
  it('resolves without diagnostics of its own', () => {
    // Lint rules (src/lint, TN-…) are tested with the lint; here only resolve's own codes count.
    expect(loaded.diagnostics.filter((d) => d.code.startsWith('NSK'))).toEqual([]);
    expect(ir.jenis).toBe('keputusan-bupati');
  });
  it('titles with "NOMOR : " and the archival number pattern (TN-KEP-03)', () => {
    expect(ir.judul).toEqual({ rancangan: true, baris: ['KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : 400.9/Kep....-Dinsos/2026', 'TENTANG', 'SUSUNAN ORGANISASI LAYANAN TERPADU KABUPATEN PURWAKARTA'] });
  });
  it('has no "DENGAN RAHMAT TUHAN YANG MAHA ESA" (TN-KEP-04)', () => {
    expect(ir.pembukaan.frasa).toBeNull();
    expect(ir.pembukaan.jabatan).toBe('BUPATI PURWAKARTA,');
  });
  it('closes Menimbang with "perlu menetapkan Keputusan Bupati tentang …" (TN-KEP-05)', () => {
    const butir = ir.pembukaan.menimbang.butir.map((b) => `${b.label} ${runsText(b.isi)}`);
    expect(butir).toEqual([
      'a. bahwa berdasarkan ketentuan Pasal 1 ayat (2) Peraturan Bupati Nomor ... Tahun ... tentang Layanan Terpadu, susunan keanggotaan ditetapkan dengan Keputusan Bupati;',
      'b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati tentang Susunan Organisasi Layanan Terpadu Kabupaten Purwakarta;',
    ]);
  });
  it('cites the Perbup it implements last in Mengingat, with its Berita Daerah', () => {
    expect(ir.pembukaan.mengingat.butir.map((b) => b.label)).toEqual(['1.', '2.', '3.']);
    expect(runsText(ir.pembukaan.mengingat.butir[2]!.isi)).toBe('Peraturan Bupati Purwakarta Nomor 7 Tahun 2026 tentang Layanan Terpadu (Berita Daerah Kabupaten Purwakarta Tahun 2026 Nomor 7);');
  });
  it('decides with MEMUTUSKAN / Menetapkan : KEPUTUSAN BUPATI TENTANG … (TN-KEP-06)', () => {
    expect(ir.pembukaan.memutuskan).toBe('MEMUTUSKAN:');
    expect(runsText(ir.pembukaan.menetapkan.butir[0]!.isi)).toBe('KEPUTUSAN BUPATI TENTANG SUSUNAN ORGANISASI LAYANAN TERPADU KABUPATEN PURWAKARTA.');
  });
  it('labels the diktum KESATU, KEDUA, … and resolves their references and rincian (TN-KEP-07…10)', () => {
    const lines = ir.diktum.flatMap((d) => [`${d.label} : ${runsText(d.isi)}`, ...d.rincian.map((r) => `   ${r.label} ${runsText(r.isi)}`)]);
    expect(lines).toEqual([
      'KESATU : Membentuk Susunan Organisasi Layanan Terpadu dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.',
      'KEDUA : Bagan struktur sebagaimana dimaksud dalam Diktum KESATU tercantum dalam Lampiran II.',
      'KETIGA : Tugas setiap unsur tercantum dalam Lampiran III:',
      '   a. untuk unsur daerah; atau',
      '   b. untuk unsur Desa sebagaimana dimaksud pada huruf a.',
      'KEEMPAT : Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Purwakarta dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan.',
      'KELIMA : Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.',
    ]);
  });
  it('closes with the penetapan only: no pengundangan, no Berita Daerah (TN-KEP-11)', () => {
    expect(ir.penutup).toEqual({ alinea: [], penetapan: { baris: ['Ditetapkan di Purwakarta', 'pada tanggal ...', 'BUPATI PURWAKARTA,'], nama: '...' }, pengundangan: null, beritaDaerah: null });
    expect(ir.batangTubuh).toEqual([]);
  });
});

describe('the lampiran generated from the struktur (TN-KEP-13, TN-KEP-14)', () => {
  it('heads each lampiran LAMPIRAN I, II, III / KEPUTUSAN BUPATI … / NOMOR : … / TENTANG / name, signed by the Bupati', () => {
    expect(ir.lampiran.map((l) => l.kepala[0])).toEqual(['LAMPIRAN I', 'LAMPIRAN II', 'LAMPIRAN III']);
    expect(ir.lampiran[1]!.kepala).toEqual(['LAMPIRAN II', 'KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : 400.9/Kep....-Dinsos/2026', 'TENTANG', 'SUSUNAN ORGANISASI LAYANAN TERPADU KABUPATEN PURWAKARTA']);
    expect(ir.lampiran[0]!.judul).toEqual(['SUSUNAN ORGANISASI LAYANAN TERPADU']);
    expect(ir.lampiran[2]!.penandatangan).toEqual({ baris: ['BUPATI PURWAKARTA,'], nama: '...' });
  });
  it('lists the susunan keanggotaan: No. | Kedudukan | Jabatan/Instansi | Keterangan, one row per pengisi, by unsur', () => {
    const tabel = blocks(0)[0] as Extract<BlokLampiran, { kind: 'tabel' }>;
    expect(cells(tabel.kepala)).toEqual(['No. | Kedudukan dalam Layanan Terpadu | Jabatan/Instansi | Keterangan']);
    expect(cells(tabel.baris)).toEqual([
      '1. | Pembina | Bupati Purwakarta | ',
      '2. | Pengarah | Sekretaris Daerah Kabupaten Purwakarta | ',
      ' |  | Ir. Contoh Nama, Tenaga Ahli | ',
      '3. | Anggota | Kepala Dinas Kesehatan | ',
      ' |  | Kepala Dinas Pendidikan | ',
      ' |  | Kepala Dinas Pertanian | ',
      ' |  | Kepala Dinas Perhubungan | ',
      '4. | Manajer Layanan | Kepala Bidang Layanan | memimpin sekretariat',
      '5. | Petugas Layanan (Front Office) | Aparatur sipil negara yang ditunjuk | ',
      '6. | Pos Layanan Desa | Petugas Pos di setiap Desa | ',
    ]);
    expect(tabel.baris[8]![1]).toEqual([{ kind: 'text', text: 'Petugas Layanan (' }, { kind: 'italic', text: 'Front Office' }, { kind: 'text', text: ')' }]);
  });
  it('draws the bagan as inline SVG, sized in millimetres for F4', () => {
    const gambar = blocks(1).filter((b) => b.kind === 'gambar');
    expect(gambar).toHaveLength(1);
    const g = gambar[0] as Extract<BlokLampiran, { kind: 'gambar' }>;
    expect(g.path).toBe('');
    expect(g.svg).toMatch(/^<svg /);
    expect(g.lebarMm).toBeGreaterThan(50);
    expect(g.lebarMm).toBeLessThanOrEqual(165);
    expect(Object.fromEntries(boxTexts(g.svg!))).toEqual({
      pembina: 'PEMBINA Bupati Purwakarta',
      pengarah: 'PENGARAH Sekretaris Daerah Ir. Contoh Nama',
      manajer: 'MANAJER LAYANAN Kepala Bidang Layanan',
      anggota: 'ANGGOTA DINKES, DISDIK, DISTAN, DISHUB',
      petugas: 'PETUGAS LAYANAN (FRONT OFFICE) Aparatur sipil negara yang ditunjuk',
      'pos-desa': 'POS LAYANAN DESA Petugas Pos di setiap Desa',
    });
  });
  it('writes the uraian tugas: A. heading, "… mempunyai tugas:" and lettered tasks with "; dan"', () => {
    const text = blocks(2).map((b) => {
      if (b.kind === 'judul') return `${b.label} ${b.judul}`;
      if (b.kind === 'alinea') return `  ${runsText(b.isi)}`;
      if (b.kind === 'daftar') return b.butir.flatMap((r) => [`    ${r.label} ${runsText(r.isi)}`, ...r.rincian.map((c) => `      ${c.label} ${runsText(c.isi)}`)]).join('\n');
      return b.kind;
    }).join('\n');
    expect(text).toBe([
      'A. Pembina', '  Pembina mempunyai tugas memberikan pembinaan umum.',
      'B. Pengarah', '  Pengarah mempunyai tugas:', '    a. memberikan arahan kebijakan; dan', '    b. mendorong keterpaduan program.',
      'C. Anggota', '  Anggota mempunyai tugas menindaklanjuti rujukan.',
      'D. Manajer Layanan', '  Manajer Layanan mempunyai tugas:', '    a. mengelola operasional layanan; dan', '    b. menyusun rencana kerja yang meliputi:', '      1. rencana tahunan; dan', '      2. rencana bulanan.',
      'E. Petugas Layanan (Front Office)', '  Petugas Layanan (Front Office) mempunyai tugas:', '    a. menerima pengaduan; dan', '    b. mencatat pengaduan.',
      'F. Pos Layanan Desa', '  Pos Layanan Desa mempunyai tugas melayani warga Desa.',
    ].join('\n'));
  });
});

describe('one source for chart, table and tasks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-kep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('shows a renamed unit in the bagan, the susunan table and the uraian tugas at once', () => {
    cpSync(PROJECT, dir, { recursive: true });
    const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('nama: Manajer Layanan', 'nama: Kepala Sekretariat Layanan'));
    // The unit is one the Perbup creates: renamed there first, as NSK335 requires.
    const perbup = join(dir, 'content', 'perbup-induk', 'naskah.yaml');
    writeFileSync(perbup, readFileSync(perbup, 'utf8').replace('teks: Manajer Layanan', 'teks: Kepala Sekretariat Layanan'));
    const renamed = loadDocument(findProject(dir)!, 'kepbup-mini', options).ir as Naskah;
    const [susunan, bagan, tugas] = renamed.lampiran.map((l) => l.isi);
    for (const text of [JSON.stringify(susunan), JSON.stringify(tugas)]) {
      expect(text).toContain('Kepala Sekretariat Layanan');
      expect(text).not.toContain('Manajer Layanan');
    }
    const svg = (bagan!.find((b) => b.kind === 'gambar') as Extract<BlokLampiran, { kind: 'gambar' }>).svg!;
    expect(boxTexts(svg).get('manajer')).toBe('KEPALA SEKRETARIAT LAYANAN Kepala Bidang Layanan');
    expect(svg).not.toContain('MANAJER');
    // The original is untouched by the copy.
    expect(boxTexts((blocks(1)[0] as Extract<BlokLampiran, { kind: 'gambar' }>).svg!).get('manajer')).toBe('MANAJER LAYANAN Kepala Bidang Layanan');
  });
});

describe('house-style options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-kep-gaya-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('keeps the frasa, prints TANGGAL in the lampiran header, the date of adoption and Memperhatikan when asked (TN-KEP-04, TN-KEP-05, TN-KEP-13)', () => {
    cpSync(PROJECT, dir, { recursive: true });
    const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('peraturan: perbup-induk', 'peraturan: perbup-induk\nfrasa_pembukaan: true\nlampiran_tanggal: true\nditetapkan: 2026-03-02').replace('diktum:\n', 'memperhatikan:\n  - teks: Berita Acara Rapat Koordinasi Layanan Terpadu tanggal 2 Februari 2026\n  - teks: Nota Dinas Kepala Dinas Sosial\ndiktum:\n'));
    const styled = loadDocument(findProject(dir)!, 'kepbup-mini', options).ir as Naskah;
    expect(styled.pembukaan.frasa).toBe('DENGAN RAHMAT TUHAN YANG MAHA ESA');
    expect(styled.lampiran[0]!.kepala).toEqual(['LAMPIRAN I', 'KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : 400.9/Kep....-Dinsos/2026', 'TANGGAL : 2 Maret 2026', 'TENTANG', 'SUSUNAN ORGANISASI LAYANAN TERPADU KABUPATEN PURWAKARTA']);
    expect(styled.penutup.penetapan.baris[1]).toBe('pada tanggal 2 Maret 2026');
    // Non-normative references go under Memperhatikan, numbered, each closed with ";" (TN-KEP-05).
    expect(styled.pembukaan.memperhatikan!.butir.map((b) => `${b.label} ${runsText(b.isi)}`)).toEqual(['1. Berita Acara Rapat Koordinasi Layanan Terpadu tanggal 2 Februari 2026;', '2. Nota Dinas Kepala Dinas Sosial;']);
  });
});
