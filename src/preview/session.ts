/**
 * The preview's view of one document: the last good pages (SVG), the current diagnostics and outline.
 * A rebuild goes through the project's one warm `Session` (src/pipeline/session.ts), shared by every
 * document of the preview: unchanged documents keep their IR and pages, the catchword split sets are
 * kept, and only what a save touched is loaded and laid out again, in memory — nothing is written
 * into content/ or output/. A broken source keeps the last good pages, marked stale, beside the
 * diagnostics that say why. Lint runs after the pages of a source that resolves (finishLint): they
 * are shown first, its findings follow, and a lint error then marks those pages stale.
 */
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen } from '../ir/types.js';
import type { Rendered } from '../pipeline/render-document.js';
import type { ScreenPart } from '../pipeline/render-document.js';
import { cpuSince, type Session, type Timing } from '../pipeline/session.js';
import { entryFor, outlineOf, type OutlineEntry } from './outline.js';
import { IncrementalPages } from './incremental.js';
import { joinSvgs, PartedPages } from './parted.js';
import { splitSvg, type SplitSvg } from './pages.js';

/** A diagnostic as the page shows it, with the outline entry it falls in. */
export interface ShownDiagnostic extends Diagnostic {
  readonly unit: string | null;
}

/** What one rebuild of a view produced: findings, the IR (for the outline; null for a letter or on errors), the pages. */
export interface Built {
  readonly diagnostics: readonly Diagnostic[];
  readonly ir: Dokumen | null;
  /** undefined while errors stop the pages; the same object while nothing changed. */
  readonly rendered: Rendered | undefined;
  /**
   * When the pages were laid out before lint ran: runs it and returns the complete findings and the
   * IR the full check gives (null when a lint error holds the document back, as `naskah build` would).
   */
  readonly lint?: () => { readonly diagnostics: readonly Diagnostic[]; readonly ir: Dokumen | null };
}

/**
 * Where a view's pages come from: a document of content/ through the warm Session, or another source
 * (the package's surat). `want.svg`: the whole SVG is needed (the first pages of a view); otherwise
 * a source may return only the vector artifact, for incremental.ts.
 */
export interface PageSource {
  build(changed: readonly string[], want: { readonly svg: boolean; readonly parts: boolean }): Promise<Built>;
}

/**
 * A document of content/, checked and laid out through the project's warm Session: the vector
 * artifact, and the whole SVG when asked for. Lint findings never change the pages, so an IR that
 * loads and resolves without errors is laid out first and linted afterwards (issue 12: the page
 * shows without waiting for lint); a source with errors is checked in full at once, as before.
 */
export function documentSource(warm: Session, id: string): PageSource {
  return {
    async build(changed, want) {
      const quick = await warm.rebuild([id], ['pdf'], changed, { svg: want.svg, vector: true, parts: want.parts, lint: 'none' });
      const ir = quick.checked.loaded[0]?.ir ?? null;
      if (ir && !hasErrors(quick.checked.diagnostics)) {
        const lint = () => {
          const checked = warm.check([id], false);
          return { diagnostics: checked.diagnostics, ir: checked.loaded[0]?.ir ?? null };
        };
        return { diagnostics: quick.checked.diagnostics, ir, rendered: quick.rendered.get(id), lint };
      }
      const { checked, rendered } = await warm.rebuild([id], ['pdf'], [], { svg: want.svg, vector: true, parts: want.parts });
      return { diagnostics: checked.diagnostics, ir: checked.loaded[0]?.ir ?? null, rendered: rendered.get(id) };
    },
  };
}

/** NSK504: the preview could not be rebuilt for a reason that is not in the sources. */
function failed(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return diag('NSK504', { file: 'content', start: { line: 1, column: 1 }, message: `Pratinjau tidak dapat disusun ulang: ${message}`, hint: 'Simpan lagi berkasnya; bila tetap gagal, jalankan `naskah check` dan `naskah build` untuk dokumen ini dan laporkan pesannya.' });
}

/** The Session's last timing and the time spent making the pages, rounded to milliseconds. */
function timingOf(t: Session['last'], pagesMs: number, pagesCpuMs: number): DocumentState['timing'] {
  return { checkMs: Math.round(t.checkMs), renderMs: Math.round(t.renderMs), checkCpuMs: Math.round(t.checkCpuMs), renderCpuMs: Math.round(t.renderCpuMs), pagesMs: Math.round(pagesMs), pagesCpuMs: Math.round(pagesCpuMs), lintMs: 0, lintCpuMs: 0 };
}

