/**
 * Catchword split sets and page maps kept between renders (issue 11): a render that starts from the
 * layout of the same input needs one Typst compile instead of two, its footers print from the kept
 * map instead of querying the document, and whatever it starts from (nothing, the right layout, a
 * stale set, a wrong page map) the PDF is byte for byte the one a render from nothing makes. The
 * file-backed memory under output/ offers the kept layout, page map included, after an edit too.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { KeptSplits, SPLIT_CACHE_DIR } from '../../src/pipeline/split-memory.js';
import { compilerFor } from '../../src/render/pdf/compiler.js';
import { renderPdf, type PdfOptions } from '../../src/render/pdf/index.js';
import type { KeptLayout, SplitMemory } from '../../src/render/pdf/split-set.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options: PdfOptions = { templatesDir: path.join(root, 'templates'), fontsDir: path.join(root, 'templates/fonts') };
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const ir = JSON.parse(readFileSync(path.join(root, 'test/render/fixtures-pdf/perbup-lampiran.json'), 'utf8')) as Naskah;

/** Counts Typst compiles of the process-wide compiler during `f`. */
async function counting<T>(f: () => Promise<T>): Promise<{ result: T; compiles: number }> {
  const k = compilerFor(options.templatesDir, options.fontsDir);
  const original = k.compiler.compile.bind(k.compiler);
  let compiles = 0;
  k.compiler.compile = ((o: Parameters<typeof original>[0]) => {
    compiles++;
    return original(o);
  }) as typeof k.compiler.compile;
  try {
    return { result: await f(), compiles };
  } finally {
    k.compiler.compile = original;
  }
}

/** A memory that offers `offer` and records what the renderer remembers. */
function memory(offer: KeptLayout | null): SplitMemory & { kept: (KeptLayout & { fingerprint: string }) | null } {
  return {
    kept: null,
    recall: () => offer,
    remember(_id, fingerprint, kept) {
      this.kept = { fingerprint, ...kept };
    },
  };
}

describe('catchword split sets kept between renders', () => {
  it('one compile from the right set, two from none or a stale set, the same bytes every time', async () => {
    const reference = await counting(() => renderPdf(ir, options));
    expect(reference.compiles).toBe(2);
    expect(reference.result.bytes).not.toBeNull();

    const first = memory(null);
    const fromNothing = await counting(() => renderPdf(ir, { ...options, splitMemory: first }));
    expect(fromNothing.compiles).toBe(2);
    expect(Buffer.from(fromNothing.result.bytes!).equals(Buffer.from(reference.result.bytes!))).toBe(true);
    const { split, pages } = first.kept!;
    expect(split.length).toBeGreaterThan(0);
    // The page map: the catchword of every page after the first, and the Lampiran's first page.
    const map = JSON.parse(pages!) as { pages: Record<string, string | null>; 'part-pages': Record<string, true> };
    expect(Object.keys(map.pages).length).toBe(reference.result.pages);
    expect(Object.keys(map['part-pages']).length).toBeGreaterThan(0);

    // From the kept layout: one compile, footers and headers from the map, the same bytes.
    const again = await counting(() => renderPdf(ir, { ...options, splitMemory: memory({ split, pages }) }));
    expect(again.compiles).toBe(1);
    expect(Buffer.from(again.result.bytes!).equals(Buffer.from(reference.result.bytes!))).toBe(true);
    // Only the set kept (an older cache): one compile, footers query the document.
    const setOnly = await counting(() => renderPdf(ir, { ...options, splitMemory: memory({ split, pages: null }) }));
    expect(setOnly.compiles).toBe(1);
    expect(Buffer.from(setOnly.result.bytes!).equals(Buffer.from(reference.result.bytes!))).toBe(true);

    const stale = [...split.slice(1), 'pasal-99\u0001ayat-9'].sort();
    const fromStale = await counting(() => renderPdf(ir, { ...options, splitMemory: memory({ split: stale, pages }) }));
    expect(fromStale.compiles).toBe(2);
    expect(Buffer.from(fromStale.result.bytes!).equals(Buffer.from(reference.result.bytes!))).toBe(true);

    // A wrong page map (another catchword on page 3, the Lampiran starting elsewhere) is printed
    // once, reported back different, and costs one compile more: never a wrong footer or header.
    const wrong = JSON.stringify({ ...map, pages: { ...map.pages, '3': 'Kata Salah' }, 'part-pages': { '2': true } });
    const fromWrong = await counting(() => renderPdf(ir, { ...options, splitMemory: memory({ split, pages: wrong }) }));
    expect(fromWrong.compiles).toBe(2);
    expect(Buffer.from(fromWrong.result.bytes!).equals(Buffer.from(reference.result.bytes!))).toBe(true);
  }, 120_000);

  it('the set on disk and its page map are offered after flush, after an edit too', async () => {
    const output = mkdtempSync(path.join(tmpdir(), 'naskah-split-'));
    made.push(output);
    const writer = new KeptSplits(output);
    await renderPdf(ir, { ...options, splitMemory: writer });
    const file = path.join(output, SPLIT_CACHE_DIR, `${ir.id}.json`);
    expect(() => readFileSync(file)).toThrow();
    writer.flush();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; split: string[]; pages: string };

    const reader = new KeptSplits(output);
    expect(reader.recall(ir.id, stored.fingerprint)).toEqual({ split: stored.split, pages: stored.pages });
    expect(reader.recall(ir.id, 'f'.repeat(64))).toEqual({ split: stored.split, pages: stored.pages });
    expect(reader.recall('lain', stored.fingerprint)).toBeNull();
    const cold = await counting(() => renderPdf(ir, { ...options, splitMemory: new KeptSplits(output) }));
    expect(cold.compiles).toBe(1);

    // An edited IR has another fingerprint: the kept set and page map are offered all the same. The
    // date moves no line and no catchword, so one compile settles, and the PDF is the one a render
    // from nothing makes.
    const edited = structuredClone(ir);
    edited.metadata = { ...edited.metadata, date: '2027-02-03' };
    const fromDisk = await counting(() => renderPdf(edited, { ...options, splitMemory: new KeptSplits(output) }));
    expect(fromDisk.compiles).toBe(1);
    const changed = memory(null);
    const fresh = await counting(() => renderPdf(edited, { ...options, splitMemory: changed }));
    expect(fresh.compiles).toBe(2);
    expect(changed.kept!.fingerprint).not.toBe(stored.fingerprint);
    expect(Buffer.from(fromDisk.result.bytes!).equals(Buffer.from(fresh.result.bytes!))).toBe(true);

    writeFileSync(file, '{"fingerprint": 5}');
    expect(new KeptSplits(output).recall(ir.id, stored.fingerprint)).toBeNull();
    writeFileSync(file, JSON.stringify({ fingerprint: stored.fingerprint, split: stored.split }));
    expect(new KeptSplits(output).recall(ir.id, stored.fingerprint)).toEqual({ split: stored.split, pages: null });
  }, 120_000);
});
