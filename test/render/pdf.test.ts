/**
 * PDF renderer (src/render/pdf): F4 pages, page numbers, catchwords (TN-TYP-06, TN-TYP-07),
 * outline, metadata, fonts, determinism and literal text, checked on the rendered PDF with pdfjs.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { renderPdf, type PdfOptions } from '../../src/render/pdf/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pdfFixtures = path.join(root, 'test/render/fixtures-pdf');
const options: PdfOptions = { templatesDir: path.join(root, 'templates'), fontsDir: path.join(root, 'templates/fonts') };

async function readIr(file: string): Promise<Naskah> {
  return JSON.parse(await readFile(file, 'utf8')) as Naskah;
}

/** The sample Perbup, extended with a Lampiran (image paths relative to the project root). */
async function irLampiran(): Promise<Naskah> {
  return readIr(path.join(pdfFixtures, 'perbup-lampiran.json'));
}

/** One line of text on a page: baseline y (PDF points, from the bottom), extent and text. */
interface Line {
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

interface Page {
  readonly width: number;
  readonly height: number;
  /** Lines top to bottom. */
  readonly lines: Line[];
}

/** Text lines of every page (items on one baseline joined, a space where there is a gap). */
async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const perY = new Map<number, { x: number; w: number; s: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const list = perY.get(y) ?? [];
      list.push({ x: item.transform[4] as number, w: item.width, s: item.str });
      perY.set(y, list);
    }
    const lines = [...perY.entries()]
      .sort(([a], [b]) => b - a)
      .map(([y, items]) => {
        items.sort((a, b) => a.x - b.x);
        let text = '';
        let end = -Infinity;
        for (const it of items) {
          text += (text !== '' && it.x - end > 0.5 ? ' ' : '') + it.s;
          end = it.x + it.w;
        }
        return { y, x0: items[0]!.x, x1: end, text: text.replace(/\s+/g, ' ').trim() };
      });
    pages.push({ width, height, lines });
  }
  return { doc, pages };
}

const PAGE_NUMBER = /^- \d+ -$/;
const CATCHWORD_SUFFIX = ' . . .';

/** Words of the body of a page: everything after the page number line. */
function bodyWords(h: Page): string[] {
  const lines = PAGE_NUMBER.test(h.lines[0]?.text ?? '') ? h.lines.slice(1) : h.lines;
  return lines.map((b) => b.text).join(' ').split(' ').filter((w) => w !== '');
}

/**
 * Every page but the last ends with a right-aligned catchword equal to the first words of the
 * next page's body; the last page has none. `skip` drops leading lines of the next page
 * (a repeated table header) before comparing.
 */
function checkCatchwords(pages: readonly Page[], skip: (b: Line) => boolean = () => false): void {
  pages.forEach((h, i) => {
    const last = h.lines.at(-1)!;
    // None on the last page of the file, of the body or of a Lampiran (TN-TYP-07).
    if (i === pages.length - 1 || pages[i + 1]!.lines[0]?.text.startsWith('LAMPIRAN')) {
      expect(last.text.endsWith(CATCHWORD_SUFFIX), `halaman ${i + 1} (terakhir)`).toBe(false);
      return;
    }
    expect(last.text.endsWith(CATCHWORD_SUFFIX), `halaman ${i + 1}: "${last.text}"`).toBe(true);
    expect(Math.abs(last.x1 - (h.width - 56.69)), `halaman ${i + 1} rata kanan`).toBeLessThan(6);
    const words = last.text.slice(0, -CATCHWORD_SUFFIX.length).split(' ');
    const next = pages[i + 1]!;
    const trimmed = { ...next, lines: next.lines.filter((b, j) => !(j <= 1 && skip(b))) };
    expect(bodyWords(trimmed).slice(0, words.length), `kata sambung halaman ${i + 1}`).toEqual(words);
  });
}

/** FontName entries of the PDF (Typst writes font descriptors uncompressed). */
function fontNames(bytes: Uint8Array): Set<string> {
  const text = Buffer.from(bytes).toString('latin1');
  return new Set([...text.matchAll(/\/FontName\s*\/([^\s/<>\[\]()]+)/g)].map((m) => m[1]!));
}

