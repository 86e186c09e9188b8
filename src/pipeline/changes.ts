/**
 * What changed between two revisions of a document, as files: redline.docx (Word tracked changes),
 * matriks.docx and matriks.pdf (matriks perubahan), perubahan.json (the change set) and
 * perubahan.html (side-by-side view). Used by `naskah diff` and by `naskah package`.
 */
import { join } from 'node:path';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { compare } from '../diff/compare.js';
import { changeSet } from '../diff/describe.js';
import type { ChangeSet } from '../diff/types.js';
import { listEntries } from '../diff/entries.js';
import type { Dokumen } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { renderChangesHtml } from '../render/html-diff/index.js';
import { buildMatriks, type Matriks } from '../render/matriks/model.js';
import { loadRevision } from './load-revision.js';
import { openRevision, type RevisionSource } from '../revision/open.js';
import { WORKING } from '../revision/types.js';
import { longDate } from '../resolve/daerah.js';
import { stepLine, type Progress } from '../util/progress.js';
import { releaseMemory } from '../util/release-memory.js';

/** The outcome of a comparison: files keyed by their name in the output folder, or diagnostics. */
export interface ChangeFiles {
  /** "1..working". */
  readonly folder: string;
  readonly files: Map<string, Uint8Array | string> | null;
  readonly diagnostics: Diagnostic[];
  readonly changeSet: ChangeSet | null;
  /** One-line summary for the terminal. */
  readonly summary: string;
  /** Milliseconds spent in the structural comparison itself. */
  readonly diffMs: number;
}

/** "revisi 1 — Draf awal tim efektif (11 Agustus 2025)". */
function describeRevision(s: RevisionSource): string {
  const date = longDate(s.date.slice(0, 10));
  return s.name === WORKING ? `sumber kerja (content/), ${date}` : `${s.description} — ${s.label} (${date})`;
}

/** The title of a document for headings: "RANCANGAN PERATURAN BUPATI PURWAKARTA TENTANG …". */
function documentTitle(ir: Dokumen): string {
  if (ir.jenis === 'buku-pedoman') return ir.sampul.judul.join(' ');
  return [...(ir.status === 'rancangan' ? ['RANCANGAN'] : []), ir.judul.baris[0] ?? '', ...ir.judul.baris.slice(2)].join(' ');
}

const failed = (folder: string, diagnostics: Diagnostic[]): ChangeFiles => ({ folder, files: null, diagnostics, changeSet: null, summary: '', diffMs: 0 });

/** Compares revisions `revA` and `revB` of document `id` and renders the five files. */
export async function buildChanges(paths: ProjectPaths, id: string, revA: string, revB: string, options: { strict: boolean; env: NodeJS.ProcessEnv; progress?: Progress | undefined }): Promise<ChangeFiles> {
  const progress = options.progress ?? (() => {});
  const opened: RevisionSource[] = [];
  const reported: Diagnostic[] = [];
  const folder = `${revA}..${revB}`;
  try {
    progress(stepLine(`Membuka revisi ${revA} dan ${revB === WORKING ? 'sumber kerja' : revB}`, 1, 4));
    for (const name of [revA, revB]) {
      const { source, diagnostics } = openRevision(paths, id, name, options.env);
      reported.push(...diagnostics);
      if (source) opened.push(source);
    }
    if (opened.length < 2) return failed(folder, reported);
    const [sa, sb] = opened as [RevisionSource, RevisionSource];
    const compared = await compareAndRender(sa, sb, id, options.strict, progress, reported);
    if (!compared) return failed(folder, reported);
    // The matriks PDF last, once the IRs, the comparison and the DOCX trees can be collected: Typst's
    // layout of a long matriks is the largest memory of a comparison (issue 11).
    const { matriks } = compared;
    releaseMemory();
    progress(stepLine(`Menyusun matriks perubahan (${matriks.rows.length} baris) dalam PDF`, 4, 4));
    const { renderMatriksPdf } = await import('../render/matriks/pdf.js');
    const pdf = renderMatriksPdf(matriks, { templatesDir: paths.templates, fontsDir: paths.fonts });
    reported.push(...pdf.diagnostics);
    if (!pdf.bytes) return failed(folder, reported);
    const files = new Map<string, Uint8Array | string>([
      ['redline.docx', compared.redline],
      ['matriks.docx', compared.matriksDocx],
      ['matriks.pdf', pdf.bytes],
      ['perubahan.json', compared.json],
      ['perubahan.html', compared.html],
    ]);
    const s = compared.changeSet.summary;
    const renumbered = compared.renumbered;
    const summary = `${id}: ${sa.description} → ${sb.description}: ${s.inserted} disisipkan, ${s.deleted} dihapus, ${s.modified} diubah, ${s.moved} dipindah, ${s.renumbered} hanya nomor; matriks ${matriks.rows.length} baris${renumbered > 0 ? ` + 1 baris penomoran (${renumbered} unsur)` : ''}, ${pdf.pages} halaman.`;
    return { folder: `${sa.name}..${sb.name}`, files, diagnostics: reported, changeSet: compared.changeSet, summary, diffMs: compared.diffMs };
  } finally {
    for (const s of opened) s.close();
  }
}

