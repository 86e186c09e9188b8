/**
 * Page layout of the three SLRT PDFs, every page (issue 20 "Print fidelity", review 2026-12-07 M5, M6,
 * m5–m8): what a reviewer sees on the printed page, read back from the PDF with pdfjs-dist.
 * Each check lists the faulty pages with the words concerned, so a failure says where to look.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Loaded } from '../../src/pipeline/load-document.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { findProject } from '../../src/load/project.js';
import { ROOT } from '../helpers.js';
import { catchwordFaults, lineText, memutuskanLast, outside, overprinted, pageModels, signatureOnly, small, type PageModel } from './page-model.js';

const paths = findProject(ROOT)!;
const cache = new Map<string, Loaded>();
const DOCUMENTS = ['perbup-slrt', 'pedoman-slrt', 'kepbup-struktur-slrt'] as const;

/** Faults per page as "p. n: …" lines. */
const perPage = (pages: readonly PageModel[], check: (p: PageModel) => string[]): string[] =>
  pages.flatMap((p) => check(p).map((f) => `p. ${p.index}: ${f}`));

describe.each(DOCUMENTS)('page layout of %s (PDF)', (id) => {
  let pages: PageModel[] = [];
  beforeAll(async () => {
    const loaded = loadDocument(paths, id, { date: '2026-01-01T00:00:00Z', strict: false, cache });
    const rendered = await renderDocument(loaded.ir!, paths, ['pdf']);
    pages = await pageModels(rendered.files.get(join(paths.output, id, `${id}.pdf`))!);
  }, 120_000);

  it('keeps every word inside the text block (2 mm tolerance, hanging punctuation allowed)', () => {
    expect(perPage(pages, outside)).toEqual([]);
  });
  it('never prints two words over each other', () => {
    expect(perPage(pages, overprinted)).toEqual([]);
  });
  it('sets nothing below 9 pt but page numbers', () => {
    expect(perPage(pages, small)).toEqual([]);
  });
  it('never ends a page with MEMUTUSKAN', () => {
    expect(pages.filter(memutuskanLast).map((p) => p.index)).toEqual([]);
  });
  it('has no page whose body is only a signature block', () => {
    expect(pages.filter(signatureOnly).map((p) => p.index)).toEqual([]);
  });
  it('never ends a line with a unit word whose number went to the next line ("Pasal / 5", "huruf / c")', () => {
    const broken = pages.flatMap((p) => {
      const lines = p.lines.map(lineText);
      return lines.flatMap((l, i) => (/(?:^|\s)(?:Pasal|ayat|huruf|angka|BAB|Nomor|Tahun)$/.test(l) && /^(?:\d|\(\d|[IVXLC]+\b|[A-Za-z]\b)/.test(lines[i + 1] ?? '') ? [`p. ${p.index}: …${l.slice(-30)} / ${(lines[i + 1] ?? '').slice(0, 12)}…`] : []));
    });
    expect(broken).toEqual([]);
  });
  it('prints catchwords that are the next page’s first words, none on the last page of a part', () => {
    expect(catchwordFaults(pages)).toEqual([]);
  });
  it.runIf(id === 'pedoman-slrt')('lists each figure in the daftar gambar with the page it is printed on (a floated figure too)', () => {
    const listed = pages.flatMap((p) => p.lines.map(lineText)).flatMap((l) => {
      const m = /^(Gambar \d+\.\d+ .*?) [. ]*\.{3,}[. ]* ?(\d+)$/.exec(l);
      return m ? [[m[1]!, m[2]!] as const] : [];
    });
    expect(listed.length).toBeGreaterThan(0);
    for (const [caption, page] of listed) {
      const printed = pages.find((p) => p.lines.some((l) => lineText(l) === caption) && lineText(p.header) === `- ${page} -`);
      expect(printed, `${caption} on page ${page}`).toBeDefined();
    }
  });
});
