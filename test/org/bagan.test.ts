/**
 * The bagan struktur (src/org): ELK layout checked on its coordinates (no box on a box, no line through
 * a box or along another line, text inside its box), fitting to F4 with readable type, the split of a
 * chart too wide for one page, and the SVG rendered at 100 dpi.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baganBlocks, drawBagan, chartOrder } from '../../src/resolve/keputusan/bagan.js';
import { baganFonts, TYPE } from '../../src/org/box.js';
import { FONT_FILES, svgToPng } from '../../src/org/png.js';
import { MIN_SCALE } from '../../src/org/fit.js';
import type { OrgModel, OrgUnit, Unsur } from '../../src/org/types.js';
import { ROOT } from '../helpers.js';
import { layoutProblems } from './layout-checks.js';

const require = createRequire(import.meta.url);
const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
const FONTS = join(ROOT, 'templates', 'fonts');
const fonts = baganFonts(FONTS);

type Spec = [id: string, nama: string, unsur: Unsur, atasan: string | null, pengisi: string[], koordinasi?: string[]];

/** An organisation model from a compact list (units in komando order). */
function model(specs: readonly Spec[]): OrgModel {
  const depth = new Map<string, number>();
  const units: OrgUnit[] = specs.map(([id, nama, unsur, atasan, pengisi, koordinasi], index) => {
    depth.set(id, atasan === null ? 0 : depth.get(atasan)! + 1);
    return { id, nama, unsur, atasan, pengisi: pengisi.map((jabatan) => ({ jabatan })), koordinasi: koordinasi ?? [], tugas: ['bekerja'], rincianTugas: 'kumulatif', keterangan: null, index, depth: depth.get(id)! };
  });
  return { units, root: units[0]! };
}

const core: Spec[] = [
  ['pembina', 'Pembina', 'pembina', null, ['Bupati', 'Wakil Bupati']],
  ['pengarah', 'Pengarah', 'pengarah', 'pembina', ['Sekretaris Daerah']],
  ['pj', 'Penanggung Jawab', 'penanggung-jawab', 'pengarah', ['Kepala Dinas Sosial P3A']],
  ['anggota', 'Anggota', 'anggota', 'pengarah', ['DINKES', 'DISDIK', 'DPPKB', 'DPMD', 'BAPPEDA'], ['pj']],
  ['manajer', 'Manajer SLRT', 'sekretariat', 'pj', ['Kepala Bidang']],
  ['supervisor', 'Supervisor', 'pelaksana', 'manajer', ['ASN']],
  ['fasilitator', 'Fasilitator', 'pelaksana', 'supervisor', ['ASN']],
  ['front', 'Petugas Layanan', 'pelaksana', 'manajer', ['ASN'], ['supervisor']],
];

describe('bagan struktur layout', () => {
  it('places boxes and routes lines without overlaps, coordination side to side', () => {
    const bagan = drawBagan(model(core), fonts);
    expect(bagan.parts).toHaveLength(1);
    const { layout } = bagan.parts[0]!;
    expect(layoutProblems(layout)).toEqual([]);
    expect(layout.links.filter((l) => l.kind === 'koordinasi')).toHaveLength(2);
  });

  it('keeps rank: every unit lies below its atasan, units of one depth on one level', () => {
    const { layout } = drawBagan(model(core), fonts).parts[0]!;
    const box = new Map(layout.boxes.map((b) => [b.id, b]));
    for (const [id, , , atasan] of core) if (atasan) expect(box.get(id)!.y).toBeGreaterThan(box.get(atasan)!.y + box.get(atasan)!.height);
    expect(box.get('anggota')!.y).toBe(box.get('pj')!.y);
    // A coordination line between neighbours on one level is one straight horizontal line.
    const straight = layout.links.find((l) => l.from === 'anggota')!;
    expect(straight.points).toHaveLength(2);
    expect(straight.points[0]!.y).toBe(straight.points[1]!.y);
  });

  it('keeps a dense chart clean: ten units on one level, each coordinating with two others', () => {
    const dense: Spec[] = [['root', 'Ketua', 'pembina', null, ['Bupati']], ['wakil', 'Wakil', 'pengarah', 'root', ['Sekretaris Daerah']]];
    for (let i = 0; i < 10; i++) dense.push([`a${i}`, `Anggota ${i}`, 'anggota', 'wakil', ['Kepala Dinas'], i % 3 === 0 ? [] : [`a${(i + 5) % 10}`]]);
    for (let i = 0; i < 10; i++) dense.push([`b${i}`, `Staf ${i}`, 'pelaksana', `a${i}`, ['ASN'], [`a${(i + 1) % 10}`]]);
    const { layout } = drawBagan(model(dense), fonts).parts[0]!;
    expect(layout.links.filter((l) => l.kind === 'koordinasi').length).toBeGreaterThan(14);
    expect(layoutProblems(layout)).toEqual([]);
  }, 60_000);

  it('is deterministic', () => {
    expect(drawBagan(model(core), fonts).parts[0]!.svg).toBe(drawBagan(model(core), fonts).parts[0]!.svg);
  });

  it('arranges subordinates around the largest subtree', () => {
    const order = chartOrder(model([
      ['a', 'A', 'pembina', null, ['x']],
      ['k1', 'K1', 'anggota', 'a', ['x']],
      ['big', 'Big', 'sekretariat', 'a', ['x']],
      ['c1', 'C1', 'pelaksana', 'big', ['x']],
      ['k2', 'K2', 'anggota', 'a', ['x']],
    ]).units);
    // Largest subtree in the middle, the next unit to its right, the one after to its left.
    expect(order.map((u) => u.id)).toEqual(['a', 'k2', 'big', 'c1', 'k1']);
  });
});

