/**
 * Cold CLI build of DOCX + PDF against pandoc (md → docx) + LibreOffice (docx → pdf) on the same
 * content (issue 8): runs alternate between the two routes, the order flipping every round so drift
 * on a shared machine falls on both, and the ratio naskah / (pandoc + LibreOffice) is taken pair by
 * pair; the report gives medians. Warm-up rounds are run and discarded.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pagesFromReport, naskah, summarizeError } from './naskah-cli.js';
import { countPdfPages, libreOfficeToPdf, pandocToDocx } from './comparison.js';
import { summarize, type Run, type Summary } from './measure.js';

/** What one paired item builds: documents `ids` of the project at `root`, and their Markdown equivalents. */
export interface BuildItem {
  readonly name: string;
  readonly root: string;
  readonly ids: readonly string[];
  /** Absolute paths of the Markdown files, one per id, same order. */
  readonly markdown: readonly string[];
}

/** Settings of the external route; null when pandoc or LibreOffice is missing. */
export interface ExternalRoute {
  readonly referenceDocx: string;
  readonly profileDir: string;
  readonly outDir: string;
}

/** Wall, peak RSS and CPU of one route. */
export interface RouteMeasurement {
  readonly wallMs: Summary | null;
  readonly rssMiB: Summary | null;
  readonly cpuMs: Summary | null;
}

/** The result of one paired item. */
export interface BuildResult {
  readonly nama: string;
  readonly ids: readonly string[];
  /** Documents naskah made no PDF of (only DOCX on both routes then). */
  readonly tanpaPdf: readonly string[];
  readonly galat: string | null;
  readonly naskah: RouteMeasurement & { readonly halaman: number | null; readonly docxBytes: number; readonly pdfBytes: number };
  readonly pembanding: null | {
    readonly pandoc: RouteMeasurement;
    readonly libreoffice: RouteMeasurement;
    readonly total: RouteMeasurement;
    readonly halaman: number | null;
    readonly docxBytes: number;
    readonly pdfBytes: number;
  };
  /** naskah / (pandoc + LibreOffice), median of the per-pair ratios. */
  readonly rasio: Summary | null;
}

function summarizeRoute(runs: readonly { wallMs: number; rssMiB: number | null; cpuMs: number | null }[]): RouteMeasurement {
  return { wallMs: summarize(runs.map((r) => r.wallMs)), rssMiB: summarize(runs.map((r) => r.rssMiB)), cpuMs: summarize(runs.map((r) => r.cpuMs)) };
}

