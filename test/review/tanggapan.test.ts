/**
 * The reply table "Tanggapan atas masukan" and ulasan.html that `naskah review import` writes beside
 * ulasan.md, from the LibreOffice-reviewed fixture (test/fixtures/review/reviewed.docx): the PDF's text
 * (pdfjs-dist), the DOCX's table XML, the TANGGAPAN column empty or filled from a tanggapan file, and a
 * tanggapan file that does not fit the comments refused with its place (NSK627).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

const REVIEWED = join(FIXTURES, 'review', 'reviewed.docx');

/** Text of each table cell of the DOCX, row by row. */
function docxRows(bytes: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => [...tc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')));
}

describe('tabel tanggapan atas masukan', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-tanggapan-'));
    cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
  });
  const out = (name: string): Buffer => readFileSync(join(dir, 'output', 'mini', name));

  it('lays the comments out as NO / PASAL / MASUKAN / TANGGAPAN in the PDF, answers left empty', async () => {
    const t = await runCli(['review', 'import', 'mini', REVIEWED], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('Laporan ditulis ke output/mini/ulasan.md dan output/mini/ulasan.html; tabel tanggapan (2 masukan) ke output/mini/tanggapan.docx dan output/mini/tanggapan.pdf.');
    const pages = await pdfPages(out('tanggapan.pdf'));
    expect(pages).toHaveLength(1);
    const lines = pages[0]!;
    expect(lines.slice(0, 6)).toEqual([
      'TANGGAPAN ATAS MASUKAN',
      'TERHADAP RANCANGAN PERATURAN BUPATI PURWAKARTA',
      'TENTANG',
      'SISTEM LAYANAN DAN RUJUKAN TERPADU UNTUK PENANGANAN FAKIR MISKIN DAN ORANG TIDAK MAMPU',
      'Masukan dari Bagian Hukum pada berkas reviewed.docx',
      'NO PASAL MASUKAN TANGGAPAN',
    ]);
    expect(lines[6]).toBe('(1) (2) (3) (4)');
    // A row's first line: number, unit, remark; nothing in the TANGGAPAN column.
    expect(lines[7]).toBe('1. Pasal 2 huruf c Sebutkan program yang dimaksud.');
    expect(lines[8]).toBe('Pada teks: “kebutuhan program”');
    expect(lines[9]).toBe('(Bagian Hukum, 7 Desember 2026)');
    expect(lines[10]).toBe('2. Pasal 3 ayat (1) Apakah juga di tingkat kecamatan?');
    expect(lines).toContain('TIM PENYUSUN,');
    expect(lines.some((l) => /^Purwakarta, \d{1,2} [A-Z][a-z]+ \d{4}$/.test(l))).toBe(true);
  });

  it('writes the same table as an editable Word table, header rows repeated, TANGGAPAN cells empty', () => {
    const bytes = out('tanggapan.docx');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('w:orient="landscape"');
    const rows = docxRows(bytes);
    expect(rows[0]).toEqual(['NO', 'PASAL', 'MASUKAN', 'TANGGAPAN']);
    expect(rows[1]).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(rows[2]).toEqual(['1.', 'Pasal\u00a02 huruf\u00a0c', 'Sebutkan program yang dimaksud.\nPada teks: “kebutuhan program”\n(Bagian Hukum, 7 Desember 2026)', '']);
    expect(rows[3]).toEqual(['2.', 'Pasal\u00a03 ayat\u00a0(1)', 'Apakah juga di tingkat kecamatan?\nPada teks: “Puskesos dibentuk”\n(Bagian Hukum, 7 Desember 2026)', '']);
    expect(rows).toHaveLength(4);
    expect(xml).toContain('>TIM PENYUSUN,<');
  });

  it('writes ulasan.html with the report’s sections and the untracked edit set apart', () => {
    const html = out('ulasan.html').toString('utf8');
    const md = out('ulasan.md').toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    for (const heading of md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<li class="tak-terlacak">!! SUNTINGAN TANPA TANDA REVISI <code>content/mini/naskah.yaml:20:19</code>: teks baru “wilayah ”</li>');
    expect(html).toContain('<p class="ringkasan periksa">2 komentar, 2 perubahan terlacak, 1 suntingan tanpa tanda revisi (PERIKSA!);');
    expect(html).not.toMatch(/<script|https?:/);
  });

  it('writes the same bytes again for the same review', async () => {
    const first = ['tanggapan.docx', 'tanggapan.pdf', 'ulasan.html'].map(out);
    expect((await runCli(['review', 'import', 'mini', REVIEWED], dir)).exitCode).toBe(0);
    ['tanggapan.docx', 'tanggapan.pdf', 'ulasan.html'].forEach((name, i) => expect(out(name).equals(first[i]!)).toBe(true));
  });

  it('fills the TANGGAPAN column from a tanggapan file', async () => {
    writeFileSync(join(dir, 'tanggapan.yaml'), [
      '# jawaban tim penyusun',
      '- no: 2',
      '  masukan: Apakah juga di tingkat kecamatan?',
      '  tanggapan: Tidak; Puskesos dibentuk di tingkat Desa dan Kelurahan saja.',
      '- no: 1',
      '  tanggapan: |',
      '    Disetujui.',
      '    Program dimaksud diatur dalam Pasal 4.',
      '',
    ].join('\n'));
    const t = await runCli(['review', 'import', 'mini', REVIEWED, '--tanggapan', 'tanggapan.yaml'], dir);
    expect(t.exitCode).toBe(0);
    const rows = docxRows(out('tanggapan.docx'));
    expect(rows[2]![3]).toBe('Disetujui.\nProgram dimaksud diatur dalam Pasal 4.');
    expect(rows[3]![3]).toBe('Tidak; Puskesos dibentuk di tingkat Desa dan Kelurahan saja.');
    const lines = (await pdfPages(out('tanggapan.pdf')))[0]!;
    expect(lines).toContain('1. Pasal 2 huruf c Sebutkan program yang dimaksud. Disetujui.');
    expect(lines).toContain('Pada teks: “kebutuhan program” Program dimaksud diatur dalam Pasal 4.');
  });

  it('refuses a tanggapan file that does not fit the comments, pointing into it', async () => {
    const refuse = async (yaml: string, at: string, reason: RegExp): Promise<void> => {
      writeFileSync(join(dir, 'salah.yaml'), yaml);
      const before = out('tanggapan.docx');
      const t = await runCli(['review', 'import', 'mini', REVIEWED, '--tanggapan', 'salah.yaml'], dir);
      expect(t.exitCode).toBe(1);
      expect(t.stderr).toMatch(new RegExp(`^${at} galat NSK627 `));
      expect(t.stderr).toMatch(reason);
      expect(t.stderr).toContain('saran: ');
      expect(out('tanggapan.docx').equals(before)).toBe(true);
    };
    await refuse('- no: 3\n  tanggapan: Ya.\n', 'salah.yaml:1:7', /Tidak ada masukan nomor 3; tabel tanggapan memuat 2 masukan\./);
    await refuse('- no: 1\n  tanggapan: Ya.\n- no: 1\n  tanggapan: Tidak.\n', 'salah.yaml:3:7', /Nomor 1 sudah ditanggapi/);
    await refuse('- no: 1\n  masukan: Apakah juga di tingkat kecamatan?\n  tanggapan: Ya.\n', 'salah.yaml:2:12', /Masukan nomor 1 pada DOCX berbunyi “Sebutkan program yang dimaksud\.”/);
    await refuse('no: 1\n', 'salah.yaml:1:1', /harus berupa daftar butir/);
    await refuse('- no: 1\n', 'salah.yaml:1:3', /tanpa `tanggapan`/);
    expect(existsSync(join(dir, 'output', 'mini', 'tanggapan.pdf'))).toBe(true);
  });
});
