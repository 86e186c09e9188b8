/**
 * Typst's SVG of a whole document cut into pages, so a save that changes one page sends one page to
 * the browser. Typst writes the glyph outlines once (`<defs>` in the head) and each page as a
 * `<g class="typst-page" transform="translate(0, y)" data-tid="…">` whose data-tid is a hash of the
 * page's content; a page becomes its own `<svg>` whose viewBox frames it, and the glyphs are served
 * once, as a hidden `<svg>` on the page (`<use href="#g…">` finds them anywhere in the document).
 */
import { createHash } from 'node:crypto';

/** One page: its content hash (the browser keeps a page whose tid did not change) and its SVG. */
export interface SvgPage {
  readonly tid: string;
  readonly svg: string;
}

/** A document's SVG in pieces. */
export interface SplitSvg {
  /** The glyph definitions and style, as a hidden `<svg>`. */
  readonly head: string;
  readonly headHash: string;
  readonly pages: readonly SvgPage[];
}

const PAGE_START = '<g class="typst-page"';
const NAMESPACES = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml"';

/** A document SVG's head (between the root's open tag and the first page) and its `<g class="typst-page">` elements. */
export function cutPages(svg: string): { readonly head: string; readonly pages: string[] } | null {
  const first = svg.indexOf(PAGE_START);
  const openEnd = svg.indexOf('>') + 1;
  const end = svg.lastIndexOf('</svg>');
  if (first < 0 || end < first) return null;
  const pages: string[] = [];
  for (let at = first; at >= 0 && at < end; ) {
    const next = svg.indexOf(PAGE_START, at + PAGE_START.length);
    pages.push(svg.slice(at, next < 0 ? end : next));
    at = next;
  }
  return { head: svg.slice(openEnd, first), pages };
}

/** The hidden `<svg>` holding a document's glyph definitions and style. */
export function headSvg(headInner: string): { readonly head: string; readonly headHash: string } {
  const head = `<svg id="glyphs" width="0" height="0" style="position:absolute" aria-hidden="true" ${NAMESPACES}>${headInner}</svg>`;
  return { head, headHash: createHash('sha256').update(head).digest('hex').slice(0, 16) };
}

/** The data-tid of a `<g class="typst-page">` element. */
export function tidOf(element: string): string | undefined {
  return /data-tid="([^"]+)"/.exec(element.slice(0, element.indexOf('>')))?.[1];
}

/** A page element as its own `<svg>` framing it; `tid` unique in the document. */
export function framePage(element: string, tid: string): SvgPage {
  const tag = element.slice(0, element.indexOf('>'));
  const y = Number(/translate\(\s*[-\d.]+\s*,\s*([-\d.]+)\s*\)/.exec(tag)?.[1] ?? 0);
  const w = Number(/data-page-width="([\d.]+)"/.exec(tag)?.[1] ?? 0);
  const h = Number(/data-page-height="([\d.]+)"/.exec(tag)?.[1] ?? 0);
  return { tid, svg: `<svg class="page" data-tid="${tid}" viewBox="0 ${y} ${w} ${h}" width="${w}" height="${h}" ${NAMESPACES}>${element}</svg>` };
}

/** Unique tids for a document's pages: a repeated one gets its index appended. */
export function uniqueTids(elements: readonly string[]): string[] {
  const seen = new Set<string>();
  return elements.map((e, i) => {
    let tid = tidOf(e) ?? `page-${i}`;
    if (seen.has(tid)) tid = `${tid}-${i}`;
    seen.add(tid);
    return tid;
  });
}

/** The pieces from a head and the page elements. */
export function assemble(headInner: string, elements: readonly string[]): SplitSvg {
  const tids = uniqueTids(elements);
  return { ...headSvg(headInner), pages: elements.map((e, i) => framePage(e, tids[i]!)) };
}

/** Splits Typst's document SVG into head and pages. */
export function splitSvg(svg: string): SplitSvg {
  const cut = cutPages(svg);
  return cut ? assemble(cut.head, cut.pages) : { head: '', headHash: '', pages: [] };
}
