/**
 * Golden files of the real SLRT documents: the Perbup read as text from its IR, and the text of its PDF.
 * A change here is a change in what Bagian Hukum receives: review the diff before accepting it
 * (UPDATE_GOLDEN=1 npm test).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import type { Naskah } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { expectGolden, ROOT } from '../helpers.js';
import { irLines } from '../ir-text.js';
import { pdfPages } from '../pdf-text.js';

const paths = findProject(ROOT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() };
const golden = (name: string) => join(import.meta.dirname, name);

describe('the real Rancangan Perbup SLRT', async () => {
  const loaded = loadDocument(paths, 'perbup-slrt', options);
  const ir = loaded.ir as Naskah;

  it('loads without errors', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('reads as the reviewed text (IR)', () => {
    expectGolden(`${irLines(ir).join('\n')}\n`, golden('perbup-slrt.ir.txt'));
  });
  it('prints as the reviewed text (PDF, every page, page numbers and catchwords included)', async () => {
    const rendered = await renderDocument(ir, paths, ['pdf']);
    const pages = await pdfPages(rendered.files.get(join(paths.output, 'perbup-slrt', 'perbup-slrt.pdf'))!);
    expectGolden(pages.map((lines, i) => `=== halaman ${i + 1}\n${lines.join('\n')}`).join('\n') + '\n', golden('perbup-slrt.pdf.txt'));
  }, 60_000);
});
