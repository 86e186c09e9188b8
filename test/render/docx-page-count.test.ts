/**
 * DOCX/PDF parity (review m22): laid out by LibreOffice with TeX Gyre Bonum in place of Bookman Old
 * Style, each real document's DOCX has a page count within 5 % of its PDF's. Runs only where soffice is
 * installed (.ci/run installs libreoffice-writer-nogui).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { findProject } from '../../src/load/project.js';
import { ROOT } from '../helpers.js';
import { hasSoffice, libreOfficePageCounts, pdfPageCount } from '../libreoffice.js';

const IDS = ['perbup-slrt', 'pedoman-slrt', 'kepbup-struktur-slrt'] as const;
const paths = findProject(ROOT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() };

describe.skipIf(!hasSoffice())('DOCX page count against the PDF (LibreOffice, TeX Gyre Bonum)', () => {
  it('stays within 5 % for the Perbup, the Pedoman and the Kepbup', async () => {
    const docx = new Map<string, Uint8Array>();
    const pdf = new Map<string, number>();
    for (const id of IDS) {
      const loaded = loadDocument(paths, id, options);
      const rendered = await renderDocument(loaded.ir!, paths, ['docx', 'pdf']);
      const base = join(paths.output, id, id);
      docx.set(id, rendered.files.get(`${base}.docx`)!);
      pdf.set(id, await pdfPageCount(rendered.files.get(`${base}.pdf`)!));
    }
    const lo = await libreOfficePageCounts(docx, join(ROOT, 'templates', 'fonts'));
    const rows = IDS.map((id) => ({ id, pdf: pdf.get(id)!, docx: lo.get(id)! }));
    console.log(rows.map((r) => `${r.id}: DOCX ${r.docx} hlm, PDF ${r.pdf} hlm`).join('\n'));
    for (const r of rows) {
      expect(Math.abs(r.docx - r.pdf) / r.pdf, `${r.id}: DOCX ${r.docx} vs PDF ${r.pdf}`).toBeLessThanOrEqual(0.05);
    }
  }, 600_000);
});