/** What the page needs to draw one document. */
export interface DocumentState {
  readonly id: string;
  /** Increases with every rebuild that produced new pages. */
  readonly pagesVersion: number;
  /** Increases with every rebuild. */
  readonly version: number;
  /** True when the shown pages come from the current sources. */
  readonly fresh: boolean;
  /** True while lint of the current sources still runs: `diagnostics` are the previous findings. */
  readonly checking: boolean;
  readonly pages: number;
  readonly diagnostics: readonly ShownDiagnostic[];
  readonly outline: readonly OutlineEntry[];
  /** Milliseconds the last rebuild took (load + render). */
  readonly buildMs: number;
  /**
   * Of it, the warm Session's check and render (Typst layout and its vector artifact or SVG), then the
   * pages made from it (incremental.ts or the split of the whole SVG), then the lint run after the
   * pages (finishLint; 0 while it has not run), wall and CPU milliseconds (for the bench).
   */
  readonly timing: Pick<Timing, 'checkMs' | 'renderMs' | 'checkCpuMs' | 'renderCpuMs'> & { readonly pagesMs: number; readonly pagesCpuMs: number; readonly lintMs: number; readonly lintCpuMs: number };
  /** When the last rebuild finished (epoch ms; for measuring save → page, never written anywhere). */
  readonly builtAt: number;
  /** Hash of the glyph definitions and the content hash of each page, in order (the browser fetches what changed). */
  readonly headHash: string;
  readonly pageIds: readonly string[];
}

/** One document's preview: rebuild it, read its state and pages. */
export class PreviewSession {
  private svg: SplitSvg = { head: '', headHash: '', pages: [] };
  private byTid = new Map<string, string>();
  private state: DocumentState;
  /** The render the current pages were cut from (the warm Session returns the same object while unchanged). */
  private shown: Rendered | null = null;
  /** Pages kept up to date from Typst's vector artifact (documents of content/). */
  private incremental = new IncrementalPages();
  /** The same, part by part, for a document laid out in parts (a Peraturan with Lampiran, parted.ts). */
  private parted = new PartedPages();
  /** False once typst.ts's renderer failed to start: the pages then always come from the whole SVG. */
  private renderer = true;
  /** Lint left for after the pages of the last rebuild, with the render's findings (finishLint). */
  private lintLater: { readonly lint: NonNullable<Built['lint']>; readonly rendered: readonly Diagnostic[] } | null = null;

  constructor(
    private readonly warm: Session,
    readonly id: string,
    private readonly source: PageSource = documentSource(warm, id),
  ) {
    this.state = { id, pagesVersion: 0, version: 0, fresh: false, checking: false, pages: 0, diagnostics: [], outline: [], buildMs: 0, timing: { checkMs: 0, renderMs: 0, checkCpuMs: 0, renderCpuMs: 0, pagesMs: 0, pagesCpuMs: 0, lintMs: 0, lintCpuMs: 0 }, builtAt: 0, headHash: '', pageIds: [] };
  }

  get current(): DocumentState {
    return this.state;
  }

  /** The glyph definitions of the last good pages, as a hidden `<svg>` ('' before the first good build). */
  get head(): string {
    return this.svg.head;
  }

  /** One page of the last good build by its content hash, or undefined when no current page has it. */
  page(tid: string): string | undefined {
    return this.byTid.get(tid);
  }

