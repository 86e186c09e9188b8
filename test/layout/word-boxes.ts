/**
 * Words of a PDF page as boxes (pdfjs-dist text items), and the print faults a reader sees: a word past
 * the right margin, two words printed over each other. Reusable by every layout test.
 *
 * pdfjs splits a line into items at font changes and at soft-hyphen points ("Pe" "r" "nya"); items on
 * one baseline that touch are joined into one word, items separated by white space are separate words.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A word on a page, in PDF points (origin bottom left). */
export interface WordBox {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
}

/** One page: its size and its words. */
export interface PageWords {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly words: WordBox[];
}

export const MM = 72 / 25.4;

/** Words of every page of `bytes`. */
export async function pageWords(bytes: Uint8Array): Promise<PageWords[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const pages: PageWords[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const words: WordBox[] = [];
    let current: { text: string; left: number; right: number; y: number; size: number } | null = null;
    const flush = (): void => {
      if (current && current.text.trim() !== '') {
        words.push({ page: n, text: current.text, left: current.left, right: current.right, bottom: current.y - 0.2 * current.size, top: current.y + 0.75 * current.size });
      }
      current = null;
    };
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      const size = Math.hypot(item.transform[2] as number, item.transform[3] as number);
      // Split an item at its spaces; the parts share the item's width in proportion to their length.
      const parts = item.str.split(/(\s+)/);
      const total = item.str.length || 1;
      let at = x;
      for (const part of parts) {
        if (part === '') continue;
        const w = (item.width * part.length) / total;
        if (/^\s+$/.test(part)) flush();
        else if (current && Math.abs(current.y - y) < 0.5 && at - current.right < 0.6 && at - current.right > -0.25 * size) {
          current.text += part;
          current.right = at + w;
        } else {
          flush();
          current = { text: part, left: at, right: at + w, y, size };
        }
        at += w;
      }
    }
    flush();
    pages.push({ page: n, width, height, words });
  }
  await doc.destroy();
  return pages;
}

/** Words whose right edge is more than `toleranceMm` past the right margin (`marginMm` from the edge). */
export function pastRightMargin(page: PageWords, marginMm: number, toleranceMm: number): WordBox[] {
  const limit = page.width - (marginMm - toleranceMm) * MM;
  return page.words.filter((w) => w.right > limit);
}

/** Pairs of words whose boxes overlap by more than `slack` points both across and down. */
export function overlappingWords(page: PageWords, slack = 0.5): [WordBox, WordBox][] {
  const out: [WordBox, WordBox][] = [];
  const words = [...page.words].sort((a, b) => a.left - b.left);
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length && words[j]!.left < a.right - slack; j++) {
      const b = words[j]!;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > slack && down > slack) out.push([a, b]);
    }
  }
  return out;
}
