/**
 * The bagan at print size (issue 20 point 7, review M7), on the real Keputusan and on a struktur shaped
 * like Perbup Pasal 11: type at least 9 pt, the chart as wide as the text (165 mm) unless its height
 * stops it, dashed coordination lines that never meet a solid komando line nor leave the chart, labels
 * worded exactly as the susunan table, and foreign terms in italic.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawBagan, type BaganPart } from '../../src/resolve/keputusan/bagan.js';
import { baganFonts } from '../../src/org/box.js';
import { SIDE, touches } from '../../src/org/coordination.js';
import { AREA, MAX_SCALE, MIN_SCALE } from '../../src/org/fit.js';
import { segmentsOf } from '../../src/org/geometry.js';
import { drawingSize, printedWidthMm } from '../../src/org/svg.js';
import type { BlokLampiran, Naskah } from '../../src/ir/types.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { findProject } from '../../src/load/project.js';
import { loadYaml } from '../../src/load/yaml-source.js';
import type { StrukturSource } from '../../src/org/types.js';
import { validateStruktur } from '../../src/org/validate.js';
import { ROOT } from '../helpers.js';
import { runsText } from '../ir-text.js';
import { pasal11 } from './fixtures/pasal-11.js';
import { layoutProblems } from './layout-checks.js';
import { boxMarkup, boxTexts } from './svg-text.js';

const fonts = baganFonts(join(ROOT, 'templates', 'fonts'));
const PT_TO_MM = 25.4 / 72;
const TEXT_WIDTH_MM = 165;

/** Smallest type of a part as printed, in points. */
const smallestPt = (p: BaganPart): number => Math.min(...p.layout.boxes.flatMap((b) => b.content.lines.map((l) => l.size * p.scale)));

/** Coordination segments that touch a komando segment. */
function crossings(p: BaganPart): string[] {
  const komando = p.layout.links.filter((l) => l.kind === 'komando');
  return p.layout.links.filter((l) => l.kind === 'koordinasi').flatMap((c) => segmentsOf(c.points).flatMap((s) => komando.filter((k) => segmentsOf(k.points).some((t) => touches(s, t))).map((k) => `${c.from}–${c.to} × ${k.from}→${k.to}`)));
}

/** Coordination points outside the boxes' bounding box (a line round the outside of the chart). */
function outside(p: BaganPart): string[] {
  const bs = p.layout.boxes;
  // Beside the outermost boxes, in their own side channel, is still inside; further out or below all is not.
  const [x0, x1, y1] = [Math.min(...bs.map((b) => b.x)) - SIDE, Math.max(...bs.map((b) => b.x + b.width)) + SIDE, Math.max(...bs.map((b) => b.y + b.height))];
  return p.layout.links.filter((l) => l.kind === 'koordinasi' && l.points.some((q) => q.x < x0 - 0.01 || q.x > x1 + 0.01 || q.y > y1 + 0.01)).map((l) => `${l.from}–${l.to} ${JSON.stringify(l.points)}`);
}

