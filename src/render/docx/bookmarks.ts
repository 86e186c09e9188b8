/**
 * Bookmark numbers per document. The docx library draws the ids of the bookmarks it puts on headings
 * for a table of contents (`_Toc<n>`, `w:id="<n>"`) from one counter shared by the whole process, so the
 * same document rendered after another one in a long-lived process (a second build, the preview) would
 * get other numbers and other bytes. Renumbering them 1, 2, 3 … in document order makes the DOCX a
 * function of its IR alone (DESIGN.md: same input, byte-identical outputs).
 */

const START = /<w:bookmarkStart\b[^>]*\/>/g;
const ID = /\bw:id="(\d+)"/;

/** document.xml with its bookmark ids and `_Toc` names numbered from 1 in order of appearance. */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  for (const m of xml.matchAll(START)) {
    const id = ID.exec(m[0])?.[1];
    if (id !== undefined && !ids.has(id)) ids.set(id, ids.size + 1);
  }
  if (ids.size === 0 || [...ids].every(([old, now]) => old === String(now))) return xml;
  return xml
    .replace(/<w:bookmark(Start|End)\b[^>]*\/>/g, (element) => element.replace(ID, (whole, id: string) => (ids.has(id) ? `w:id="${ids.get(id)}"` : whole)))
    .replace(/\b_Toc(\d+)\b/g, (whole, id: string) => (ids.has(id) ? `_Toc${ids.get(id)}` : whole));
}
