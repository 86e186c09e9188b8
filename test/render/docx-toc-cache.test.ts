/**
 * The book DOCX carries the PDF's page numbers as cached results of its TOC fields (review m22), so
 * LibreOffice, WPS and previews show them before Word updates the fields.
 */
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BukuPedoman } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { renderBukuDocx } from '../../src/render/docx/buku.js';
import { ROOT } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

/** Each TOC entry of document.xml: text, and the cached result of its PAGEREF field ("" when empty). */
function tocEntries(docx: Uint8Array): { text: string; page: string }[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="_Toc\d+"[^>]*>(.*?)<\/w:hyperlink>/g)].map((m) => {
    const [text = '', field = ''] = m[1]!.split('<w:tab/>');
    const result = /w:fldCharType="separate"\/>(.*?)<w:fldChar w:fldCharType="end"\/>/.exec(field)?.[1] ?? '';
    return { text: text.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' '), page: result.replace(/<[^>]+>/g, '') };
  });
}

describe('TOC fields of the book DOCX', () => {
  it('cache the page numbers the PDF prints in its daftar isi, tabel and gambar', async () => {
    const paths = findProject(ROOT)!;
    const ir = loadDocument(paths, 'pedoman-slrt', { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() }).ir as BukuPedoman;
    const rendered = await renderDocument(ir, paths, ['docx', 'pdf']);
    const base = join(paths.output, ir.id, ir.id);
    const entries = tocEntries(rendered.files.get(`${base}.docx`)!);
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.filter((e) => !/^\d+$/.test(e.page))).toEqual([]);
    // The PDF's own daftar isi lines end with the same numbers: "BAB II KONSEP DAN FUNGSI SLRT . . . 10".
    const pdfLines = (await pdfPages(rendered.files.get(`${base}.pdf`)!)).flat();
    for (const e of entries.filter((x) => /^(BAB [IVX]+ |Tabel 1\.1 |Gambar )/.test(x.text))) {
      const line = pdfLines.find((l) => l.startsWith(e.text) && /\d+$/.test(l));
      expect(line, e.text).toBeDefined();
      expect(line!.match(/(\d+)$/)![1], e.text).toBe(e.page);
    }
  }, 120_000);

  it('stay empty for Word to fill in when the caller has no PDF page numbers', async () => {
    const paths = findProject(ROOT)!;
    const ir = loadDocument(paths, 'pedoman-slrt', { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() }).ir as BukuPedoman;
    const entries = tocEntries(await renderBukuDocx(ir, {}));
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.every((e) => e.page === '')).toBe(true);
  });
});
