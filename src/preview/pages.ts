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

/** Splits Typst's document SVG into head and pages (a page's tid is made unique by its index if repeated). */
export function splitSvg(svg: string): SplitSvg {
  const first = svg.indexOf(PAGE_START);
  const openEnd = svg.indexOf('>') + 1;
  const end = svg.lastIndexOf('</svg>');
  if (first < 0 || end < first) return { head: '', headHash: '', pages: [] };
  const head = `<svg id="glyphs" width="0" height="0" style="position:absolute" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml">${svg.slice(openEnd, first)}</svg>`;
  const pages: SvgPage[] = [];
  const seen = new Set<string>();
  let at = first;
  while (at >= 0 && at < end) {
    const next = svg.indexOf(PAGE_START, at + PAGE_START.length);
    const body = svg.slice(at, next < 0 ? end : next);
    const tag = body.slice(0, body.indexOf('>'));
    const y = Number(/translate\(\s*[-\d.]+\s*,\s*([-\d.]+)\s*\)/.exec(tag)?.[1] ?? 0);
    const w = Number(/data-page-width="([\d.]+)"/.exec(tag)?.[1] ?? 0);
    const h = Number(/data-page-height="([\d.]+)"/.exec(tag)?.[1] ?? 0);
    let tid = /data-tid="([^"]+)"/.exec(tag)?.[1] ?? `page-${pages.length}`;
    if (seen.has(tid)) tid = `${tid}-${pages.length}`;
    seen.add(tid);
    const page = `<svg class="page" data-tid="${tid}" viewBox="0 ${y} ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml">${body}</svg>`;
    pages.push({ tid, svg: page });
    at = next;
  }
  return { head, headHash: createHash('sha256').update(head).digest('hex').slice(0, 16), pages };
}