describe('bagan of a Perbup Pasal 11 struktur', () => {
  const bagan = drawBagan(pasal11(), fonts, { susunan: 'Lampiran I' });
  const [main] = bagan.parts;

  it('is one chart under the lampiran title (no page break), every box text at 9 pt or more as printed', () => {
    expect(bagan.split).toBe(false);
    expect(main!.newPage).toBe(false);
    expect(main!.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(smallestPt(main!)).toBeGreaterThanOrEqual(9);
  });

  it('uses the text width of 165 mm (or is as large as its height or the type cap allows)', () => {
    const size = drawingSize(main!.layout);
    const area = main!.newPage ? AREA.continuation[main!.orientation] : AREA.first[main!.orientation];
    const widthLimited = area.width / (size.width * PT_TO_MM) <= Math.min(MAX_SCALE, area.height / (size.height * PT_TO_MM));
    expect(printedWidthMm(main!.layout, main!.scale)).toBeLessThanOrEqual(main!.orientation === 'potret' ? TEXT_WIDTH_MM : 290);
    if (widthLimited && main!.orientation === 'potret') expect(printedWidthMm(main!.layout, main!.scale)).toBeGreaterThan(TEXT_WIDTH_MM - 1);
    expect(widthLimited || main!.scale >= MAX_SCALE - 0.001 || (size.height * PT_TO_MM * main!.scale) > area.height - 1).toBe(true);
  });

  it('routes Puskesos–Manajer and Puskesos–Fasilitator inside the chart, touching no komando line', () => {
    expect(main!.layout.links.filter((l) => l.kind === 'koordinasi')).toHaveLength(2);
    expect(crossings(main!)).toEqual([]);
    expect(outside(main!)).toEqual([]);
    expect(layoutProblems(main!.layout)).toEqual([]);
  });

  it('sets front office and back office in italic in the chart, as in the text', () => {
    const text = boxMarkup(main!.svg);
    expect(text.get('petugas-layanan')).toContain('(*front office*)');
    expect(text.get('petugas-pengelola-data')).toContain('(*back office*)');
    expect(main!.svg).toContain('<tspan font-style="italic">front office</tspan>');
  });
});

describe('bagan of the real Keputusan (content/kepbup-struktur-slrt)', () => {
  const paths = findProject(ROOT)!;
  const loaded = loadDocument(paths, 'kepbup-struktur-slrt', { date: '2026-01-01T00:00:00Z', strict: false });
  const ir = loaded.ir as Naskah;
  const isi = (kind: string) => ir.lampiran.find((l) => l.isi.some((b) => b.kind === kind))!.isi;
  const source = loadYaml(join(paths.content, 'kepbup-struktur-slrt', 'naskah.yaml'), paths.root).source!;
  const model = validateStruktur(source, ['struktur'], (source.data as { struktur: StrukturSource }).struktur).model!;
  const figures = isi('gambar').filter((b): b is Extract<BlokLampiran, { kind: 'gambar' }> => b.kind === 'gambar');

  it('labels every box exactly as the susunan table (Lampiran I) words the unit, its pengisi and its keterangan', () => {
    const table = isi('tabel').find((b) => b.kind === 'tabel') as Extract<BlokLampiran, { kind: 'tabel' }>;
    // Kedudukan (column 2) starts a unit; its Jabatan/Instansi cells (column 3) follow until the next.
    const rows = new Map<string, string[]>();
    const keterangan = new Map<string, string>();
    let current = '';
    for (const row of table.baris) {
      if (runsText(row[1]!) !== '') rows.set((current = runsText(row[1]!)), []);
      rows.get(current)!.push(runsText(row[2]!));
      if (runsText(row[3]!) !== '') keterangan.set(current, runsText(row[3]!));
    }
    const boxes = new Map<string, string>();
    for (const f of figures) for (const [id, text] of boxTexts(f.svg!)) if (!id.startsWith('lanjutan-')) boxes.set(id, text);
    expect(boxes.size).toBe(rows.size);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const text of boxes.values()) {
      const kedudukan = [...rows.keys()].find((k) => norm(text).startsWith(`${k.toUpperCase()} `))!;
      expect(kedudukan, text).toBeDefined();
      const pengisi = rows.get(kedudukan)!;
      const expected = [pengisi.length > 4 ? 'sebagaimana tercantum dalam Lampiran I' : pengisi.join(' '), ...(keterangan.has(kedudukan) ? [keterangan.get(kedudukan)!] : [])].join(' ');
      expect(norm(text)).toBe(norm(`${kedudukan.toUpperCase()} ${expected}`));
    }
  });

  it('keeps every italic run of the table (foreign terms) italic in the chart', () => {
    const table = isi('tabel').find((b) => b.kind === 'tabel') as Extract<BlokLampiran, { kind: 'tabel' }>;
    const italics = table.baris.flatMap((row) => row.flatMap((cell) => cell.filter((r) => r.kind === 'italic').map((r) => r.text)));
    const chart = figures.flatMap((f) => [...boxMarkup(f.svg!).values()]).join('\n');
    for (const text of italics) expect(chart).toContain(`*${text}*`);
  });

  it('never lets a dashed line meet a solid one, nor run round the outside of the chart', () => {
    const bagan = drawBagan(model, fonts, { susunan: 'Lampiran I' });
    for (const p of bagan.parts) {
      expect(crossings(p)).toEqual([]);
      expect(outside(p)).toEqual([]);
      expect(layoutProblems(p.layout)).toEqual([]);
    }
  });

  it('prints its type at 9 pt or more, or says how small it is (NSK331)', () => {
    const bagan = drawBagan(model, fonts, { susunan: 'Lampiran I' });
    const smallest = Math.min(...bagan.parts.map(smallestPt));
    const warning = loaded.diagnostics.find((d) => d.code === 'NSK331');
    if (smallest >= 9) expect(warning).toBeUndefined();
    else expect(warning?.message).toContain(`${(9 * Math.min(...bagan.parts.map((p) => p.scale))).toFixed(1).replace('.', ',')} pt`);
  });
});
