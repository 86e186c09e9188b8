/**
 * The warm path (issue 11 point 2): a Session keeps loaded documents and rendered PDFs; it loads a
 * document again only when a file it drew on changed, and a warm rebuild after an edit gives the
 * same PDF bytes as a cold render of the edited source.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { Session } from '../../src/pipeline/session.js';
import { FIXTURES } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const DATE = '2026-01-01T00:00:00Z';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-session-'));
  made.push(dir);
  cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
  return dir;
}

describe('Session', () => {
  it('reloads only the documents whose files changed, and a warm rebuild equals a cold render', async () => {
    const dir = project();
    const paths = findProject(dir)!;
    const session = new Session(paths, { date: DATE, strict: false });
    const ids = ['mini', 'mini-pedoman'];
    const first = session.check(ids, true);
    expect(first.loaded.every((l) => l.ir !== null)).toBe(true);
    expect(new Set(session.last.reloaded)).toEqual(new Set(ids));

    const again = session.check(ids, true);
    expect(session.last.reloaded).toEqual([]);
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.loaded[0]!.ir).toBe(first.loaded[0]!.ir);

    // The book draws on its Peraturan: an edit of the Perbup reloads both.
    const naskah = join(dir, 'content', 'mini', 'naskah.yaml');
    writeFileSync(naskah, readFileSync(naskah, 'utf8').replace('SLRT mempunyai fungsi', 'SLRT mempunyai tugas dan fungsi'));
    const built = await session.rebuild(ids, ['pdf'], [naskah]);
    expect(new Set(session.last.reloaded)).toEqual(new Set(ids));
    const cold = loadDocument(paths, 'mini', { date: DATE, strict: false });
    const coldPdf = await renderDocument(cold.ir!, paths, ['pdf']);
    const pdfPath = join(paths.output, 'mini', 'mini.pdf');
    expect(Buffer.from(built.rendered.get('mini')!.files.get(pdfPath)!).equals(Buffer.from(coldPdf.files.get(pdfPath)!))).toBe(true);

    // An unchanged source renders nothing again; a change to a chapter of the book alone leaves the Perbup's IR.
    await session.rebuild(ids, ['pdf']);
    expect(session.last.rerendered).toEqual([]);
    const bab = join(dir, 'content', 'mini-pedoman', 'bab-2.md');
    writeFileSync(bab, readFileSync(bab, 'utf8').replace('## Alur Layanan', '## Alur Layanan Terpadu'));
    const mini = session.check(ids, true).loaded[0]!.ir;
    expect(session.last.reloaded).toContain('mini-pedoman');
    // The Perbup takes its Lampiran from the same Pedoman, so it is reloaded too.
    expect(session.last.reloaded).toContain('mini');
    expect(mini).not.toBe(first.loaded[0]!.ir);
  }, 120_000);

  it('renders the pages as SVG on request, keeps them while nothing changed, and drops everything after a template change', async () => {
    const paths = findProject(project())!;
    const session = new Session(paths, { date: DATE, strict: false });
    const a = (await session.rebuild(['mini'], ['pdf'], [], { svg: true })).rendered.get('mini')!;
    expect(a.svg).toMatch(/^<svg[^>]*class="typst-doc"/);
    expect(a.files.size).toBe(0);
    const b = (await session.rebuild(['mini'], ['pdf'], [], { svg: true })).rendered.get('mini')!;
    expect(b).toBe(a);
    expect(session.last.rerendered).toEqual([]);
    // The PDF is another rendering of the same IR, not the kept SVG.
    const pdf = (await session.rebuild(['mini'], ['pdf'])).rendered.get('mini')!;
    expect(pdf.svg).toBeUndefined();
    expect(pdf.files.size).toBe(1);
    // A file outside content/ (a Handlebars formula, a Typst layout) may change every IR and page.
    await session.rebuild(['mini'], ['pdf'], [], { svg: true });
    const c = (await session.rebuild(['mini'], ['pdf'], [join(paths.templates, 'typst', 'naskah', 'base.typ')], { svg: true })).rendered.get('mini')!;
    expect(session.last.reloaded).toEqual(['mini']);
    expect(session.last.rerendered).toEqual(['mini']);
    expect(c.svg).toBe(a.svg);
  }, 120_000);
});