function size(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * One run of the external route: pandoc per document, then one LibreOffice process for the DOCX of
 * the documents naskah also made a PDF of (`pdfIds`), so both routes produce the same files.
 */
function runExternal(item: BuildItem, external: ExternalRoute, pdfIds: ReadonlySet<string>): { pandoc: Run; lo: Run | null } | { galat: string } {
  const forPdf: string[] = [];
  let wallMs = 0;
  let cpuMs: number | null = 0;
  let rssMiB: number | null = 0;
  let last: Run | null = null;
  item.markdown.forEach((md, i) => {
    if (last !== null && last.exitCode !== 0) return;
    const out = join(external.outDir, `${basename(md, '.md')}.docx`);
    const r = pandocToDocx(md, out, external.referenceDocx, external.outDir);
    last = r;
    wallMs += r.wallMs;
    cpuMs = cpuMs === null || r.cpuMs === null ? null : cpuMs + r.cpuMs;
    rssMiB = rssMiB === null || r.rssMiB === null ? null : Math.max(rssMiB, r.rssMiB);
    if (pdfIds.has(item.ids[i]!)) forPdf.push(out);
  });
  const done = last as Run | null;
  if (!done) return { galat: 'tidak ada Markdown' };
  if (done.exitCode !== 0) return { galat: `pandoc: ${summarizeError(done)}` };
  const lo = forPdf.length > 0 ? libreOfficeToPdf(forPdf, join(external.outDir, 'pdf'), external.profileDir, external.outDir) : null;
  if (lo && lo.exitCode !== 0) return { galat: `LibreOffice: ${summarizeError(lo)}` };
  return { pandoc: { ...done, wallMs, cpuMs, rssMiB }, lo };
}

/** Measures one item: `warmup` discarded rounds, then `runs` counted rounds. */
export function measureBuild(item: BuildItem, options: { runs: number; warmup: number; external: ExternalRoute | null; budgetMs?: number }): BuildResult {
  const started = performance.now();
  const naskahRuns: Run[] = [];
  const pandocRuns: Run[] = [];
  const loRuns: Run[] = [];
  const ratios: number[] = [];
  let error: string | null = null;
  let naskahStderr = '';
  let externalError: string | null = null;
  const outputs = item.ids.map((id) => join(item.root, 'output', id, id));
  // Stale files of an earlier bench would pass for this run's outputs.
  for (const id of item.ids) rmSync(join(item.root, 'output', id), { recursive: true, force: true });
  if (options.external) {
    rmSync(options.external.outDir, { recursive: true, force: true });
    mkdirSync(options.external.outDir, { recursive: true });
  }
  // Documents naskah made a PDF of, known after its first run (round 0 runs naskah first).
  let pdfIds: ReadonlySet<string> = new Set();
  let enough = false;
  for (let round = 0; round < options.warmup + options.runs && error === null && !enough; round++) {
    const counted = round >= options.warmup;
    let a: Run | null = null;
    let b: ReturnType<typeof runExternal> | null = null;
    const runA = (): void => {
      a = naskah(['build', ...item.ids], item.root);
      if (round === 0) pdfIds = new Set(item.ids.filter((_, i) => existsSync(`${outputs[i]}.pdf`)));
    };
    const runB = (): void => {
      if (options.external && externalError === null) b = runExternal(item, options.external, pdfIds);
    };
    if (round % 2 === 0) { runA(); runB(); } else { runB(); runA(); }
    const ra = a as Run | null;
    if (!ra || ra.exitCode !== 0) {
      error = `naskah build keluar dengan kode ${ra?.exitCode ?? '?'}: ${ra ? summarizeError(ra) : ''}`;
      break;
    }
    naskahStderr = ra.stderr;
    const rb = b as ReturnType<typeof runExternal> | null;
    if (rb && 'galat' in rb) externalError = rb.galat;
    if (!counted) continue;
    naskahRuns.push(ra);
    // Quick mode: past its time budget an item stops after two counted rounds.
    if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs && naskahRuns.length >= 2) enough = true;
    if (rb && !('galat' in rb)) {
      pandocRuns.push(rb.pandoc);
      if (rb.lo) loRuns.push(rb.lo);
      ratios.push(ra.wallMs / (rb.pandoc.wallMs + (rb.lo?.wallMs ?? 0)));
    }
  }
  const naskahResult = {
    ...summarizeRoute(naskahRuns),
    halaman: pagesFromReport(naskahStderr),
    docxBytes: outputs.reduce((s, p) => s + size(`${p}.docx`), 0),
    pdfBytes: outputs.reduce((s, p) => s + size(`${p}.pdf`), 0),
  };
  let comparison: BuildResult['pembanding'] = null;
  if (options.external && pandocRuns.length > 0) {
    const names = item.markdown.map((md) => basename(md, '.md'));
    const pdfs = names.filter((_, i) => pdfIds.has(item.ids[i]!)).map((n) => join(options.external!.outDir, 'pdf', `${n}.pdf`));
    const pages = pdfs.map((p) => (existsSync(p) ? countPdfPages(readFileSync(p)) : null));
    comparison = {
      pandoc: summarizeRoute(pandocRuns),
      libreoffice: summarizeRoute(loRuns),
      total: summarizeRoute(pandocRuns.map((p, i) => {
        const lo = loRuns[i];
        if (!lo) return p;
        return { wallMs: p.wallMs + lo.wallMs, rssMiB: p.rssMiB === null || lo.rssMiB === null ? null : Math.max(p.rssMiB, lo.rssMiB), cpuMs: p.cpuMs === null || lo.cpuMs === null ? null : p.cpuMs + lo.cpuMs };
      })),
      halaman: pages.length > 0 && pages.every((p) => p !== null) ? pages.reduce((s, p) => s! + p!, 0) : null,
      docxBytes: names.reduce((s, n) => s + size(join(options.external!.outDir, `${n}.docx`)), 0),
      pdfBytes: pdfs.reduce((s, p) => s + size(p), 0),
    };
  }
  return { nama: item.name, ids: item.ids, tanpaPdf: naskahRuns.length > 0 ? item.ids.filter((id) => !pdfIds.has(id)) : [], galat: error ?? (externalError ? `pembanding gagal: ${externalError}` : null), naskah: naskahResult, pembanding: comparison, rasio: summarize(ratios) };
}
