/**
 * The pages of a document laid out in parts (src/render/pdf/screen-parts.ts: the batang tubuh and each
 * Lampiran on their own): each part's pages are kept up to date by its own IncrementalPages, a part
 * whose layout was reused keeps the very pages it had, and the parts' pages are served as one document
 * in page order, with one hidden `<svg>` of the glyphs and clip paths of all of them.
 */
import type { ScreenPart } from '../pipeline/render-document.js';
import { headInner, IncrementalPages } from './incremental.js';
import { assemble, cutPages, headSvg, type SplitSvg, type SvgPage } from './pages.js';

interface Kept {
  readonly incremental: IncrementalPages;
  /** The outputs the pages were made from (a reused part returns the same vector object). */
  readonly from: ScreenPart;
  readonly pages: SplitSvg;
}

/** One document's pages, part by part. */
export class PartedPages {
  private parts = new Map<string, Kept>();
  private head: { readonly key: string; readonly head: string; readonly headHash: string } = { key: '', head: '', headHash: '' };

  /** True once a layout's pages were made: later layouts may bring vector artifacts alone. */
  get started(): boolean {
    return this.parts.size > 0;
  }

  /** Pages of one of the parts, kept up to date (null before the first layout). */
  get someStarted(): IncrementalPages | null {
    return [...this.parts.values()].find((k) => k.incremental.started)?.incremental ?? null;
  }

  /**
   * The pages of a layout in parts; a new part without its SVG borrows the style sheet of a started one,
   * or of `like` (the pages of the same document laid out whole until now).
   */
  async update(parts: readonly ScreenPart[], like: IncrementalPages | null = null): Promise<SplitSvg> {
    const next = new Map<string, Kept>();
    const started = () => [...next.values(), ...this.parts.values()].find((k) => k.incremental.started)?.incremental ?? like;
    for (const part of parts) {
      const before = this.parts.get(part.key);
      next.set(part.key, await this.pagesOf(part, before, started));
    }
    this.parts = next;
    const kept = [...next.values()];
    const key = kept.map((k) => k.pages.headHash).join(',');
    if (key !== this.head.key) this.head = { key, ...headSvg(headInner(kept.map((k) => k.incremental.definitions))) };
    return { head: this.head.head, headHash: this.head.headHash, pages: uniquePages(kept.flatMap((k) => k.pages.pages)) };
  }

  private async pagesOf(part: ScreenPart, before: Kept | undefined, started: () => IncrementalPages | null): Promise<Kept> {
    if (before && part.vector !== undefined && before.from.vector === part.vector) return before;
    if (before?.incremental.started && part.vector !== undefined) return { incremental: before.incremental, from: part, pages: before.incremental.update(part.vector) };
    const incremental = new IncrementalPages();
    if (part.vector !== undefined && part.svg !== undefined) return { incremental, from: part, pages: await incremental.start(part.svg, part.vector) };
    const like = started();
    if (part.vector !== undefined && like !== null) return { incremental, from: part, pages: await incremental.startLike(like, part.vector) };
    throw new Error(`bagian ${part.key} tanpa SVG dan tanpa keluaran vektor`);
  }
}

/** The pages of all parts, a content hash repeated in a later part made unique (the browser keeps pages by it). */
function uniquePages(pages: readonly SvgPage[]): SvgPage[] {
  const seen = new Set<string>();
  return pages.map((p, i) => {
    if (!seen.has(p.tid)) {
      seen.add(p.tid);
      return p;
    }
    const tid = `${p.tid}-p${i}`;
    seen.add(tid);
    return { tid, svg: p.svg.replace(`data-tid="${p.tid}"`, `data-tid="${tid}"`) };
  });
}

/** The pages of a layout in parts from the parts' whole SVG exports (when typst.ts's renderer cannot run). */
export function joinSvgs(parts: readonly ScreenPart[]): SplitSvg {
  const cuts = parts.map((p) => cutPages(p.svg ?? ''));
  return assemble(cuts.map((c) => c?.head ?? '').join(''), cuts.flatMap((c) => c?.pages ?? []));
}