describe('renderPdf — sample Perbup', async () => {
  const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
  const result = await renderPdf(ir, options);
  const bytes = result.bytes!;
  const { doc, pages } = await readPdf(bytes);
  const all = pages.flatMap((h) => h.lines.map((b) => b.text)).join('\n');

  it('produces a PDF without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(result.pages).toBe(doc.numPages);
    expect(result.pages).toBeGreaterThan(2);
  });

  it('uses F4 pages (215 × 330 mm)', () => {
    for (const h of pages) {
      expect(h.width).toBeCloseTo(609.4, 0);
      expect(h.height).toBeCloseTo(935.4, 0);
    }
  });

  it('numbers pages "- n -" from page 2, none on page 1', () => {
    expect(pages[0]!.lines.some((b) => b.text === '- 1 -')).toBe(false);
    pages.slice(1).forEach((h, i) => expect(h.lines[0]!.text).toBe(`- ${i + 2} -`));
  });

  it('prints the first words of the next page as catchword on every page but the last', () => {
    checkCatchwords(pages);
  });

  it('contains the fixed formulas', () => {
    expect(all).toContain('DENGAN RAHMAT TUHAN YANG MAHA ESA');
    expect(all).toContain('Pasal 1');
    expect(all).toContain('MEMUTUSKAN:');
    expect(all).toContain('Menimbang');
    expect(all).toContain('BERITA DAERAH KABUPATEN PURWAKARTA TAHUN ... NOMOR ...');
    expect(all).toContain('(belum tersedia)');
  });

  it('embeds TeX Gyre Bonum only', () => {
    const names = fontNames(bytes);
    expect(names.size).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+TeXGyreBonum-(Regular|Bold|Italic|BoldItalic)$/);
  });

  it('sets title, subject, author, keywords and the IR date', async () => {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    expect(info.Title).toBe(ir.metadata.title);
    expect(info.Subject).toBe(ir.metadata.subject);
    expect(info.Author).toBe(ir.metadata.author);
    expect(info.Keywords).toBe(ir.metadata.keywords.join(', '));
    expect(info.CreationDate).toBe('D:20261101000000Z');
  });

  it('bookmarks each BAB and nothing else', async () => {
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual(['BAB I KETENTUAN UMUM', 'BAB II PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU']);
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderPdf(ir, options);
    expect(Buffer.compare(Buffer.from(again.bytes!), Buffer.from(bytes))).toBe(0);
  });
});

describe('renderPdf — text is data, never markup', () => {
  it('shows Typst markup characters literally', async () => {
    const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
    const odd = '#set text(red) *tebal* _miring_ $x^2$ <lbl> @ref #"kutip" \\ [kurung] // bukan komentar';
    const changed: Naskah = {
      ...ir,
      judul: { ...ir.judul, baris: [...ir.judul.baris, '#PAGEBREAK() $Y$'] },
      pembukaan: {
        ...ir.pembukaan,
        menimbang: {
          ...ir.pembukaan.menimbang,
          butir: ir.pembukaan.menimbang.butir.map((b, i) => (i === 0 ? { ...b, isi: [{ kind: 'text', text: odd }, { kind: 'italic', text: ' *juga* ' }] } : b)),
        },
      },
    };
    const result = await renderPdf(changed, options);
    expect(result.diagnostics).toEqual([]);
    const { pages } = await readPdf(result.bytes!);
    const all = pages.flatMap((h) => h.lines.map((b) => b.text)).join(' ');
    expect(all).toContain('#set text(red) *tebal* _miring_ $x^2$ <lbl> @ref #"kutip" \\ [kurung] // bukan komentar *juga*');
    expect(all).toContain('#PAGEBREAK() $Y$');
  });
});

