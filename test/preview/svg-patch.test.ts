/** Completing typst.ts's SVG diff from the previous pages: unchanged content taken over, changed parts resolved level by level. */
import { describe, expect, it } from 'vitest';
import { parseFragment, patchPage, PatchError, write } from '../../src/preview/svg-patch.js';

const use = (g: string): string => `<use x="0" href="#${g}"/>`;
const text = (tid: string, glyphs: string, words: string): string => `<g data-tid="${tid}" class="typst-text">${glyphs}<foreignObject x="0" width="9"><h5:div class="tsel">${words}</h5:div></foreignObject></g>`;
const previous = new Map([
  ['pA', `<g class="typst-page" transform="translate(0, 0)" data-tid="pA" data-page-width="610"><g transform="translate(1,2)" data-tid="t1">${text('x1', use('g1') + use('g2'), 'satu &amp; dua')}</g><g transform="translate(1,20)" data-tid="t2">${text('x2', use('g3'), 'tiga')}</g></g>`],
  ['pB', `<g class="typst-page" transform="translate(0, 936)" data-tid="pB" data-page-width="610"><g data-tid="t9">${text('x9', use('g9'), 'sembilan')}</g></g>`],
]);
const lookup = (tid: string): string | undefined => previous.get(tid);

describe('svg-patch', () => {
  it('parses and writes a fragment back byte for byte', () => {
    const svg = previous.get('pA')!;
    expect(parseFragment(svg).map(write).join('')).toBe(svg);
  });

  it('takes an unchanged page from the previous render under the diff\'s open tag (the page moved)', () => {
    const page = '<g class="typst-page" transform="translate(0, 1872)" data-tid="pB" data-page-width="610" data-reuse-from="pB"></g>';
    expect(patchPage(page, lookup)).toBe(previous.get('pB')!.replace('translate(0, 936)', 'translate(0, 1872)'));
  });

  it('resolves a changed page: reused groups, a moved group, a new group, new non-group children', () => {
    const page = `<g class="typst-page" transform="translate(0, 0)" data-tid="pC" data-page-width="610" data-reuse-from="pA"><g transform="translate(1,2)" data-tid="t1" data-reuse-from="t1"></g><g transform="translate(1,40)" data-tid="t2" data-reuse-from="t2"></g><g transform="translate(1,60)" data-tid="t3">${text('x3', use('g4'), 'empat')}</g></g>`;
    expect(patchPage(page, lookup)).toBe(`<g class="typst-page" transform="translate(0, 0)" data-tid="pC" data-page-width="610"><g transform="translate(1,2)" data-tid="t1">${text('x1', use('g1') + use('g2'), 'satu &amp; dua')}</g><g transform="translate(1,40)" data-tid="t2">${text('x2', use('g3'), 'tiga')}</g><g transform="translate(1,60)" data-tid="t3">${text('x3', use('g4'), 'empat')}</g></g>`);
  });

  it('resolves a group changed deep down, reusing its unchanged children', () => {
    const page = `<g class="typst-page" transform="translate(0, 0)" data-tid="pD" data-page-width="610" data-reuse-from="pA"><g transform="translate(1,2)" data-tid="t1b" data-reuse-from="t1">${text('x1b', use('g1'), 'satu')}</g><g transform="translate(1,20)" data-tid="t2" data-reuse-from="t2"></g></g>`;
    expect(patchPage(page, lookup)).toBe(`<g class="typst-page" transform="translate(0, 0)" data-tid="pD" data-page-width="610"><g transform="translate(1,2)" data-tid="t1b">${text('x1b', use('g1'), 'satu')}</g><g transform="translate(1,20)" data-tid="t2">${text('x2', use('g3'), 'tiga')}</g></g>`);
  });

  it('keeps a new page as it is and refuses a diff that names what the previous render does not have', () => {
    const fresh = `<g class="typst-page" transform="translate(0, 0)" data-tid="pN" data-page-width="610"><g data-tid="t5">${text('x5', use('g5'), 'lima')}</g></g>`;
    expect(patchPage(fresh, lookup)).toBe(fresh);
    expect(() => patchPage('<g class="typst-page" data-tid="pZ" data-reuse-from="pY"></g>', lookup)).toThrow(PatchError);
    expect(() => patchPage('<g class="typst-page" data-tid="pZ" data-reuse-from="pA"><g data-tid="q" data-reuse-from="nope"></g></g>', lookup)).toThrow(PatchError);
    expect(() => parseFragment('<g><g></g>')).toThrow(PatchError);
  });
});
