import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { findProject } from '../../src/load/project.js';
import { FIXTURES } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

const paths = findProject(join(FIXTURES, 'mini'))!;

describe('the standalone Buku Pedoman', async () => {
  const ir = loadDocument(paths, 'mini-pedoman', { date: '2026-01-01T00:00:00Z', strict: false }).ir!;
  const rendered = await renderDocument(ir, paths, ['docx', 'pdf']);
  const base = join(paths.output, 'mini-pedoman', 'mini-pedoman');
  const pages = await pdfPages(rendered.files.get(`${base}.pdf`)!);
  const pageOf = (text: string) => pages.findIndex((lines, i) => i > 3 && lines.some((l) => l === text)) + 1;

  it('has a cover, a kata pengantar and the front lists before the chapters', () => {
    expect(pages[0]).toContain('BUKU PEDOMAN');
    expect(pages[0]).toContain('2026');
    expect(pages[1]).toContain('KATA PENGANTAR');
    expect(pages[2]).toContain('DAFTAR ISI');
    expect(pages[3]).toEqual(expect.arrayContaining(['DAFTAR TABEL', 'DAFTAR GAMBAR']));
  });
  it('prints real page numbers in the daftar isi, daftar tabel and daftar gambar', () => {
    const entry = (page: number, start: string) => pages[page]!.find((l) => l.startsWith(start))!;
    const number = (line: string) => Number(/(\d+)$/.exec(line)?.[1]);
    expect(number(entry(2, 'BAB I PENDAHULUAN'))).toBe(pageOf('BAB I'));
    expect(number(entry(2, 'BAB II MEKANISME LAYANAN'))).toBe(pageOf('BAB II'));
    expect(number(entry(2, 'A. Alur Layanan'))).toBe(pageOf('BAB II'));
    expect(number(entry(3, 'Tabel 1.1 Jumlah Penduduk Miskin'))).toBe(pages.findIndex((l, i) => i > 3 && l.includes('Tabel 1.1 Jumlah Penduduk Miskin')) + 1);
    expect(number(entry(3, 'Gambar 2.1 Alur Layanan dan Rujukan'))).toBe(pages.findIndex((l, i) => i > 3 && l.includes('Gambar 2.1 Alur Layanan dan Rujukan')) + 1);
  });
  it('puts Word TOC fields for the daftar isi, tabel and gambar into the DOCX', () => {
    const xml = strFromU8(unzipSync(rendered.files.get(`${base}.docx`)!)['word/document.xml']!);
    expect(xml.match(/TOC \\h/g)?.length ?? xml.match(/TOC /g)?.length).toBe(3);
    expect(xml).toContain('LampiranBabLabel,1');
    expect(xml).toContain('KeteranganTabel,1');
    expect(xml).toContain('KeteranganGambar,1');
    const settings = strFromU8(unzipSync(rendered.files.get(`${base}.docx`)!)['word/settings.xml']!);
    expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });
});
