/**
 * Internal links of the PDF (issue 13, src/render/pdf/ref-links.ts): the numbers the DOCX makes REF fields
 * of are links in the PDF, each going to the page and line of the unit it names. Read back with pdfjs-dist:
 * the link annotations, the text under each, and the first line below each destination.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

interface Line { readonly y: number; readonly x: number; readonly text: string }
interface Link { readonly page: number; readonly text: string; readonly target: string; readonly targetPage: number }

/** Every link of a PDF: the text it covers, and the first text line below its destination. */
async function links(bytes: Uint8Array): Promise<Link[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const lines = new Map<number, Line[]>();
  const items = new Map<number, { x: number; y: number; w: number; s: string }[]>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const list = (await page.getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [{ x: i.transform[4] as number, y: i.transform[5] as number, w: i.width, s: i.str }] : []));
    items.set(n, list);
    const byY = new Map<number, typeof list>();
    for (const i of list) byY.set(Math.round(i.y), [...(byY.get(Math.round(i.y)) ?? []), i]);
    lines.set(n, [...byY].map(([y, l]) => ({ y, x: Math.min(...l.map((i) => i.x)), text: l.sort((a, b) => a.x - b.x).map((i) => i.s).join('').replace(/\s+/g, ' ') })).sort((a, b) => b.y - a.y));
  }
  const out: Link[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const a of await (await doc.getPage(n)).getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      const [x1, y1, x2, y2] = a.rect as number[];
      const text = items.get(n)!.filter((i) => i.x >= x1! - 0.5 && i.x + i.w <= x2! + 0.5 && i.y >= y1! && i.y <= y2!).map((i) => i.s).join('').trim();
      const dest = a.dest as [{ num: number; gen: number }, { name: string }, number, number, number];
      const targetPage = (await doc.getPageIndex(dest[0])) + 1;
      // The destination is the top of the unit's anchor: the first line whose glyphs (ascent about
      // 9 pt at 12 pt) lie wholly below it.
      const below = lines.get(targetPage)!.find((l) => l.y + 9 <= dest[3]);
      out.push({ page: n, text, target: below?.text ?? '', targetPage });
    }
  }
  await doc.destroy();
  return out;
}

describe('PDF links from references to their units', () => {
  let pdf: Uint8Array;
  let docx: string;
  beforeAll(async () => {
    const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-links-');
    const t = await runCli(['build', 'mini', '--format', 'pdf,docx'], dir);
    expect(t.exitCode).toBe(0);
    pdf = readFileSync(join(dir, 'output', 'mini', 'mini.pdf'));
    const { unzipSync, strFromU8 } = await import('fflate');
    docx = strFromU8(unzipSync(readFileSync(join(dir, 'output', 'mini', 'mini.docx')))['word/document.xml']!);
  });

  it('links each number the DOCX makes a REF field of, to the line of its unit', async () => {
    const found = await links(pdf);
    const short = found.map((l) => [l.page, l.text, l.targetPage, l.target.slice(0, 28)]);
    expect(short).toEqual([
      // Pasal 3 ayat (2) and (3): "ayat (1)", "huruf b", "ayat (1) dan ayat (2)", "angka 2".
      [2, '(1)', 2, '(1)Puskesos dibentuk di seti'],
      [2, 'b', 2, 'b.identifikasi keluhan, ruju'],
      [2, '(1)', 2, '(1)Puskesos dibentuk di seti'],
      [2, '(2)', 2, '(2)Puskesossebagaimanadimaks'],
      [2, '2', 2, '2.rujukan kepada Perangkat D'],
      // Pasal 4: "Pasal 2, Pasal 3, dan Lampiran" (the Lampiran is not a unit of the batang tubuh).
      [2, 'Pasal 2', 2, 'Pasal 2'],
      [2, 'Pasal 3', 2, 'Pasal 3'],
      // In the Lampiran: its Peraturan's Pasal 2 huruf b.
      [4, 'Pasal 2', 2, 'Pasal 2'],
      [4, 'b', 2, 'b.identifikasi keluhan, ruju'],
    ]);
    expect(found).toHaveLength((docx.match(/<w:fldSimple w:instr="REF /g) ?? []).length);
  });
});
