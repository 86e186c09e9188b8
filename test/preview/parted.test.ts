/**
 * The preview lays the SLRT Perbup out in parts (src/render/pdf/screen-parts.ts: the batang tubuh and
 * the Lampiran as documents of their own) and keeps each part's pages up to date on its own
 * (src/preview/parted.ts). What the drafter sees must be the document's pages: every page of the
 * parts is drawn pixel for pixel like the same page of the whole document, after the first layout and
 * after saves in the batang tubuh and in the Lampiran's source; a save in one part leaves the other
 * part's layout alone; and a run of saves (some of them half-written files) never makes typst.ts's
 * renderer fail — merging whole artifacts into one session did, now and then ("unreachable").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../src/ir/house-style.js';
import { findProject, type ProjectPaths } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { Session } from '../../src/pipeline/session.js';
import { splitSvg, type SplitSvg } from '../../src/preview/pages.js';
import { joinSvgs, PartedPages } from '../../src/preview/parted.js';
import { PreviewSession } from '../../src/preview/session.js';
import { screenParts } from '../../src/render/pdf/screen-parts.js';
import { ROOT } from '../helpers.js';

const DATE = '2026-01-01T00:00:00Z';
const ID = 'perbup-slrt';

/** One served page as a standalone SVG (its glyphs from the head), drawn at 72 dpi. */
function pixels(view: SplitSvg, index: number): Buffer {
  const page = view.pages[index]!.svg;
  const inner = view.head.slice(view.head.indexOf('>') + 1, view.head.lastIndexOf('</svg>'));
  const open = page.indexOf('>') + 1;
  return new Resvg(page.slice(0, open) + inner + page.slice(open)).render().asPng();
}

/** Page numbers (1-based) whose drawing differs between two views of the same document. */
function differing(a: SplitSvg, b: SplitSvg, only?: readonly number[]): number[] {
  expect(a.pages.length).toBe(b.pages.length);
  const out: number[] = [];
  for (let i = 0; i < a.pages.length; i++) {
    if (only && !only.includes(i + 1)) continue;
    if (!pixels(a, i).equals(pixels(b, i))) out.push(i + 1);
  }
  return out;
}

/** The whole document's pages, as Typst's own SVG export draws them. */
async function wholePages(warm: Session): Promise<SplitSvg> {
  return splitSvg((await warm.rebuild([ID], ['pdf'], [], { svg: true })).rendered.get(ID)!.svg!);
}

/** A copy of the real SLRT project (its content/ folder) to edit. */
function project(): { paths: ProjectPaths; naskah: string; bab1: string } {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-parted-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const paths = findProject(dir)!;
  return { paths, naskah: join(paths.content, ID, 'naskah.yaml'), bab1: join(paths.content, 'pedoman-slrt', 'bab-1-pendahuluan.md') };
}

