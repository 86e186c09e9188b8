/**
 * House style `tata_letak` (content/naskah.config.yaml): the keys, their defaults from the rules
 * catalogue (TN-LMP-05: Lampiran pages restart, no number on the first; header as the document kind
 * prints it), their effect on the PDF, and the coded diagnostic for an unknown key.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../src/ir/house-style.js';
import type { Naskah } from '../../src/ir/types.js';
import { loadLintConfig } from '../../src/lint/config.js';
import { RULES } from '../../src/lint/registry.js';
import { lampiranHeader } from '../../src/render/lampiran-header.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { ROOT } from '../helpers.js';
import { lineText, pageModels, startsPart } from './page-model.js';

const PERBUP = ['LAMPIRAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'SISTEM LAYANAN'];
const KEPBUP = ['LAMPIRAN I', 'KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : 460/Kep.12-Dinsos/2026', 'TENTANG', 'SUSUNAN'];
const style = (l: Partial<HouseStyle['lampiran']>): HouseStyle['lampiran'] => ({ ...DEFAULT_HOUSE_STYLE.lampiran, ...l });

describe('the Lampiran header in the house style', () => {
  it('keeps each document kind’s own form by default', () => {
    expect(lampiranHeader(PERBUP, style({}), '...')).toEqual(PERBUP);
    expect(lampiranHeader(KEPBUP, style({}), '...')).toEqual(KEPBUP);
  });
  it('adds the TANGGAL line under NOMOR and colons to both when asked (Jawa Barat variant)', () => {
    expect(lampiranHeader(PERBUP, style({ barisTanggal: true, titikDua: true }), '1 Desember 2026')).toEqual([
      'LAMPIRAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR : ... TAHUN ...', 'TANGGAL : 1 Desember 2026', 'TENTANG', 'SISTEM LAYANAN',
    ]);
  });
  it('removes colons and the TANGGAL line when the house style says so', () => {
    const withDate = [...KEPBUP.slice(0, 3), 'TANGGAL : 1 Desember 2026', ...KEPBUP.slice(3)];
    expect(lampiranHeader(withDate, style({ barisTanggal: false, titikDua: false }), '...')).toEqual([
      'LAMPIRAN I', 'KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR 460/Kep.12-Dinsos/2026', 'TENTANG', 'SUSUNAN',
    ]);
  });
});

describe('tata_letak in content/naskah.config.yaml', () => {
  const withConfig = async (yaml: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'naskah-style-'));
    await mkdir(join(dir, 'content'));
    await writeFile(join(dir, 'content', 'naskah.config.yaml'), yaml);
    try {
      return loadLintConfig({ root: dir, content: join(dir, 'content'), schemas: join(ROOT, 'schemas') }, RULES);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('reads the keys and fills in the catalogue defaults', async () => {
    const config = await withConfig('tata_letak:\n  lampiran:\n    nomor_halaman: lanjut\n    titik_dua: true\n');
    expect(config.diagnostics).toEqual([]);
    expect(config.houseStyle).toEqual({ lampiran: { nomorHalaman: 'lanjut', nomorHalamanPertama: false, barisTanggal: null, titikDua: true } });
  });
  it('reports an unknown key as NSK202 at its position, with the closest key as hint', async () => {
    const config = await withConfig('tata_letak:\n  lampiran:\n    nomor_halaman_awal: true\n');
    expect(config.diagnostics.map((d) => [d.code, d.start.line, d.start.column, d.message, d.hint])).toEqual([
      ['NSK202', 3, 5, 'Properti `nomor_halaman_awal` tidak dikenal di sini.', 'Mungkin maksud Anda `nomor_halaman`?'],
    ]);
    expect(config.houseStyle).toEqual(DEFAULT_HOUSE_STYLE);
  });
});

describe('the house style in the PDF', async () => {
  const ir = JSON.parse(await readFile(join(ROOT, 'test/render/fixtures-pdf/perbup-lampiran.json'), 'utf8')) as Naskah;
  const options = { templatesDir: join(ROOT, 'templates'), fontsDir: join(ROOT, 'templates/fonts') };
  const pagesWith = async (houseStyle?: HouseStyle) => pageModels((await renderPdf(ir, { ...options, houseStyle })).bytes!);
  const numbers = (pages: Awaited<ReturnType<typeof pagesWith>>) => pages.map((p) => lineText(p.header));

  it('restarts the numbers in a Lampiran with none on its first page by default (TN-LMP-05)', async () => {
    const pages = await pagesWith();
    const first = pages.findIndex(startsPart);
    expect(first).toBeGreaterThan(0);
    expect(numbers(pages).slice(first - 1, first + 2)).toEqual([`- ${first} -`, '', '- 2 -']);
  });
  it('continues the numbers, numbers the first page and writes NOMOR / TANGGAL with colons when configured', async () => {
    const pages = await pagesWith({ lampiran: { nomorHalaman: 'lanjut', nomorHalamanPertama: true, barisTanggal: true, titikDua: true } });
    const first = pages.findIndex(startsPart);
    expect(numbers(pages).slice(first, first + 2)).toEqual([`- ${first + 1} -`, `- ${first + 2} -`]);
    const header = pages[first]!.lines.slice(0, 5).map(lineText);
    expect(header.filter((l) => /^(NOMOR|TANGGAL)/.test(l))).toEqual([expect.stringMatching(/^NOMOR : /), expect.stringMatching(/^TANGGAL : /)]);
  });
});
