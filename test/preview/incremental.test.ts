/**
 * The preview's pages after a save, made from Typst's vector artifact and typst.ts's diff
 * (src/preview/incremental.ts), are the pages of Typst's own full SVG export of the same layout: one
 * word changed, pages added by a long insertion, pages removed again. The only difference allowed is
 * an identity transform the renderer leaves out (`translate(0.000,0.000)`), which draws nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/load/project.js';
import { Session } from '../../src/pipeline/session.js';
import { IncrementalPages } from '../../src/preview/incremental.js';
import { splitSvg, type SplitSvg } from '../../src/preview/pages.js';
import { copyFixture, FIXTURES } from '../helpers.js';

const identity = (svg: string): string => svg.replaceAll(' transform="translate(0.000,0.000)"', '');
const glyphIds = (svg: string): Set<string> => new Set([...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!));

describe('incremental preview pages', () => {
  it('equal the full SVG export after every save', async () => {
    const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-incremental-');
    const paths = findProject(dir)!;
    const warm = new Session(paths, { date: '2026-01-01T00:00:00Z', strict: false });
    const file = join(paths.content, 'mini', 'naskah.yaml');
    const good = readFileSync(file, 'utf8');
    const first = (await warm.rebuild(['mini'], ['pdf'], [], { svg: true, vector: true })).rendered.get('mini')!;
    const pages = new IncrementalPages();
    let shown: SplitSvg = await pages.start(first.svg!, first.vector!);
    expect(shown).toEqual(splitSvg(first.svg!));

    const long = 'dengan memperhatikan kebutuhan setiap warga yang mengajukan permohonan layanan '.repeat(40);
    const saves = [
      { text: good.replace('memerlukan layanan yang terintegrasi', 'memerlukan layanan yang terpadu'), changed: (n: number) => n <= 2 },
      { text: good.replace('memerlukan layanan yang terintegrasi', `memerlukan layanan yang terintegrasi ${long}`), changed: (n: number) => n >= 2 },
      { text: good, changed: (n: number) => n >= 1 },
    ];
    for (const save of saves) {
      writeFileSync(file, save.text);
      const r = (await warm.rebuild(['mini'], ['pdf'], [file], { vector: true })).rendered.get('mini')!;
      expect(r.svg).toBeUndefined();
      const next = pages.update(r.vector!);
      const native = splitSvg((await warm.rebuild(['mini'], ['pdf'], [], { svg: true })).rendered.get('mini')!.svg!);
      expect(next.pages.map((p) => p.tid)).toEqual(native.pages.map((p) => p.tid));
      expect(next.pages.map((p) => identity(p.svg))).toEqual(native.pages.map((p) => identity(p.svg)));
      // Every glyph the export defines is defined for the browser (blank glyphs such as spaces have no outline).
      const defined = new Set([...next.head.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
      for (const p of next.pages) for (const g of glyphIds(p.svg)) if (native.head.includes(` id="${g}"`)) expect(defined.has(g), g).toBe(true);
      // Unchanged pages are the very pages served before (never written again).
      const before = new Map(shown.pages.map((p) => [p.tid, p]));
      for (const p of next.pages) if (before.has(p.tid) && before.get(p.tid)!.svg === p.svg) expect(p).toBe(before.get(p.tid));
      expect(save.changed(next.pages.filter((p) => !before.has(p.tid)).length)).toBe(true);
      shown = next;
    }
  }, 120_000);
});
