/**
 * A PDF page as the layout checks see it (pdfjs-dist): the words with their boxes in points from the
 * top-left corner, split into the running header (page number), the body and the footer (catchword),
 * and the body grouped into lines. The margins are the naskah page (F4, 30/20/20/25 mm; the
 * catchword sits in the bottom margin, the page number in the top one).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Points per millimetre. */
export const MM = 72 / 25.4;
/** Left and right edge of the text block, from the page edges (page.typ, base.typ PAGE-MARGIN). */
export const MARGIN = { left: 30 * MM, right: 20 * MM, top: 20 * MM, bottom: 25 * MM };

/** One word: its text, left/right edge, top/bottom of its glyph box, baseline and font size (pt). */
export interface Word {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly baseline: number;
  readonly size: number;
}

/** One page. */
export interface PageModel {
  /** 1-based page number in the file. */
  readonly index: number;
  readonly width: number;
  readonly height: number;
  /** Words above the text block (the page number). */
  readonly header: readonly Word[];
  /** Words in the text block. */
  readonly body: readonly Word[];
  /** Words below the text block (the catchword). */
  readonly footer: readonly Word[];
  /** Body words grouped by baseline, top to bottom, each line left to right. */
  readonly lines: readonly (readonly Word[])[];
}

/**
 * Splits a text item into words. pdfjs gives runs, not words: a run's width is shared among its
 * characters in proportion to their count, exact at the run's two ends (what the margin check uses).
 */
function wordsOf(str: string, x: number, width: number, baseline: number, size: number): Word[] {
  const words: Word[] = [];
  const perChar = str.length > 0 ? width / str.length : 0;
  for (const m of str.matchAll(/\S+/g)) {
    const x0 = x + m.index * perChar;
    words.push({ text: m[0], x0, x1: x0 + m[0].length * perChar, top: baseline - 0.75 * size, bottom: baseline + 0.25 * size, baseline, size });
  }
  return words;
}

/** Joins the pieces of one word that pdfjs gives as separate runs ("Undang-U" + "ndang"): no gap, same line. */
function joinPieces(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (const w of [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    const last = out.at(-1);
    if (last && Math.abs(last.baseline - w.baseline) < 1.5 && w.x0 - last.x1 < 0.8 && w.x0 - last.x1 > -0.3) {
      out[out.length - 1] = { ...last, text: last.text + w.text, x1: Math.max(last.x1, w.x1), size: Math.min(last.size, w.size) };
    } else out.push(w);
  }
  return out;
}

/** Groups words into lines by baseline (within 1.5 pt), top to bottom, left to right. */
export function linesOf(words: readonly Word[]): Word[][] {
  const lines: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    const line = lines.find((l) => Math.abs(l[0]!.baseline - w.baseline) < 1.5);
    if (line) line.push(w);
    else lines.push([w]);
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a[0]!.baseline - b[0]!.baseline);
}

/** The text of a line, words joined with single spaces. */
export const lineText = (line: readonly Word[]): string => line.map((w) => w.text).join(' ');

/** Every page of a PDF. */
export async function pageModels(bytes: Uint8Array): Promise<PageModel[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const pages: PageModel[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const words: Word[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const t = item.transform as number[];
      const size = Math.hypot(t[2]!, t[3]!);
      words.push(...wordsOf(item.str.replace(/\u2060/g, ''), t[4]!, item.width, height - t[5]!, size));
    }
    const joined = joinPieces(words);
    const header = joined.filter((w) => w.baseline < MARGIN.top);
    const footer = joined.filter((w) => w.top > height - MARGIN.bottom);
    const body = joined.filter((w) => !header.includes(w) && !footer.includes(w));
    pages.push({ index: n, width, height, header, body, footer, lines: linesOf(body) });
  }
  await doc.destroy();
  return pages;
}

/** The catchword printed in a page's footer, without " . . .", or null. */
export function catchwordOf(page: PageModel): string | null {
  const text = lineText(page.footer).replace(/\s*\.\s\.\s\.$/, '').trim();
  return text === '' ? null : text;
}

/**
 * Words of a line cut at gaps wider than `gap` points (a table's cell boundary; a justified space
 * in 12 pt text stays well below it).
 */
