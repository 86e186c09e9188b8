/**
 * `naskah review import` for a Keputusan (remarks per diktum, tracked changes applied to the YAML) and a Buku
 * Pedoman (remarks per heading, paragraph and list item, at their place in the Markdown chapter, tracked
 * changes applied to the Markdown), from DOCX files
 * LibreOffice edited (test/fixtures/review/make.py: kepbup.docx, pedoman.docx); the reply table names its
 * unit column DIKTUM or BAGIAN.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

const KEPBUP = join(FIXTURES, 'review', 'kepbup.docx');
const PEDOMAN = join(FIXTURES, 'review', 'pedoman.docx');
const KEPUTUSAN_PROJECT = join(import.meta.dirname, '..', 'keputusan', 'fixtures', 'project');

const copy = (from: string): string => copyFixture(from, 'naskah-review-kp-');

const headerCells = (docx: Buffer): string[] => {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const row = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(xml)![0];
  return [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
};

describe('review import of a Keputusan', () => {
  it('reports remarks per diktum with their YAML positions', async () => {
    const dir = copy(KEPUTUSAN_PROJECT);
    const t = await runCli(['review', 'import', 'kepbup-mini', KEPBUP], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('1 komentar, 2 perubahan terlacak, 1 suntingan tanpa tanda revisi (PERIKSA!); 0 dari 99 paragraf dikenali dari penanda unit, 99 dari teksnya.');
    expect(t.stdout).toMatch(/\n## Diktum KESATU\n\n- Sisipan content\/kepbup-mini\/naskah\.yaml:19:36 — Bagian Hukum & Ortala, [0-9T:-]+Z: sisipkan “Pelaksana ”\n/);
    expect(t.stdout).toMatch(/\n## Diktum KETIGA\n\n- Komentar content\/kepbup-mini\/naskah\.yaml:22:24 — Bagian Hukum, 2026-12-07T09:00:00Z: “Lampiran III belum memuat tugas Sekretariat\.” pada “unsur tercantum dalam”\n- Hapusan content\/kepbup-mini\/naskah\.yaml:22:17 — [^\n]*: hapus “setiap ”\n/);
    expect(t.stdout).toContain('\n## Diktum KETIGA huruf a\n\n- !! SUNTINGAN TANPA TANDA REVISI content/kepbup-mini/naskah.yaml:26:27: teks baru “perangkat ”\n');
    // No bookmark is written in a Keputusan, so none is reported deleted.
    expect(t.stdout).not.toContain('penanda unit terhapus');
    const yaml = readFileSync(join(dir, 'content', 'kepbup-mini', 'naskah.yaml'), 'utf8').split('\n');
    expect(yaml[18]!.slice(35)).toMatch(/^Layanan Terpadu/);
    expect(yaml[21]!.slice(16)).toMatch(/^setiap unsur/);
    expect(headerCells(readFileSync(join(dir, 'output', 'kepbup-mini', 'tanggapan.docx')))).toEqual(['NO', 'DIKTUM', 'MASUKAN', 'TANGGAPAN']);
  });

  it('applies the tracked changes to the YAML and checks the result', async () => {
    const dir = copy(KEPUTUSAN_PROJECT);
    const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
    const original = readFileSync(file, 'utf8');
    const t = await runCli(['review', 'import', 'kepbup-mini', KEPBUP, '--apply'], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('2 perubahan terlacak diterapkan ke sumber; hasilnya lolos pemeriksaan.');
    expect(readFileSync(file, 'utf8')).toBe(original.replace('Membentuk Susunan Organisasi Layanan', 'Membentuk Susunan Organisasi Pelaksana Layanan').replace('teks: Tugas setiap unsur', 'teks: Tugas unsur'));
  });
});

describe('review import of a Buku Pedoman', () => {
  it('reports remarks per heading, paragraph and list item at their place in the Markdown', async () => {
    const dir = copy(join(FIXTURES, 'mini'));
    const t = await runCli(['review', 'import', 'mini-pedoman', PEDOMAN], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('1 komentar, 2 perubahan terlacak, 0 suntingan tanpa tanda revisi; 0 dari 50 paragraf dikenali dari penanda unit, 50 dari teksnya.');
    expect(t.stdout).toMatch(/\n## BAB I A alinea 1\n\n- Hapusan content\/mini-pedoman\/bab-1\.md:5:44 — [^\n]*: hapus “yang terintegrasi ”\n/);
    expect(t.stdout).toContain('\n## BAB I A 1 alinea 1\n\n- Komentar content/mini-pedoman/bab-1.md:17:28 — Bagian Hukum, 2026-12-07T09:00:00Z: “Sebutkan sumber data BPS.” pada “menunjukkan kenaikan”\n');
    expect(t.stdout).toMatch(/\n## BAB I A 1 butir a\n\n- Sisipan content\/mini-pedoman\/bab-1\.md:19:17 — [^\n]*: sisipkan “ secara berkala”\n/);
    const md = readFileSync(join(dir, 'content', 'mini-pedoman', 'bab-1.md'), 'utf8').split('\n');
    expect(md[4]!.slice(43)).toMatch(/^yang terintegrasi melalui/);
    expect(md[16]!.slice(27)).toMatch(/^menunjukkan kenaikan/);
    expect(md[18]!.slice(16)).toBe(';');
    expect(headerCells(readFileSync(join(dir, 'output', 'mini-pedoman', 'tanggapan.docx')))).toEqual(['NO', 'BAGIAN', 'MASUKAN', 'TANGGAPAN']);
  });

  it('applies the tracked changes to the Markdown chapter', async () => {
    const dir = copy(join(FIXTURES, 'mini'));
    const file = join(dir, 'content', 'mini-pedoman', 'bab-1.md');
    const original = readFileSync(file, 'utf8');
    const t = await runCli(['review', 'import', 'mini-pedoman', PEDOMAN, '--apply'], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('2 perubahan terlacak diterapkan ke sumber; hasilnya lolos pemeriksaan.');
    expect(readFileSync(file, 'utf8')).toBe(original.replace('layanan yang terintegrasi melalui', 'layanan melalui').replace('1. mendata warga;', '1. mendata warga secara berkala;'));
  });
});
