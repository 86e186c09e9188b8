/**
 * Tables of the real SLRT documents as printed (review M1, M2): in the DOCX the grid comes from the
 * content (a narrow "No." column, the columns summing to the text width); in the PDF no word runs past
 * the right margin and no two words are printed over each other, on any page.
 */
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import type { BlokLampiran, Dokumen } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { ROOT } from '../helpers.js';
import { overlappingWords, pageWords, pastRightMargin } from './word-boxes.js';

const paths = findProject(ROOT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() };
const TWIPS_PER_MM = 1440 / 25.4;
const cm = (x: number) => Math.round(x * (1440 / 2.54));
/** Text width of F4 portrait / landscape between the margins (30 mm left, 20 mm right), in twips. */
const TEXT_WIDTH = { potret: cm(21.5) - cm(3) - cm(2), lanskap: cm(33) - cm(3) - cm(2) };

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

/** The tables of a document with the orientation of their pages. */
function tables(ir: Dokumen): { t: Tabel; orientation: 'potret' | 'lanskap' }[] {
  const lampiran = ir.jenis === 'buku-pedoman' ? [ir.isi] : 'lampiran' in ir ? ir.lampiran.map((l) => l.isi) : [];
  return lampiran.flatMap((blocks) => {
    let orientation: 'potret' | 'lanskap' = 'potret';
    return blocks.flatMap((b) => {
      if (b.kind === 'halaman-baru') orientation = b.orientasi;
      return b.kind === 'tabel' ? [{ t: b, orientation }] : [];
    });
  });
}

/** gridCol widths (twips) and w:tblInd of every table in document.xml. */
function docxGrids(docx: Uint8Array): { cols: number[]; indent: number }[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
    cols: [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1])),
    indent: Number(/<w:tblInd [^>]*w:w="(\d+)"/.exec(m[1]!)?.[1] ?? 0),
  }));
}

describe.each(['perbup-slrt', 'pedoman-slrt', 'kepbup-struktur-slrt'])('tables of %s', async (id) => {
  const loaded = loadDocument(paths, id, options);
  const ir = loaded.ir!;
  const rendered = await renderDocument(ir, paths, ['pdf', 'docx']);
  const pdf = rendered.files.get(join(paths.output, id, `${id}.pdf`))!;
  const docx = rendered.files.get(join(paths.output, id, `${id}.docx`))!;

  it('has no table too wide for its page (NSK350)', () => {
    expect(loaded.diagnostics.filter((d) => d.code === 'NSK350')).toEqual([]);
  });

  it('DOCX: the grid follows the content and spans the text width', () => {
    const grids = docxGrids(docx).filter((g) => g.cols.length > 1);
    const sized = tables(ir);
    expect(grids.length).toBe(sized.length);
    grids.forEach((g, i) => {
      const { t, orientation } = sized[i]!;
      expect(g.indent + g.cols.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(TEXT_WIDTH[orientation] - 2 * TWIPS_PER_MM);
      expect(g.indent + g.cols.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH[orientation] + 1);
      // The widths of the IR (from the content), not the equal columns of old.
      const mm = g.cols.map((w) => w / TWIPS_PER_MM);
      t.lebar!.forEach((w, k) => expect(Math.abs(mm[k]! - w)).toBeLessThan(0.2));
      if (g.cols.length > 2) expect(Math.max(...g.cols) / Math.min(...g.cols)).toBeGreaterThan(1.2);
      const head = (t.kepala[0] ?? []).map((cell) => cell.map((r) => r.text).join(''));
      const no = head.indexOf('No.');
      if (no >= 0) {
        // A "No." column is narrow (at most 15 mm; equal columns made it 41 mm) and narrower than every other.
        expect(g.cols[no]! / TWIPS_PER_MM).toBeLessThanOrEqual(15);
        g.cols.forEach((w, k) => k !== no && expect(w).toBeGreaterThan(g.cols[no]!));
      }
    });
  });

  it('PDF: no word past the right margin by more than 2 mm, no two words printed over each other', async () => {
    const pages = await pageWords(pdf);
    const past = pages.flatMap((p) => pastRightMargin(p, 20, 2)).map((w) => `p${w.page} "${w.text}" ${((w.right / 72) * 25.4).toFixed(1)} mm`);
    const over = pages.flatMap((p) => overlappingWords(p)).map(([a, b]) => `p${a.page} "${a.text}" × "${b.text}"`);
    expect(past).toEqual([]);
    expect(over).toEqual([]);
    // The 9-column Register Kasus (Format 3) is on a landscape page of its own, at 12 pt (review M1).
    if (id !== 'kepbup-struktur-slrt') {
      const register = pages.filter((p) => p.words.map((w) => w.text).join(' ').includes('Format 3 Register Kasus'));
      expect(register.map((p) => p.width > p.height)).toEqual([true]);
    }
  });
}, 120_000);