/** Everything of a comparison but the matriks PDF. */
interface Compared {
  readonly matriks: Matriks;
  readonly changeSet: ChangeSet;
  readonly redline: Uint8Array;
  readonly matriksDocx: Uint8Array;
  readonly json: string;
  readonly html: string;
  /** Units only renumbered (the one summary line of the matriks). */
  readonly renumbered: number;
  readonly diffMs: number;
}

/**
 * Loads both revisions, compares them and renders the redline, the matriks DOCX, the JSON and the HTML;
 * null (with `reported` filled) when they cannot be compared. Only the lint rules that can stop a
 * revision from loading run: the warnings of a revision's sources belong to `naskah check` and were
 * never shown by a comparison.
 */
async function compareAndRender(sa: RevisionSource, sb: RevisionSource, id: string, strict: boolean, progress: Progress, reported: Diagnostic[]): Promise<Compared | null> {
  const la = loadRevision(sa, id, { date: sb.date, strict, lint: 'errors' });
  const lb = loadRevision(sb, id, { date: sb.date, strict, lint: 'errors' });
  // Findings in sources that still load belong to `naskah check`; they do not stop a comparison.
  if (!la.ir || !lb.ir) {
    reported.push(...la.diagnostics, ...lb.diagnostics);
    return null;
  }
  if (la.ir.jenis !== lb.ir.jenis) {
    reported.push(diag('NSK611', { file: `content/${id}`, start: { line: 1, column: 1 }, message: `${sa.description} adalah ${la.ir.jenis}, sedangkan ${sb.description} adalah ${lb.ir.jenis}.`, hint: 'Bandingkan dua revisi dokumen yang sama jenisnya.' }));
    return null;
  }
  progress(stepLine(`Membandingkan ${sa.description} dengan ${sb.description}`, 2, 4));
  const started = performance.now();
  const comparison = compare(la.ir, lb.ir);
  const cs = changeSet(comparison, id, { revision: sa.name, label: sa.label, date: sa.date }, { revision: sb.name, label: sb.label, date: sb.date });
  const entries = listEntries(comparison);
  const diffMs = performance.now() - started;
  const page = { judul: documentTitle(lb.ir), semula: describeRevision(sa), perubahan: describeRevision(sb) };
  const matriks = buildMatriks(entries, lb.ir, page.semula, page.perubahan, sb.date);
  // Renderers are imported lazily: the rest of the CLI never pays for docx or Typst.
  const { renderMatriksDocx } = await import('../render/matriks/docx.js');
  const { renderRedline } = await import('../render/redline/index.js');
  progress(stepLine('Menyusun redline dan matriks dalam DOCX', 3, 4));
  const redline = await renderRedline(comparison, la.ir, lb.ir, { root: { a: sa.paths.root, b: sb.paths.root }, author: `naskah (${sb.name === WORKING ? 'sumber kerja' : `${sb.description}: ${sb.label}`})`, date: sb.date });
  return {
    matriks, changeSet: cs, redline,
    matriksDocx: await renderMatriksDocx(matriks),
    json: `${JSON.stringify(cs, null, 2)}\n`,
    html: renderChangesHtml(entries, cs, page),
    renumbered: entries.filter((e) => e.status === 'renumbered').length,
    diffMs,
  };
}

/** Output folder of a comparison. */
export function changesDir(paths: ProjectPaths, id: string, folder: string): string {
  return join(paths.output, id, 'perubahan', folder);
}
