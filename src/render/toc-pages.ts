/**
 * Page numbers of a standalone book's daftar isi, daftar tabel and daftar gambar as the PDF lays them
 * out (templates/typst/naskah/toc-pages.typ). The PDF renderer reads them from its layout; the DOCX
 * renderer writes them as the cached results of its TOC fields (review m22), so the DOCX shows page
 * numbers before Word updates its fields.
 */

/** One entry: the text of the heading or caption and the number its page shows. */
export interface TocPage {
  readonly text: string;
  readonly page: number;
}

/** The entries, in document order. */
export interface TocPages {
  readonly headings: readonly TocPage[];
  readonly tables: readonly TocPage[];
  readonly figures: readonly TocPage[];
}

/** Text compared between the PDF and the DOCX: whitespace (tabs, line breaks) collapsed, trimmed. */
export function tocKey(text: string): string {
  return text.replace(/[\s\u00a0\u2060]+/g, ' ').trim();
}

/** The `<toc-pages>` query result as TocPages, or null when it is missing or malformed. */
export function tocPagesFrom(result: unknown): TocPages | null {
  const first: unknown = Array.isArray(result) ? result[0] : null;
  if (first === null || typeof first !== 'object') return null;
  const list = (value: unknown): TocPage[] | null =>
    Array.isArray(value) && value.every((e) => e !== null && typeof e === 'object' && typeof (e as TocPage).text === 'string' && typeof (e as TocPage).page === 'number')
      ? value.map((e: TocPage) => ({ text: e.text, page: e.page }))
      : null;
  const o = first as Record<string, unknown>;
  const headings = list(o['headings']);
  const tables = list(o['tables']);
  const figures = list(o['figures']);
  return headings && tables && figures ? { headings, tables, figures } : null;
}
