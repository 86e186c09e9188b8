/**
 * Cached page numbers for the TOC fields of the book DOCX (review m22). docx fills each TOC field with
 * an entry per heading, linked to a bookmark on the heading; given a page-number estimator it writes
 * the page of each bookmark into the entry's PAGEREF result. This estimator does not lay the DOCX out:
 * it takes the pages of the PDF (templates/typst/naskah/toc-pages.typ), matching each entry to the PDF
 * heading or caption with the same text, in order. LibreOffice, WPS and previews then show page
 * numbers at once; Word still refreshes them when it updates the fields.
 */

import type { PageNumberEstimator } from 'docx';
import { tocKey, type TocPages } from '../toc-pages.js';

/** A node of the body as docx formats it: `{ tag: children | attributes }`, strings for text. */
type XmlNode = string | { readonly [tag: string]: unknown };

const childrenOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The text of a TOC entry: its `w:t` runs up to the tab before the page number. */
function entryText(hyperlink: readonly unknown[]): string {
  let text = '';
  for (const child of hyperlink) {
    if (child === null || typeof child !== 'object') continue;
    const run = childrenOf((child as Record<string, unknown>)['w:r']);
    if (run.some((r) => r !== null && typeof r === 'object' && 'w:tab' in r)) break;
    for (const r of run) {
      const t = r !== null && typeof r === 'object' ? childrenOf((r as Record<string, unknown>)['w:t']) : [];
      for (const s of t) if (typeof s === 'string') text += s;
    }
  }
  return text;
}

/** Every TOC entry of the body in document order: bookmark name and text. */
function tocEntries(node: unknown, out: { anchor: string; text: string }[] = []): { anchor: string; text: string }[] {
  if (Array.isArray(node)) {
    for (const child of node) tocEntries(child, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  for (const [tag, value] of Object.entries(node as Record<string, unknown>)) {
    if (tag === 'w:hyperlink') {
      const children = childrenOf(value);
      const attr = children.find((c): c is { _attr: Record<string, unknown> } => c !== null && typeof c === 'object' && '_attr' in c);
      const anchor = attr?._attr['w:anchor'];
      if (typeof anchor === 'string') out.push({ anchor, text: entryText(children) });
    } else if (tag !== '_attr') tocEntries(value, out);
  }
  return out;
}

/** An estimator that gives each TOC entry the page of the PDF entry with the same text. */
export function pdfTocPages(toc: TocPages): PageNumberEstimator {
  const queues = new Map<string, number[]>();
  for (const e of [...toc.headings, ...toc.tables, ...toc.figures]) {
    const key = tocKey(e.text);
    queues.set(key, [...(queues.get(key) ?? []), e.page]);
  }
  return (body) => {
    const taken = new Map<string, number>();
    const bookmarks = new Map<string, string>();
    for (const { anchor, text } of tocEntries(body as XmlNode)) {
      const key = tocKey(text);
      const pages = queues.get(key) ?? [];
      const i = taken.get(key) ?? 0;
      taken.set(key, i + 1);
      const page = pages[i];
      if (page !== undefined && !bookmarks.has(anchor)) bookmarks.set(anchor, String(page));
    }
    return { bookmarks };
  };
}