describe('renderPdf — Lampiran, lambang, long paragraphs', async () => {
  const result = await renderPdf(await irLampiran(), options);
  const { doc, pages } = await readPdf(result.bytes!);

  it('renders without diagnostics and embeds the lambang instead of the placeholder', () => {
    expect(result.diagnostics).toEqual([]);
    expect(pages[0]!.lines.some((b) => b.text.includes('LAMBANG'))).toBe(false);
  });

  it('sets the text of SVG figures in TeX Gyre Bonum too', () => {
    const all = pages.flatMap((h) => h.lines.map((b) => b.text)).join('\n');
    expect(all).toContain('Gambar 1.2 Bagan Struktur');
    const names = fontNames(result.bytes!);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+TeXGyreBonum-(Regular|Bold|Italic|BoldItalic)$/);
  });

  it('keeps catchwords right through pages that begin mid-paragraph and through the Lampiran', () => {
    const tableHeader = (b: Line) => b.text === 'No. Desa Layanan Jumlah';
    checkCatchwords(pages, tableHeader);
    // Some page starts inside an ayat, i.e. with a word that is not a label or heading.
    const midParagraph = pages.slice(1).filter((h) => /^[a-z]/.test(bodyWords(h)[0] ?? ''));
    expect(midParagraph.length).toBeGreaterThan(0);
  });

  it('starts the Lampiran on a new page with its header block on the right', () => {
    const i = pages.findIndex((h) => h.lines.some((b) => b.text === 'LAMPIRAN'));
    expect(i).toBeGreaterThan(0);
    const header = pages[i]!.lines.find((b) => b.text === 'LAMPIRAN')!;
    expect(header.x0).toBeGreaterThan(pages[i]!.width / 2 - 20);
    // Its first page has no page number, the next one is "- 2 -" (TN-LMP-05).
    expect(pages[i]!.lines[0]!.text).toBe('LAMPIRAN');
    expect(pages[i + 1]!.lines[0]!.text).toBe('- 2 -');
  });

  it('repeats the table header and turns a landscape page', () => {
    expect(pages.filter((h) => h.lines.some((b) => b.text === 'No. Desa Layanan Jumlah')).length).toBeGreaterThan(1);
    expect(pages.some((h) => h.width > h.height)).toBe(true);
    expect(pages.at(-1)!.lines.some((b) => b.text === 'BUPATI PURWAKARTA,')).toBe(true);
  });

  it('is byte-identical whatever was rendered before', async () => {
    // Other documents with the same id ("perbup-slrt") were rendered in between.
    const again = await renderPdf(await irLampiran(), options);
    expect(Buffer.compare(Buffer.from(again.bytes!), Buffer.from(result.bytes!))).toBe(0);
  });

  it('bookmarks each BAB, the Lampiran and its chapters', async () => {
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual([
      'BAB I KETENTUAN UMUM',
      'BAB II PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU',
      'BAB III PENDATAAN',
      'LAMPIRAN PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU DI KABUPATEN PURWAKARTA',
    ]);
    expect(outline.at(-1)!.items.map((o) => o.title)).toEqual(['BAB I PENDAHULUAN', 'BAB II KELEMBAGAAN', 'BAB III PENUTUP']);
  });
});