describe('fitting the bagan to F4', () => {
  it('prints a chart that fits at its full size, in portrait, with the type at 9–10 pt', () => {
    const part = drawBagan(model(core), fonts).parts[0]!;
    expect(part.orientation).toBe('potret');
    expect(part.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(part.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="[\d.]+mm" height="[\d.]+mm" viewBox="0 0 [\d.]+ [\d.]+"/);
  });

  it('splits a chart with Puskesos per kecamatan onto continuation pages instead of shrinking it', () => {
    const kecamatan: Spec[] = Array.from({ length: 17 }, (_, i): Spec[] => [
      [`kec-${i + 1}`, `Kecamatan ${i + 1}`, 'kewilayahan', 'pengarah', ['Camat', 'Kepala Seksi Kesejahteraan Sosial']],
      [`puskesos-${i + 1}`, `Puskesos Kecamatan ${i + 1}`, 'puskesos', `kec-${i + 1}`, ['Petugas Puskesos'], ['manajer']],
    ]).flat();
    const bagan = drawBagan(model([...core, ...kecamatan]), fonts);
    expect(bagan.split).toBe(true);
    expect(bagan.parts.length).toBeGreaterThan(1);
    for (const p of bagan.parts) {
      expect(layoutProblems(p.layout)).toEqual([]);
      expect(p.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    }
    const main = bagan.parts[0]!.layout;
    expect(main.boxes.some((b) => b.stub)).toBe(true);
    expect(main.boxes.some((b) => b.id.startsWith('kec-'))).toBe(false);
    const continued = bagan.parts.slice(1).flatMap((p) => p.layout.boxes.map((b) => b.id));
    expect(continued.filter((id) => id.startsWith('kec-') || id.startsWith('puskesos-'))).toHaveLength(34);
    expect(bagan.parts[1]!.judul).toMatch(/^Lanjutan bagan: Kewilayahan dan Puskesos/);
    expect(main.boxes.find((b) => b.stub)!.content.lines.map((l) => l.text).join(' ')).toBe('KEWILAYAHAN DAN PUSKESOS 34 unit, lihat bagan lanjutan');
    // In the IR: the main figure, then a page break before each continuation figure.
    const blocks = baganBlocks(bagan, 'bagan', null);
    expect(blocks.map((b) => (b.kind === 'gambar' ? `gambar ${b.id}` : `${b.kind} ${b.orientasi}`))).toEqual([
      'gambar bagan-1',
      ...bagan.parts.slice(1).flatMap((p, i) => [`halaman-baru ${p.orientation}`, `gambar bagan-${i + 2}`]),
    ]);
  });
});

describe('bagan SVG', () => {
  it('renders at 100 dpi with every label at least 9 pt (12.5 px) high', () => {
    const part = drawBagan(model(core), fonts).parts[0]!;
    const widthMm = Number(/width="([\d.]+)mm"/.exec(part.svg)![1]);
    const png = new Resvg(part.svg, { fitTo: { mode: 'width', value: Math.round((widthMm / 25.4) * 100) }, font: { loadSystemFonts: false, fontFiles: FONT_FILES.map((f) => join(FONTS, f)), defaultFontFamily: 'TeX Gyre Bonum' } }).render();
    const smallestPt = Math.min(TYPE.body, TYPE.heading) * part.scale;
    expect(smallestPt).toBeGreaterThanOrEqual(9);
    expect((smallestPt / 72) * 100).toBeGreaterThanOrEqual(12.5);
    // Dark pixels exist inside every box: the text was drawn with the embedded font, not dropped.
    const pixels = png.pixels;
    const scale = png.width / Number(/viewBox="0 0 ([\d.]+)/.exec(part.svg)![1]);
    for (const b of part.layout.boxes) {
      const line = b.content.lines[0]!;
      const y = Math.round((b.y + 4 + line.y - line.size * 0.35) * scale);
      let dark = 0;
      for (let x = Math.round((b.x + 4) * scale); x < Math.round((b.x + 4 + b.width) * scale); x++) if (pixels[(y * png.width + x) * 4]! < 128) dark++;
      expect(dark, b.id).toBeGreaterThan(3);
    }
  });

  it('has a deterministic PNG twin at the printed size for the DOCX fallback', () => {
    const part = drawBagan(model(core), fonts).parts[0]!;
    const widthMm = Number(/width="([\d.]+)mm"/.exec(part.svg)![1]);
    const png = svgToPng(part.svg, FONTS, 150);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(Math.round((widthMm / 25.4) * 150));
    expect(Buffer.from(svgToPng(part.svg, FONTS, 150)).equals(Buffer.from(png))).toBe(true);
  });

  it('escapes text and names every box and the legend', () => {
    const svg = drawBagan(model([['a', 'Unit <A> & B', 'pembina', null, ['"Kepala"']]]), fonts).parts[0]!.svg;
    expect(svg).toContain('UNIT &lt;A&gt; &amp; B');
    expect(svg).toContain('&quot;Kepala&quot;');
    expect(svg).toContain('<g id="unit-a">');
    expect(svg).toContain('garis komando');
    expect(svg).not.toContain('garis koordinasi');
  });
});
