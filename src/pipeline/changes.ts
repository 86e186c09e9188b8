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
import { buildMatriks } from '../render/matriks/model.js';
import { loadRevision } from './load-revision.js';
import { openRevision, type RevisionSource } from '../revision/open.js';
import { WORKING } from '../revision/types.js';
import { longDate } from '../resolve/daerah.js';
import { stepLine, type Progress } from '../util/progress.js';

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
    const la = loadRevision(sa, id, { date: sb.date, strict: options.strict });
    const lb = loadRevision(sb, id, { date: sb.date, strict: options.strict });
    // Findings in sources that still load belong to `naskah check`; they do not stop a comparison.
    if (!la.ir || !lb.ir) return failed(folder, [...reported, ...la.diagnostics, ...lb.diagnostics]);
    if (la.ir.jenis !== lb.ir.jenis) {
      reported.push(diag('NSK611', { file: `content/${id}`, start: { line: 1, column: 1 }, message: `${sa.description} adalah ${la.ir.jenis}, sedangkan ${sb.description} adalah ${lb.ir.jenis}.`, hint: 'Bandingkan dua revisi dokumen yang sama jenisnya.' }));
      return failed(folder, reported);
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
    const { renderMatriksPdf } = await import('../render/matriks/pdf.js');
    const { renderMatriksDocx } = await import('../render/matriks/docx.js');
    const { renderRedline } = await import('../render/redline/index.js');
    progress(stepLine(`Menyusun matriks perubahan (${matriks.rows.length} baris) dalam PDF`, 3, 4));
    const pdf = renderMatriksPdf(matriks, { templatesDir: paths.templates, fontsDir: paths.fonts });
    reported.push(...pdf.diagnostics);
    progress(stepLine('Menyusun redline dan matriks dalam DOCX', 4, 4));
    const redline = await renderRedline(comparison, la.ir, lb.ir, { root: { a: sa.paths.root, b: sb.paths.root }, author: `naskah (${sb.name === WORKING ? 'sumber kerja' : `${sb.description}: ${sb.label}`})`, date: sb.date });
    if (!pdf.bytes) return failed(folder, reported);
    const files = new Map<string, Uint8Array | string>([
      ['redline.docx', redline],
      ['matriks.docx', await renderMatriksDocx(matriks)],
      ['matriks.pdf', pdf.bytes],
      ['perubahan.json', `${JSON.stringify(cs, null, 2)}\n`],
      ['perubahan.html', renderChangesHtml(entries, cs, page)],
    ]);
    const s = cs.summary;
    const renumbered = entries.filter((e) => e.status === 'renumbered').length;
    const summary = `${id}: ${sa.description} → ${sb.description}: ${s.inserted} disisipkan, ${s.deleted} dihapus, ${s.modified} diubah, ${s.moved} dipindah, ${s.renumbered} hanya nomor; matriks ${matriks.rows.length} baris${renumbered > 0 ? ` + 1 baris penomoran (${renumbered} unsur)` : ''}, ${pdf.pages} halaman.`;
    return { folder: `${sa.name}..${sb.name}`, files, diagnostics: reported, changeSet: cs, summary, diffMs };
  } finally {
    for (const s of opened) s.close();
  }
}

/** Output folder of a comparison. */
export function changesDir(paths: ProjectPaths, id: string, folder: string): string {
  return join(paths.output, id, 'perubahan', folder);
}
