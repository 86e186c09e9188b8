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
  /** The page number printed at the top of a page ("- iii -" → "iii"), or null on the cover. */
  const printed = (index: number) => pages[index]!.map((l) => /^- ?([ivxlc]+|\d+) ?-$/.exec(l)?.[1]).find(Boolean) ?? null;
  /** The printed number of the first chapter page carrying `text` (after the front matter). */
  const pageOf = (text: string, match: (line: string) => boolean = (l) => l === text) => printed(pages.findIndex((lines, i) => i > 3 && lines.some(match)));

  it('has a cover without a repeated word, a kata pengantar and the front lists before the chapters (review m15)', () => {
    expect(pages[0]!.join(' ')).toContain('PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU');
    expect(pages[0]!.join(' ')).not.toContain('BUKU PEDOMAN');
    expect(pages[0]).toContain('2026');
    expect(pages[1]).toContain('KATA PENGANTAR');
    expect(pages[2]).toContain('DAFTAR ISI');
    expect(pages[3]).toEqual(expect.arrayContaining(['DAFTAR TABEL', 'DAFTAR GAMBAR']));
  });
  it('numbers the book as a book: no number on the cover, i, ii, iii on the front matter, 1 from BAB I (review m15)', () => {
    expect(printed(0)).toBeNull();
    expect([1, 2, 3].map(printed)).toEqual(['i', 'ii', 'iii']);
    expect(pages[4]).toContain('BAB I');
    expect(pages.slice(4).map((_, i) => printed(i + 4))).toEqual(pages.slice(4).map((_, i) => String(i + 1)));
  });
  it('prints the real page numbers in the daftar isi, daftar tabel and daftar gambar', () => {
    const entry = (page: number, start: string) => pages[page]!.find((l) => l.startsWith(start))!;
    const number = (line: string) => /(\d+)$/.exec(line)?.[1];
    expect(number(entry(2, 'BAB I PENDAHULUAN'))).toBe(pageOf('BAB I'));
    expect(number(entry(2, 'B. Maksud dan Tujuan'))).toBe(pageOf('B. Maksud dan Tujuan'));
    expect(number(entry(2, 'BAB II MEKANISME LAYANAN'))).toBe(pageOf('BAB II'));
    expect(number(entry(2, 'A. Alur Layanan'))).toBe(pageOf('BAB II'));
    expect(number(entry(3, 'Tabel 1.1 Jumlah Penduduk Miskin'))).toBe(pageOf('', (l) => l.includes('Tabel 1.1 Jumlah Penduduk Miskin')));
    expect(number(entry(3, 'Gambar 2.1 Alur Layanan dan Rujukan'))).toBe(pageOf('', (l) => l.includes('Gambar 2.1 Alur Layanan dan Rujukan')));
  });
  it('prints the outline cascade of a list under a numbered sub-heading (TN-PED-03, review M3)', () => {
    const body = pages.slice(4).flat();
    const at = body.indexOf('1. Dasar Pemikiran');
    expect(at).toBeGreaterThan(-1);
    expect(body.slice(at).filter((l) => /^(a|b|c)\. |^[1-3]\) /.test(l)).slice(0, 6)).toEqual([
      'a. mendata warga;', 'b. menilai kebutuhan:', '1) wawancara;', '2) kunjungan rumah; dan', '3) pemeriksaan kepesertaan;', 'c. merujuk.',
    ]);
  });
  it('puts Word TOC fields for the daftar isi, tabel and gambar into the DOCX', () => {
    const xml = strFromU8(unzipSync(rendered.files.get(`${base}.docx`)!)['word/document.xml']!);
    expect(xml.match(/TOC \\h/g)?.length ?? xml.match(/TOC /g)?.length).toBe(3);
    expect(xml).toContain('LampiranBabLabel,1');
    expect(xml).toContain('KeteranganTabel,1');
    expect(xml).toContain('KeteranganGambar,1');
    // Sections: cover (no number), kata pengantar at i, daftar isi and daftar tabel/gambar go on in
    // roman numerals, BAB I again at 1 in decimals (review m15).
    expect(xml.match(/<w:pgNumType[^>]*\/>/g)).toEqual(['<w:pgNumType/>', '<w:pgNumType w:start="1" w:fmt="lowerRoman"/>', '<w:pgNumType w:fmt="lowerRoman"/>', '<w:pgNumType w:fmt="lowerRoman"/>', '<w:pgNumType w:start="1"/>']);
    // The list under "1. Dasar Pemikiran" continues the cascade in the DOCX too (TN-PED-03).
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((m) => m[0].replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, ''));
    expect(paragraphs.filter((t) => /^(a|b|c)\.\t|^[1-3]\)\t/.test(t)).slice(0, 6)).toEqual([
      'a.\tmendata warga;', 'b.\tmenilai kebutuhan:', '1)\twawancara;', '2)\tkunjungan rumah; dan', '3)\tpemeriksaan kepesertaan;', 'c.\tmerujuk.',
    ]);
    const settings = strFromU8(unzipSync(rendered.files.get(`${base}.docx`)!)['word/settings.xml']!);
    expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });
});
