/**
 * The preview's pages after a save without a full SVG export (issue 12): Typst's vector artifact of
 * the new layout goes into typst.ts's renderer (WebAssembly, `@myriaddreamin/typst-ts-renderer`),
 * which compares it with what it drew last time and writes only the pages that changed, as a diff;
 * svg-patch.ts completes those pages from the previous ones. The pages come out exactly as Typst's own
 * SVG export writes them (test/preview/incremental.test.ts), at a fraction of its cost: the vector
 * artifact is cheaper to make than the whole SVG, and unchanged pages are never written again.
 *
 * The first render of a document takes the full SVG export (for the export's style sheet, which the
 * renderer does not write) and primes the renderer with the same layout. Any page the diff cannot be
 * resolved against starts the renderer over from the vector alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cutPages, framePage, headSvg, tidOf, uniqueTids, type SplitSvg, type SvgPage } from './pages.js';
import { parseFragment, patchPage, PatchError, REUSE, write, type Element } from './svg-patch.js';

type RendererModule = typeof import('@myriaddreamin/typst-ts-renderer');
type Renderer = InstanceType<RendererModule['TypstRenderer']>;
type RenderSession = ReturnType<Renderer['create_session']>;

let loading: Promise<RendererModule> | null = null;

/** The renderer's module, instantiated once per process from its WebAssembly file. */
function rendererModule(): Promise<RendererModule> {
  loading ??= (async () => {
    const mod = await import('@myriaddreamin/typst-ts-renderer');
    mod.initSync({ module: readFileSync(createRequire(import.meta.url).resolve('@myriaddreamin/typst-ts-renderer/wasm')) });
    return mod;
  })();
  return loading;
}

/** Whole document, in points: the diff covers every page. */
const EVERYTHING = 1e9;
/** Diffs made in one renderer session before it starts over (a bound on what the session keeps between diffs). */
const DIFFS_PER_SESSION = 64;

/** One document's pages, kept up to date from vector artifacts. */
export class IncrementalPages {
  private renderer: Renderer | null = null;
  private session: RenderSession | null = null;
  private diffs = 0;
  /** The style sheet of Typst's SVG export (never in a diff). */
  private style = '';
  /** Glyph outlines and clip paths by id, in the order first seen (a diff may bring new ones). */
  private readonly glyphs = new Map<string, string>();
  private readonly clips = new Map<string, string>();
  private trailer = '';
  /** The last render's pages: each page's element (complete) and what the browser is served, by data-tid. */
  private pages = new Map<string, { readonly element: string; readonly page: SvgPage }>();
  /** The last diff's head, so an unchanged head is not parsed again. */
  private lastHead = '';
  private headPart: { readonly head: string; readonly headHash: string } = { head: '', headHash: '' };

  /** True once `start` primed the renderer: `update` may be called. */
  get started(): boolean {
    return this.renderer !== null;
  }

  /** Pages from Typst's full SVG export; the vector artifact of the same layout primes the renderer. */
  async start(svg: string, vector: Uint8Array): Promise<SplitSvg> {
    const cut = cutPages(svg);
    const glyphAt = cut?.head.indexOf('<defs class="glyph">') ?? -1;
    this.style = cut && glyphAt >= 0 ? cut.head.slice(0, glyphAt) : '';
    const mod = await rendererModule();
    this.renderer = new mod.TypstRenderer();
    // The renderer draws the same layout once, so that its next diff is against these pages.
    this.render(vector);
    return this.result(cut?.head.slice(Math.max(glyphAt, 0)) ?? '', cut?.pages ?? []);
  }

  /**
   * Pages from a vector artifact alone, with the style sheet of another document's export (a part of a
   * document laid out on its own, src/preview/parted.ts: the style sheet is the same for every part).
   */
  async startLike(other: IncrementalPages, vector: Uint8Array): Promise<SplitSvg> {
    this.style = other.style;
    const mod = await rendererModule();
    this.renderer = new mod.TypstRenderer();
    return this.restart(vector);
  }

  /** The style sheet, the glyph outlines and clip paths by id, and the rest of the head, as last merged. */
  get definitions(): { readonly style: string; readonly glyphs: ReadonlyMap<string, string>; readonly clips: ReadonlyMap<string, string>; readonly trailer: string } {
    return { style: this.style, glyphs: this.glyphs, clips: this.clips, trailer: this.trailer };
  }

