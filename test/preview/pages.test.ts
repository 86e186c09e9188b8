/** Cutting Typst's SVG into pages: each page its own <svg> framing it, the glyphs once, tids kept and unique. */
import { describe, expect, it } from 'vitest';
import { splitSvg } from '../../src/preview/pages.js';

const page = (y: number, tid: string, body: string): string => `<g class="typst-page" transform="translate(0, ${y})" data-tid="${tid}" data-page-width="610" data-page-height="936"><g><use href="#g1"/>${body}</g></g>`;
const doc = `<svg class="typst-doc" viewBox="0 0 610 2808"><style>.x{}</style><defs><path id="g1" d="M0 0"/></defs>${page(0, 'pA', 'satu')}${page(936, 'pB', 'dua')}${page(1872, 'pA', 'satu')}</svg>`;

describe('splitSvg', () => {
  it('frames each page with its own viewBox and keeps the glyph definitions apart', () => {
    const s = splitSvg(doc);
    expect(s.head).toBe('<svg id="glyphs" width="0" height="0" style="position:absolute" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml"><style>.x{}</style><defs><path id="g1" d="M0 0"/></defs></svg>');
    expect(s.pages.map((p) => p.tid)).toEqual(['pA', 'pB', 'pA-2']);
    expect(s.pages[1]!.svg).toBe(`<svg class="page" data-tid="pB" viewBox="0 936 610 936" width="610" height="936" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml">${page(936, 'pB', 'dua')}</svg>`);
    expect(s.headHash).toMatch(/^[0-9a-f]{16}$/);
  });
  it('gives nothing for an SVG without pages', () => {
    expect(splitSvg('<svg></svg>')).toEqual({ head: '', headHash: '', pages: [] });
  });
});