describe('renderPdf — catchwords inside words broken after "-" or "/"', () => {
  it('names the second half of a broken word when a page begins with it', async () => {
    const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
    const words = ['Undang-Undang', 'dan/atau', 'Peraturan-Peraturan', 'Daerah', 'kabupaten/kota', 'sebagaimana', 'anak-anak', 'pelaksanaan'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const paragraph = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
    const pasal = Array.from({ length: 40 }, (_, i) => ({
      kind: 'pasal' as const, id: `uji-${i}`, label: `Pasal ${i + 3}`, source: null,
      ayat: [{ kind: 'ayat' as const, id: `uji-${i}-isi`, label: null, isi: [{ kind: 'text' as const, text: paragraph(60 + Math.floor(random() * 120)) }], rincian: [], source: null }],
    }));
    const result = await renderPdf({ ...ir, id: 'uji-pemenggalan', batangTubuh: [{ kind: 'bab', id: 'bab-uji', label: 'BAB I', judul: 'UJI', isi: pasal, source: null }] }, options);
    expect(result.diagnostics).toEqual([]);
    const { pages } = await readPdf(result.bytes!);
    checkCatchwords(pages);
    // At least one page begins with the tail of a word broken at the end of the previous page.
    const tails = pages.slice(1).map((h) => bodyWords(h)[0] ?? '');
    expect(tails.some((w) => ['Undang', 'atau', 'Peraturan', 'kota', 'anak'].includes(w))).toBe(true);
  });
});

describe('renderPdf — Keputusan with diktum', () => {
  it('lays out KESATU … with rincian and no Perbup-only parts', async () => {
    const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
    const t = (text: string) => [{ kind: 'text' as const, text }];
    const kep: Naskah = {
      ...ir,
      jenis: 'keputusan-bupati',
      judul: { rancangan: false, baris: ['KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR ...', 'TENTANG', 'SUSUNAN ORGANISASI SLRT'] },
      pembukaan: {
        ...ir.pembukaan,
        frasa: null,
        memperhatikan: { label: 'Memperhatikan', butir: [{ id: 'm', label: '', isi: t('Berita acara rapat koordinasi SLRT.'), source: null }] },
      },
      batangTubuh: [],
      diktum: [
        { kind: 'diktum', id: 'd1', label: 'KESATU', isi: t('Membentuk susunan organisasi SLRT.'), rincian: [], source: null },
        {
          kind: 'diktum', id: 'd2', label: 'KEDUA', isi: t('Tugas SLRT meliputi:'), source: null,
          rincian: [
            { kind: 'rincian', id: 'd2a', label: 'a.', depth: 1, isi: t('menerima keluhan; dan'), rincian: [], definisi: null, source: null },
            { kind: 'rincian', id: 'd2b', label: 'b.', depth: 1, isi: t('merujuk keluhan.'), rincian: [], definisi: null, source: null },
          ],
        },
      ],
      penutup: { alinea: [], penetapan: ir.penutup.penetapan, pengundangan: null, beritaDaerah: null },
    };
    const result = await renderPdf(kep, options);
    expect(result.diagnostics).toEqual([]);
    const { pages } = await readPdf(result.bytes!);
    const all = pages.flatMap((h) => h.lines.map((b) => b.text)).join('\n');
    expect(all).toContain('KESATU : Membentuk susunan organisasi SLRT.');
    expect(all).toContain('a. menerima keluhan; dan');
    expect(all).toContain('Memperhatikan : Berita acara rapat koordinasi SLRT.');
    expect(all).not.toContain('DENGAN RAHMAT');
    expect(all).not.toContain('BERITA DAERAH');
  });
});

describe('renderPdf — diagnostics', () => {
  it('draws the placeholder and reports NSK403 when the lambang cannot be read', async () => {
    const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
    const missing = 'test/render/fixtures-pdf/tidak-ada.png';
    const result = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: missing } }, options);
    expect(result.bytes).not.toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'NSK403', severity: 'error', file: 'test/render/fixtures-pdf/tidak-ada.png' });
    const { pages } = await readPdf(result.bytes!);
    expect(pages[0]!.lines.some((b) => b.text === '(belum tersedia)')).toBe(true);
  });

  it('takes image bytes from the caller when given, and reads no file', async () => {
    const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
    const lambang = await readFile(path.join(pdfFixtures, 'lambang.svg'));
    const withImages = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: 'tidak/di/disk.svg' } }, { ...options, images: new Map([['tidak/di/disk.svg', lambang]]) });
    expect(withImages.diagnostics).toEqual([]);
    expect((await readPdf(withImages.bytes!)).pages[0]!.lines.some((b) => b.text === '(belum tersedia)')).toBe(false);
    // Missing from the caller's map: placeholder, and the caller reports it (no duplicate NSK403).
    const withoutImages = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: 'tidak/di/disk.svg' } }, { ...options, images: new Map() });
    expect(withoutImages.diagnostics).toEqual([]);
    expect((await readPdf(withoutImages.bytes!)).pages[0]!.lines.some((b) => b.text === '(belum tersedia)')).toBe(true);
  });

  it('reports a broken layout as NSK401 at the template line, without throwing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'naskah-pdf-'));
    try {
      await cp(path.join(root, 'templates/typst'), path.join(dir, 'templates/typst'), { recursive: true });
      const main = path.join(dir, 'templates/typst/naskah/main.typ');
      await writeFile(main, (await readFile(main, 'utf8')) + '\n#let rusak = 1 + "a"\n');
      const ir = await readIr(path.join(root, 'test/fixtures/ir/sample-perbup.json'));
      const result = await renderPdf(ir, { templatesDir: path.join(dir, 'templates'), fontsDir: options.fontsDir });
      expect(result.bytes).toBeNull();
      expect(result.pages).toBe(0);
      const error = result.diagnostics.find((d) => d.code === 'NSK401');
      expect(error).toMatchObject({ severity: 'error', file: 'templates/typst/naskah/main.typ' });
      expect(error!.message).toMatch(/^Tata letak PDF gagal disusun: /);
      expect(error!.start.line).toBeGreaterThan(1);
      expect(error!.hint).toBeTruthy();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