describe('the preview of a Peraturan with Lampiran, laid out in parts', () => {
  it('draws every page as the whole document does, and lays out only the part a save touched', async () => {
    const { paths, naskah, bab1 } = project();
    const warm = new Session(paths, { date: DATE, strict: false });
    const first = (await warm.rebuild([ID], ['pdf'], [], { svg: true, vector: true, parts: true })).rendered.get(ID)!;
    expect(first.parts?.map((p) => `${p.key}:${p.reused}`)).toEqual(['batang-tubuh:false', 'lampiran/lampiran-pedoman:false']);
    const parted = new PartedPages();
    let shown = await parted.update(first.parts!);
    let whole = await wholePages(warm);
    expect(shown.pages.length).toBe(whole.pages.length);
    expect(first.parts!.reduce((n, p) => n + p.pages, 0)).toBe(whole.pages.length);
    expect(differing(shown, whole)).toEqual([]);
    // Without typst.ts's renderer the parts' own SVG exports are joined: the same pages.
    const joined = joinSvgs(first.parts!);
    expect(joined.pages.length).toBe(whole.pages.length);
    expect(differing(joined, whole, [1, 18, 19, 65])).toEqual([]);

    // A save in the Menimbang: the batang tubuh is laid out again, the Lampiran is not.
    const text = readFileSync(naskah, 'utf8');
    writeFileSync(naskah, text.replace('bahwa ', 'bahwa untuk itu '));
    const body = (await warm.rebuild([ID], ['pdf'], [naskah], { vector: true, parts: true })).rendered.get(ID)!;
    expect(body.parts?.map((p) => `${p.key}:${p.reused}`)).toEqual(['batang-tubuh:false', 'lampiran/lampiran-pedoman:true']);
    expect(body.parts![1]!.vector).toBe(first.parts![1]!.vector);
    const afterBody = await parted.update(body.parts!);
    // The Lampiran's pages are the very pages served before.
    for (let i = first.parts![0]!.pages; i < afterBody.pages.length; i++) expect(afterBody.pages[i]).toBe(shown.pages[i]);
    whole = await wholePages(warm);
    expect(differing(afterBody, whole, [1, 2, 3])).toEqual([]);
    // The comparison sees a changed word: the pages before the save differ where the Menimbang is.
    expect(differing(shown, whole, [1, 2, 3]).length).toBeGreaterThan(0);
    shown = afterBody;

    // A save in the Lampiran's source: the Lampiran is laid out again, the batang tubuh is not.
    writeFileSync(bab1, readFileSync(bab1, 'utf8').replace('dipelihara oleh', 'dipelihara dan dilindungi oleh'));
    const lampiran = (await warm.rebuild([ID], ['pdf'], [bab1], { vector: true, parts: true })).rendered.get(ID)!;
    expect(lampiran.parts?.map((p) => `${p.key}:${p.reused}`)).toEqual(['batang-tubuh:true', 'lampiran/lampiran-pedoman:false']);
    shown = await parted.update(lampiran.parts!);
    whole = await wholePages(warm);
    expect(shown.pages.length).toBe(whole.pages.length);
    const start = lampiran.parts![0]!.pages + 1;
    expect(differing(shown, whole, [start, start + 1, start + 2])).toEqual([]);
    expect(shown.pages.map((p) => p.svg).join('')).toContain('dilindungi');
  }, 300_000);

  it('keeps the pages up to date over a run of saves, half-written ones among them', async () => {
    const { paths, naskah } = project();
    const warm = new Session(paths, { date: DATE, strict: false });
    const view = new PreviewSession(warm, ID);
    await view.rebuild();
    view.finishLint();
    const text = readFileSync(naskah, 'utf8');
    const words = ['untuk', 'guna', 'demi', 'agar', 'dalam rangka', 'selanjutnya', 'oleh karena itu', 'pada dasarnya'];
    for (const [i, w] of words.entries()) {
      if (i % 2 === 1) {
        writeFileSync(naskah, text.slice(0, Math.floor((text.length * i) / words.length)));
        await view.rebuild([naskah]);
      }
      writeFileSync(naskah, text.replace('bahwa ', `bahwa ${w} `));
      const state = await view.rebuild([naskah]);
      view.finishLint();
      expect(state.diagnostics.filter((d) => d.code === 'NSK504')).toEqual([]);
      expect(state.fresh).toBe(true);
    }
    const served = (): SplitSvg => ({ head: view.head, headHash: '', pages: view.current.pageIds.map((tid) => ({ tid, svg: view.page(tid)! })) });
    let whole = await wholePages(warm);
    expect(view.current.pages).toBe(whole.pages.length);
    expect(differing(served(), whole, [1, 2, 19, 20])).toEqual([]);

    // The Lampiran taken out (laid out whole from then on), and put back (in parts again).
    const without = text.slice(0, text.indexOf('\nlampiran:')).replace('[[=lampiran-pedoman]]', 'Lampiran');
    for (const [source, pages] of [[without, 18], [text, 65]] as const) {
      writeFileSync(naskah, source);
      const state = await view.rebuild([naskah]);
      view.finishLint();
      expect(state.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(state.fresh).toBe(true);
      whole = await wholePages(warm);
      expect([view.current.pages, view.current.pageIds.length, whole.pages.length]).toEqual([pages, pages, pages]);
      expect(differing(served(), whole, [1, 18, pages])).toEqual([]);
    }
  }, 300_000);

  it('is laid out whole when a page of one part would depend on another', () => {
    const paths = findProject(ROOT)!;
    const ir = loadDocument(paths, ID, { date: DATE, strict: false, lint: 'none' }).ir!;
    if (ir.jenis === 'buku-pedoman' || ir.jenis === 'surat') throw new Error('Perbup expected');
    const laidOut = { ...ir, istilah: [] };
    expect(screenParts(laidOut, DEFAULT_HOUSE_STYLE)?.map((p) => p.key)).toEqual(['batang-tubuh', 'lampiran/lampiran-pedoman']);
    // Page numbers carried on into the Lampiran, or a number on its first page: one layout.
    expect(screenParts(laidOut, { ...DEFAULT_HOUSE_STYLE, lampiran: { ...DEFAULT_HOUSE_STYLE.lampiran, nomorHalaman: 'lanjut' } })).toBeNull();
    expect(screenParts(laidOut, { ...DEFAULT_HOUSE_STYLE, lampiran: { ...DEFAULT_HOUSE_STYLE.lampiran, nomorHalamanPertama: true } })).toBeNull();
    expect(screenParts({ ...laidOut, lampiran: [] }, DEFAULT_HOUSE_STYLE)).toBeNull();
  });
});