  /**
   * Checks and renders the document again through the warm Session (`changed`: files known to have
   * changed since the last rebuild). Never throws for user mistakes.
   */
  async rebuild(changed: readonly string[] = []): Promise<DocumentState> {
    const started = performance.now();
    let built: Built;
    try {
      built = await this.source.build(changed, { svg: !this.incremental.started && !this.parted.started, parts: this.renderer });
    } catch (error) {
      // Never a user's mistake (those are diagnostics with positions): the server keeps running, the
      // last good pages stay, the next save tries again.
      built = { ir: null, rendered: undefined, diagnostics: [failed(error)] };
    }
    const { diagnostics: found, ir, rendered: result } = built;
    let diagnostics: Diagnostic[] = [...found];
    const outline = ir ? outlineOf(ir) : this.state.outline;
    let fresh = false;
    let pagesVersion = this.state.pagesVersion;
    let pages = this.state.pages;
    const pagesStarted = performance.now();
    const pagesCpu = process.cpuUsage();
    let pagesMs = 0;
    let pagesCpuMs = 0;
    if (result) {
      diagnostics = [...diagnostics, ...result.diagnostics];
      if ((result.svg !== undefined || result.vector !== undefined || result.parts !== undefined) && !hasErrors(result.diagnostics)) {
        let made: SplitSvg | null = null;
        try {
          made = result === this.shown ? null : await this.pagesOf(result);
        } catch (error) {
          // The renderer failed (never the user's doing): keep the last good pages, start it over next time.
          this.incremental = new IncrementalPages();
          this.parted = new PartedPages();
          diagnostics.push(failed(error));
        }
        if (made) {
          this.svg = made;
          pagesMs = performance.now() - pagesStarted;
          pagesCpuMs = cpuSince(pagesCpu);
          this.byTid = new Map(this.svg.pages.map((p) => [p.tid, p.svg]));
          this.shown = result;
          pagesVersion += 1;
        }
        if (made || result === this.shown) {
          pages = result.pages ?? 0;
          fresh = true;
        }
      }
    }
    this.lintLater = built.lint ? { lint: built.lint, rendered: diagnostics.slice(found.length) } : null;
    // While lint runs the panel keeps the previous findings, marked as being checked again — unless the
    // previous sources did not load: their errors are gone now, so the new load's findings are shown.
    const checking = this.lintLater !== null;
    const shown = checking && this.state.fresh ? this.state.diagnostics : diagnostics.map((d) => ({ ...d, unit: entryFor(d, outline)?.id ?? null }));
    this.state = { id: this.id, pagesVersion, version: this.state.version + 1, fresh, checking, pages, diagnostics: shown, outline, buildMs: Math.round(performance.now() - started), timing: timingOf(this.warm.last, pagesMs, pagesCpuMs), builtAt: Date.now(), headHash: this.svg.headHash, pageIds: this.svg.pages.map((p) => p.tid) };
    return this.state;
  }

  /**
   * Runs the lint the last rebuild left for after its pages: the findings become those of the full
   * check (and the render's), and a lint error marks the pages stale, as when it stopped them before.
   * False when nothing was left to do.
   */
  finishLint(): boolean {
    const later = this.lintLater;
    if (!later) return false;
    this.lintLater = null;
    let found: readonly Diagnostic[];
    let ir: Dokumen | null;
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      ({ diagnostics: found, ir } = later.lint());
    } catch (error) {
      found = [failed(error)];
      ir = null;
    }
    const fresh = this.state.fresh && ir !== null;
    const diagnostics = ir ? [...found, ...later.rendered] : [...found];
    const outline = ir ? outlineOf(ir) : this.state.outline;
    const shown = diagnostics.map((d) => ({ ...d, unit: entryFor(d, outline)?.id ?? null }));
    const timing = { ...this.state.timing, lintMs: Math.round(performance.now() - started), lintCpuMs: Math.round(cpuSince(cpu)) };
    this.state = { ...this.state, version: this.state.version + 1, fresh, checking: false, diagnostics: shown, outline, timing };
    return true;
  }

  /** The pages of a render: from the vector artifact when the view has pages to patch, else from the whole SVG. */
  private async pagesOf(result: Rendered): Promise<SplitSvg> {
    if (result.parts !== undefined) return this.partedPages(result.parts);
    if (result.vector !== undefined && this.incremental.started) return this.incremental.update(result.vector);
    // Laid out in parts until this save (its last Lampiran taken out): the whole document's pages from its
    // vector alone, with the style sheet of a part's export.
    const part = this.parted.someStarted;
    if (result.vector !== undefined && part !== null) {
      const pages = await this.incremental.startLike(part, result.vector);
      this.parted = new PartedPages();
      return pages;
    }
    if (result.vector !== undefined && result.svg !== undefined && this.renderer) {
      try {
        return await this.incremental.start(result.svg, result.vector);
      } catch {
        // typst.ts's renderer cannot run here (its WebAssembly missing or refused): every save exports the whole SVG.
        this.renderer = false;
      }
    }
    return splitSvg(result.svg ?? '');
  }

  /** The pages of a layout in parts: from the parts' vector artifacts, or their whole SVG when the renderer cannot run. */
  private async partedPages(parts: readonly ScreenPart[]): Promise<SplitSvg> {
    try {
      // Laid out whole until this save (a Lampiran added): new parts borrow the whole export's style sheet.
      const pages = await this.parted.update(parts, this.incremental.started ? this.incremental : null);
      this.incremental = new IncrementalPages();
      return pages;
    } catch (error) {
      if (this.parted.started || !parts.every((p) => p.svg !== undefined)) throw error;
      // typst.ts's renderer cannot run here: the next saves lay the document out whole, as one SVG.
      this.renderer = false;
      return joinSvgs(parts);
    }
  }
}