export function columnsOf(line: readonly Word[], gap = 12): Word[][] {
  const out: Word[][] = [];
  for (const w of line) {
    const last = out.at(-1)?.at(-1);
    if (last && w.x0 - last.x1 <= gap) out.at(-1)!.push(w);
    else out.push([w]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks (each returns the faults it finds; an empty list is a clean page)

/** Hanging punctuation may pass the right edge of the text block. */
const HANGING = /[.,;:)\]'"’”-]+$/;

/** Words that leave the text block by more than 2 mm (a word's trailing punctuation may hang). */
export function outside(p: PageModel): string[] {
  const right = p.width - MARGIN.right + 2 * MM;
  const left = MARGIN.left - 2 * MM;
  return [...p.header, ...p.body, ...p.footer].flatMap((w) => {
    const hang = (w.text.match(HANGING)?.[0].length ?? 0) * ((w.x1 - w.x0) / w.text.length);
    return w.x0 < left || w.x1 - hang > right ? [`${w.text} (${((w.x0 < left ? left - w.x0 : w.x1 - hang - right) / MM + 2).toFixed(1)} mm)`] : [];
  });
}

/** Pairs of words printed over each other on one line. */
export function overprinted(p: PageModel): string[] {
  return p.lines.flatMap((line) => line.slice(1).flatMap((w, i) => (w.x0 < line[i]!.x1 - 1 ? [`${line[i]!.text} × ${w.text}`] : [])));
}

/** Words set below 9 pt (page numbers excepted: they are in the header). */
export function small(p: PageModel): string[] {
  return [...p.body, ...p.footer].filter((w) => w.size < 8.95).map((w) => `${w.text} (${w.size.toFixed(1)} pt)`);
}

/** The first page of a part: its Lampiran header block starts top right. */
export const startsPart = (p: PageModel): boolean => {
  const first = p.lines[0];
  return first !== undefined && /^LAMPIRAN\b/.test(lineText(first)) && first[0]!.x0 > p.width / 2 - 10 * MM;
};

/** A page whose body is only a signature block: a jabatan "…," in the right half and nothing else but short lines. */
export function signatureOnly(p: PageModel): boolean {
  const middle = (MARGIN.left + p.width - MARGIN.right) / 2;
  const right = (l: readonly { x0: number }[]) => l[0]!.x0 >= middle - 5 * MM;
  const hasJabatan = p.lines.some((l) => right(l) && /,$/.test(lineText(l)));
  return hasJabatan && p.lines.every((l) => right(l) || l.length <= 4 || /^BERITA DAERAH/.test(lineText(l)));
}

/**
 * Catchword faults: a catchword on the last page of a part (body, Lampiran, file), or one that is not
 * the first words of the next page's text: on a page that begins with a table, the first cell only
 * (rows repeated from the previous page, the table header, are skipped).
 */
export function catchwordFaults(pages: readonly PageModel[]): string[] {
  const faults: string[] = [];
  pages.forEach((p, i) => {
    const cw = catchwordOf(p);
    const next = pages[i + 1];
    if (!next || startsPart(next)) {
      if (cw !== null) faults.push(`p. ${p.index}: "${cw}" on the last page of a part`);
      return;
    }
    if (cw === null) return; // the next page begins with a figure
    // The first line, or (below a table's repeated header) one of the next three whose lines above
    // are all on this page too.
    const seen = new Set(p.lines.map(lineText));
    const starts = [0, 1, 2, 3].filter((k) => k < next.lines.length && next.lines.slice(0, k).every((l) => seen.has(lineText(l))));
    const expected = starts.map((k) => columnText(next.lines, k));
    if (!expected.some((e) => e === cw || e.startsWith(`${cw} `))) faults.push(`p. ${p.index}: "${cw}" but p. ${next.index} begins "${expected.join('" / "')}"`);
  });
  return faults;
}

/**
 * The text a reader starts with at line `k`: its first column (a table's first cell, read on down
 * the lines below it within the cell's width), or a list label with the text beside it.
 */
function columnText(lines: readonly (readonly Word[])[], k: number): string {
  let cols = columnsOf(lines[k]!);
  const label = LABEL.test(lineText(cols[0]!)) && cols.length > 1 ? `${lineText(cols[0]!)} ` : '';
  if (label) cols = cols.slice(1);
  const from = cols[0]![0]!.x0 - 2;
  const to = cols[1]?.[0]!.x0 ?? Infinity;
  const below = lines.slice(k + 1, k + 3).flatMap((l) => l.filter((w) => w.x0 >= from && w.x1 < to));
  return label + [...cols[0]!, ...below].map((w) => w.text).join(' ');
}

/** A list label: "(3)", "b.", "12.", "a)". */
const LABEL = /^(\(\d+\)|[A-Za-z]{1,2}\.|\d+\.|[a-z\d]+\))$/;

/** Pages that end with "MEMUTUSKAN:". */
export const memutuskanLast = (p: PageModel): boolean => p.lines.length > 0 && /^MEMUTUSKAN/.test(lineText(p.lines.at(-1)!));