  /** The pages of a new layout of the same document, from its vector artifact. */
  update(vector: Uint8Array): SplitSvg {
    if (this.renderer === null || this.session === null) throw new Error('IncrementalPages.update before start');
    if (this.diffs >= DIFFS_PER_SESSION) return this.restart(vector);
    // Each artifact holds the whole layout, so the session's document is replaced ('reset'), not added
    // to ('merge'): merging whole artifacts made the renderer fail now and then ("unreachable") once
    // another document sharing pages with this one had been laid out in the process (the preview's
    // parts, src/render/pdf/screen-parts.ts; test/preview/parted.test.ts). The diff is still against
    // the pages the session drew last.
    this.renderer.manipulate_data(this.session, 'reset', vector);
    this.diffs += 1;
    try {
      return this.apply(this.renderer.render_svg_diff(this.session, 0, 0, EVERYTHING, EVERYTHING));
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      return this.restart(vector);
    }
  }

  /** A new renderer session from `vector` alone: its first diff holds every page in full. */
  private restart(vector: Uint8Array): SplitSvg {
    this.pages = new Map();
    return this.apply(this.render(vector));
  }

  /** A new renderer session holding `vector`, and its first diff (every page in full). */
  private render(vector: Uint8Array): string {
    this.session?.free();
    this.session = this.renderer!.session_from_artifact(vector, 'vector');
    this.diffs = 0;
    return this.renderer!.render_svg_diff(this.session, 0, 0, EVERYTHING, EVERYTHING);
  }

  /** Completes the pages of a diff from the previous ones. */
  private apply(diff: string): SplitSvg {
    const cut = cutPages(diff);
    if (cut === null) return this.result('', []);
    const previous = this.pages;
    return this.result(
      cut.head,
      cut.pages.map((p) => {
        const open = p.slice(0, p.indexOf('>') + 1);
        const from = REUSE.exec(open)?.[1];
        const before = from === undefined ? undefined : previous.get(from);
        // An unchanged page in the same place: the very page served before.
        if (before !== undefined && tidOf(open) === from && open.replace(REUSE, '') === before.element.slice(0, before.element.indexOf('>') + 1)) return before;
        return patchPage(p, (tid) => previous.get(tid)?.element);
      }),
    );
  }

  /** Records the head's definitions and the complete pages; the pieces the browser is served. */
  private result(head: string, pages: readonly (string | { readonly element: string; readonly page: SvgPage })[]): SplitSvg {
    if (head !== this.lastHead) {
      this.lastHead = head;
      const before = this.glyphs.size + this.clips.size;
      const trailer = this.trailer;
      this.mergeHead(head);
      if (this.headPart.head === '' || this.glyphs.size + this.clips.size !== before || this.trailer !== trailer) {
        this.headPart = headSvg(headInner([this.definitions]));
      }
    }
    const elements = pages.map((p) => (typeof p === 'string' ? p : p.element));
    const tids = uniqueTids(elements);
    const kept = new Map<string, { readonly element: string; readonly page: SvgPage }>();
    const served = pages.map((p, i) => {
      const entry = typeof p !== 'string' && p.page.tid === tids[i] ? p : { element: elements[i]!, page: framePage(elements[i]!, tids[i]!) };
      const raw = tidOf(entry.element);
      if (raw !== undefined && !kept.has(raw)) kept.set(raw, entry);
      return entry.page;
    });
    this.pages = kept;
    return { ...this.headPart, pages: served };
  }

  /** Adds the glyphs and clip paths of a head (`<defs class="glyph">…</defs><defs class="clip-path">…</defs><style>…`). */
  private mergeHead(head: string): void {
    const trailer: string[] = [];
    for (const node of parseFragment(head)) {
      if (typeof node === 'string') continue;
      const into = node.name === 'defs' ? (/class="glyph"/.test(node.open) ? this.glyphs : /class="clip-path"/.test(node.open) ? this.clips : null) : null;
      if (into === null) {
        trailer.push(write(node));
        continue;
      }
      for (const def of node.children) {
        if (typeof def === 'string') continue;
        const id = idOf(def);
        if (id !== null && !into.has(id)) into.set(id, write(def));
      }
    }
    if (head !== '') this.trailer = trailer.join('');
  }
}

/**
 * The inside of the hidden `<svg>` holding the definitions of one or more documents' pages (a glyph
 * or clip path has the same id in every document it is in: its content hash), in document order.
 */
export function headInner(defs: readonly IncrementalPages['definitions'][]): string {
  const glyphs = new Map<string, string>();
  const clips = new Map<string, string>();
  const trailers: string[] = [];
  for (const d of defs) {
    for (const [id, g] of d.glyphs) if (!glyphs.has(id)) glyphs.set(id, g);
    for (const [id, c] of d.clips) if (!clips.has(id)) clips.set(id, c);
    if (!trailers.includes(d.trailer)) trailers.push(d.trailer);
  }
  return `${defs[0]?.style ?? ''}<defs class="glyph">${[...glyphs.values()].join('')}</defs><defs class="clip-path">${[...clips.values()].join('')}</defs>${trailers.join('')}`;
}

function idOf(e: Element): string | null {
  return /\sid="([^"]+)"/.exec(e.open)?.[1] ?? null;
}
