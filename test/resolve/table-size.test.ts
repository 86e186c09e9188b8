/**
 * Table sizing (review M1, M2): Indonesian hyphenation points, the CSS automatic layout, the shrink
 * ladder 12 → 9 pt with NSK350 when even 9 pt does not fit, and the declared `lebar=`/`huruf=` syntax.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMarkdown } from '../../src/load/markdown-source.js';
import { describe, expect, it } from 'vitest';
import type { BlokLampiran, Runs } from '../../src/ir/types.js';
import { distribute } from '../../src/resolve/table/auto-layout.js';
import { tableFonts } from '../../src/resolve/table/measure-cells.js';
import { sizeTable, sizeTables } from '../../src/resolve/table/size-tables.js';
import { parseTableCaption } from '../../src/resolve/pedoman/table-caption.js';
import { hyphenate, hyphenPieces } from '../../src/util/hyphenate-id.js';
import { ROOT } from '../helpers.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;
const fonts = tableFonts(join(ROOT, 'templates', 'fonts'));
const cell = (s: string): Runs => (s === '' ? [] : [{ kind: 'text', text: s }]);
const tabel = (kepala: string[], baris: string[][], extra: Partial<Tabel> = {}): Tabel => ({
  kind: 'tabel', id: 't', label: 'Tabel 9.9', judul: 'Uji', kepala: [kepala.map(cell)], baris: baris.map((r) => r.map(cell)), lebar: null,
  source: { file: 'content/x.md', line: 7, column: 1 }, ...extra,
});

describe('Indonesian hyphenation', () => {
  it('breaks at syllables by the PUEBI rules', () => {
    expect(hyphenPieces('menyelenggarakan')).toEqual(['me', 'nye', 'leng', 'ga', 'ra', 'kan']);
    // Two vowels side by side are never split (ko-or-di-na-si would need a dictionary).
    expect(hyphenPieces('mengoordinasikan')).toEqual(['me', 'ngoor', 'di', 'na', 'si', 'kan']);
    expect(hyphenPieces('instrumen')).toEqual(['in', 'stru', 'men']);
    expect(hyphenPieces('istilah')).toEqual(['is', 'ti', 'lah']);
    expect(hyphenPieces('pengambilan')).toEqual(['pe', 'ngam', 'bi', 'lan']);
    expect(hyphenPieces('transmigrasi')).toEqual(['trans', 'mi', 'gra', 'si']);
    expect(hyphenPieces('direkomendasikan')).toEqual(['di', 're', 'ko', 'men', 'da', 'si', 'kan']);
  });
  it('leaves acronyms, short words and numbers whole', () => {
    expect(hyphenate('DTSEN SIKS-NG 2023 dan')).toBe('DTSEN SIKS-NG 2023 dan');
    expect(hyphenate('Registrasi program', '-')).toBe('Re-gis-tra-si pro-gram');
  });
});

describe('automatic table layout (CSS 2.1)', () => {
  it('gives preferred widths when they fit, sharing the rest in proportion', () => {
    expect(distribute([{ min: 10, max: 20 }, { min: 10, max: 60 }], 160)).toEqual([40, 120]);
  });
  it('gives minimum widths plus a share of (max − min) when they do not', () => {
    expect(distribute([{ min: 10, max: 20 }, { min: 20, max: 120 }], 80)).toEqual([10 + (50 * 10) / 110, 20 + (50 * 100) / 110]);
  });
  it('returns null when even the minimum widths do not fit', () => {
    expect(distribute([{ min: 50, max: 60 }, { min: 50, max: 60 }], 90)).toBeNull();
  });
});

describe('sizing a table', () => {
  it('keeps "No." narrow and the description wide, at 12 pt', () => {
    const { tabel: t, diagnostic } = sizeTable(tabel(['No.', 'Uraian'], [['1.', 'Kepala Perangkat Daerah yang menyelenggarakan urusan pemerintahan di bidang perencanaan']]), fonts, 165, 0);
    expect(diagnostic).toBeNull();
    expect(t.huruf).toBe(12);
    expect(t.lebar![0]!).toBeLessThan(15);
    expect(t.lebar!.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 5);
  });
  it('moves a wide table out to the margin, then shrinks it; never below 9 pt', () => {
    const heads = ['No.', 'Nomor Registrasi', 'Nama dan NIK', 'Desa atau Kelurahan', 'Keluhan', 'Tindakan', 'Tanggal Diterima', 'Hasil', 'Tanggal Penutupan'];
    const { blocks, diagnostics } = sizeTables([{ kind: 'judul', id: 'h', level: 3, label: '1.', judul: 'H', source: null }, tabel(heads, [['1', '', '', '', '', '', '', '', '']])], fonts);
    const t = blocks[1] as Tabel;
    expect(diagnostics).toEqual([]);
    expect(t.penuh).toBe(true);
    expect(t.huruf).toBeLessThan(12);
    expect(t.huruf).toBeGreaterThanOrEqual(9);
  });
  it('sizes an unchanged table once (a warm rebuild reuses it) and a changed one again, with the same result as a fresh sizing', () => {
    const make = (uraian: string) => [{ kind: 'judul', id: 'h', level: 2, label: 'A.', judul: 'H', source: null } as BlokLampiran, tabel(['No.', 'Uraian'], [['1.', uraian]])];
    const first = sizeTables(make('Kepala Dinas selaku penanggung jawab'), fonts).blocks[1];
    const again = sizeTables(make('Kepala Dinas selaku penanggung jawab'), fonts).blocks[1];
    expect(again).toBe(first);
    expect(again).toEqual(sizeTable(make('Kepala Dinas selaku penanggung jawab')[1] as Tabel, fonts, 165, 8).tabel);
    const changed = sizeTables(make('Kepala Dinas selaku penanggung jawab penyelenggaraan Sistem Layanan dan Rujukan Terpadu di Daerah'), fonts).blocks[1] as Tabel;
    expect(changed).not.toBe(first);
    expect(changed.baris[0]![1]![0]).toEqual({ kind: 'text', text: 'Kepala Dinas selaku penanggung jawab penyelenggaraan Sistem Layanan dan Rujukan Terpadu di Daerah' });
  });
  it('reports NSK350 with the remedies when 9 pt does not fit either', () => {
    const heads = Array.from({ length: 14 }, (_, i) => `Pertanggungjawaban${i}`);
    const { tabel: t, diagnostic } = sizeTable(tabel(heads, []), fonts, 165, 0);
    expect(t.huruf).toBe(9);
    expect(diagnostic).toMatchObject({ code: 'NSK350', severity: 'warning', file: 'content/x.md', start: { line: 7, column: 1 } });
    expect(diagnostic!.message).toBe('Tabel 9.9 (14 kolom) terlalu lebar untuk halaman potret F4, bahkan dengan huruf 9 pt.');
    expect(diagnostic!.hint).toContain('lebar=');
  });
  it('uses declared widths and size, scaled to the text width', () => {
    const { tabel: t } = sizeTable(tabel(['No.', 'Uraian', 'Isian'], [['1.', 'Nama', '']], { lebar: [1, 8, 6], huruf: 10 }), fonts, 165, 0);
    expect(t.lebar).toEqual([11, 88, 66]);
    expect(t.huruf).toBe(10);
  });
});

describe('a landscape table in the Pedoman Markdown', () => {
  it('puts a form with its heading, or a table alone, on landscape pages of its own', async () => {
    const { planChapters } = await import('../../src/resolve/pedoman/chapters.js');
    const dir = mkdtempSync(join(tmpdir(), 'naskah-lanskap-'));
    writeFileSync(join(dir, 'bab.md'), '# BAB\n\n## A\n\nTeks.\n\n### Format 1 Daftar\n\nPengantar.\n\nFormat: {#f halaman=lanskap}\n\n| No. | Nama |\n| --- | --- |\n| 1 | |\n\nTabel: Lain {#t halaman=lanskap}\n\n| A | B |\n| --- | --- |\n| x | y |\n\nSesudah.\n');
    const md = loadMarkdown(join(dir, 'bab.md'), dir).source!;
    const plan = planChapters([md]);
    rmSync(dir, { recursive: true, force: true });
    const blocks = plan.planned.map((p) => p({ peraturan: { byId: new Map() } as never, jenisPeraturan: 'Peraturan Bupati', local: plan.local }));
    expect(plan.diagnostics).toEqual([]);
    expect(blocks.map((b) => (b.kind === 'halaman-baru' ? b.orientasi : b.kind === 'tabel' ? `tabel:${b.label}` : b.kind))).toEqual([
      'judul', 'judul', 'alinea', 'lanskap', 'judul', 'alinea', 'tabel:', 'potret', 'lanskap', 'tabel:Tabel 1.1', 'potret', 'alinea',
    ]);
  });
});

describe('the caption line `Tabel: Judul {#id lebar=… huruf=…}`', () => {
  it('reads the id, the widths and the size', () => {
    expect(parseTableCaption('Register Kasus {#tabel-register lebar=1,4.5,3 huruf=9}', 3)).toEqual({ text: 'Register Kasus', id: 'tabel-register', lebar: [1, 4.5, 3], huruf: 9, lanskap: false, errors: [] });
    expect(parseTableCaption('R {#r halaman=lanskap}', 2).lanskap).toBe(true);
  });
  it('explains what is wrong in Indonesian', () => {
    expect(parseTableCaption('X {#x lebar=1,2 huruf=8 warna=merah}', 3).errors).toEqual([
      '`lebar` menyebut 2 kolom, tetapi tabel mempunyai 3 kolom.',
      '`huruf=8` harus ukuran huruf 9 sampai 12 (pt).',
      'Atribut `warna=merah` tidak dikenal; yang tersedia: `#id`, `lebar=…`, `huruf=…`, `halaman=lanskap`.',
    ]);
  });
});
