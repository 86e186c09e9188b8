/** Text of a PDF as a reader sees it: one string per line, top to bottom, per page (pdfjs-dist). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Lines of every page. */
export async function pdfPages(bytes: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const byY = new Map<number, { x: number; w: number; s: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      byY.set(y, [...(byY.get(y) ?? []), { x: item.transform[4] as number, w: item.width, s: item.str }]);
    }
    // Items of one line are joined with a space only where there is a visible gap between them.
    const join = (items: { x: number; w: number; s: string }[]) =>
      items.sort((a, b) => a.x - b.x).reduce((line, item, i, all) => (i === 0 ? item.s : `${line}${item.x - (all[i - 1]!.x + all[i - 1]!.w) > 1 ? ' ' : ''}${item.s}`), '');
    pages.push([...byY.entries()].sort(([a], [b]) => b - a).map(([, items]) => join(items).replace(/\s+/g, ' ').replace(/\u2060/g, '').trim()));
  }
  await doc.destroy();
  return pages;
}
