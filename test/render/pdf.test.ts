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

const akar = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fiksturPdf = path.join(akar, 'test/render/fixtures-pdf');
const opsi: PdfOptions = { templatesDir: path.join(akar, 'templates'), fontsDir: path.join(akar, 'templates/fonts') };

async function bacaIr(berkas: string): Promise<Naskah> {
  return JSON.parse(await readFile(berkas, 'utf8')) as Naskah;
}

/** The sample Perbup, extended with a Lampiran (image paths relative to the project root). */
async function irLampiran(): Promise<Naskah> {
  return bacaIr(path.join(fiksturPdf, 'perbup-lampiran.json'));
}

/** One line of text on a page: baseline y (PDF points, from the bottom), extent and text. */
interface Baris {
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  readonly teks: string;
}

interface Halaman {
  readonly lebar: number;
  readonly tinggi: number;
  /** Lines top to bottom. */
  readonly baris: Baris[];
}

/** Text lines of every page (items on one baseline joined, a space where there is a gap). */
async function bacaPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const halaman: Halaman[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , lebar, tinggi] = page.view as [number, number, number, number];
    const isi = await page.getTextContent();
    const perY = new Map<number, { x: number; w: number; s: string }[]>();
    for (const item of isi.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const daftar = perY.get(y) ?? [];
      daftar.push({ x: item.transform[4] as number, w: item.width, s: item.str });
      perY.set(y, daftar);
    }
    const baris = [...perY.entries()]
      .sort(([a], [b]) => b - a)
      .map(([y, items]) => {
        items.sort((a, b) => a.x - b.x);
        let teks = '';
        let akhir = -Infinity;
        for (const it of items) {
          teks += (teks !== '' && it.x - akhir > 0.5 ? ' ' : '') + it.s;
          akhir = it.x + it.w;
        }
        return { y, x0: items[0]!.x, x1: akhir, teks: teks.replace(/\s+/g, ' ').trim() };
      });
    halaman.push({ lebar, tinggi, baris });
  }
  return { doc, halaman };
}

const NOMOR = /^- \d+ -$/;
const SAMBUNG = ' . . .';

/** Words of the body of a page: everything after the page number line. */
function kataBadan(h: Halaman): string[] {
  const baris = NOMOR.test(h.baris[0]?.teks ?? '') ? h.baris.slice(1) : h.baris;
  return baris.map((b) => b.teks).join(' ').split(' ').filter((w) => w !== '');
}

/**
 * Every page but the last ends with a right-aligned catchword equal to the first words of the
 * next page's body; the last page has none. `lewati` drops leading lines of the next page
 * (a repeated table header) before comparing.
 */
function periksaKataSambung(halaman: readonly Halaman[], lewati: (b: Baris) => boolean = () => false): void {
  halaman.forEach((h, i) => {
    const terakhir = h.baris.at(-1)!;
    if (i === halaman.length - 1) {
      expect(terakhir.teks.endsWith(SAMBUNG), `halaman ${i + 1} (terakhir)`).toBe(false);
      return;
    }
    expect(terakhir.teks.endsWith(SAMBUNG), `halaman ${i + 1}: "${terakhir.teks}"`).toBe(true);
    expect(Math.abs(terakhir.x1 - (h.lebar - 56.69)), `halaman ${i + 1} rata kanan`).toBeLessThan(6);
    const kata = terakhir.teks.slice(0, -SAMBUNG.length).split(' ');
    const berikut = halaman[i + 1]!;
    const isi = { ...berikut, baris: berikut.baris.filter((b, j) => !(j <= 1 && lewati(b))) };
    expect(kataBadan(isi).slice(0, kata.length), `kata sambung halaman ${i + 1}`).toEqual(kata);
  });
}

/** FontName entries of the PDF (Typst writes font descriptors uncompressed). */
function namaHuruf(bytes: Uint8Array): Set<string> {
  const teks = Buffer.from(bytes).toString('latin1');
  return new Set([...teks.matchAll(/\/FontName\s*\/([^\s/<>\[\]()]+)/g)].map((m) => m[1]!));
}

describe('renderPdf — sample Perbup', async () => {
  const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
  const hasil = await renderPdf(ir, opsi);
  const bytes = hasil.bytes!;
  const { doc, halaman } = await bacaPdf(bytes);
  const semua = halaman.flatMap((h) => h.baris.map((b) => b.teks)).join('\n');

  it('produces a PDF without diagnostics', () => {
    expect(hasil.diagnostics).toEqual([]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(hasil.pages).toBe(doc.numPages);
    expect(hasil.pages).toBeGreaterThan(2);
  });

  it('uses F4 pages (215 × 330 mm)', () => {
    for (const h of halaman) {
      expect(h.lebar).toBeCloseTo(609.4, 0);
      expect(h.tinggi).toBeCloseTo(935.4, 0);
    }
  });

  it('numbers pages "- n -" from page 2, none on page 1', () => {
    expect(halaman[0]!.baris.some((b) => b.teks === '- 1 -')).toBe(false);
    halaman.slice(1).forEach((h, i) => expect(h.baris[0]!.teks).toBe(`- ${i + 2} -`));
  });

  it('prints the first words of the next page as catchword on every page but the last', () => {
    periksaKataSambung(halaman);
  });

  it('contains the fixed formulas', () => {
    expect(semua).toContain('DENGAN RAHMAT TUHAN YANG MAHA ESA');
    expect(semua).toContain('Pasal 1');
    expect(semua).toContain('MEMUTUSKAN:');
    expect(semua).toContain('Menimbang');
    expect(semua).toContain('BERITA DAERAH KABUPATEN PURWAKARTA TAHUN ... NOMOR ...');
    expect(semua).toContain('(belum tersedia)');
  });

  it('embeds TeX Gyre Bonum only', () => {
    const nama = namaHuruf(bytes);
    expect(nama.size).toBeGreaterThan(0);
    for (const n of nama) expect(n).toMatch(/^[A-Z]{6}\+TeXGyreBonum-(Regular|Bold|Italic|BoldItalic)$/);
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
    const lagi = await renderPdf(ir, opsi);
    expect(Buffer.compare(Buffer.from(lagi.bytes!), Buffer.from(bytes))).toBe(0);
  });
});

describe('renderPdf — text is data, never markup', () => {
  it('shows Typst markup characters literally', async () => {
    const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
    const aneh = '#set text(red) *tebal* _miring_ $x^2$ <lbl> @ref #"kutip" \\ [kurung] // bukan komentar';
    const diubah: Naskah = {
      ...ir,
      judul: { ...ir.judul, baris: [...ir.judul.baris, '#PAGEBREAK() $Y$'] },
      pembukaan: {
        ...ir.pembukaan,
        menimbang: {
          ...ir.pembukaan.menimbang,
          butir: ir.pembukaan.menimbang.butir.map((b, i) => (i === 0 ? { ...b, isi: [{ kind: 'text', text: aneh }, { kind: 'italic', text: ' *juga* ' }] } : b)),
        },
      },
    };
    const hasil = await renderPdf(diubah, opsi);
    expect(hasil.diagnostics).toEqual([]);
    const { halaman } = await bacaPdf(hasil.bytes!);
    const semua = halaman.flatMap((h) => h.baris.map((b) => b.teks)).join(' ');
    expect(semua).toContain('#set text(red) *tebal* _miring_ $x^2$ <lbl> @ref #"kutip" \\ [kurung] // bukan komentar *juga*');
    expect(semua).toContain('#PAGEBREAK() $Y$');
  });
});

describe('renderPdf — Lampiran, lambang, long paragraphs', async () => {
  const hasil = await renderPdf(await irLampiran(), opsi);
  const { doc, halaman } = await bacaPdf(hasil.bytes!);

  it('renders without diagnostics and embeds the lambang instead of the placeholder', () => {
    expect(hasil.diagnostics).toEqual([]);
    expect(halaman[0]!.baris.some((b) => b.teks.includes('LAMBANG'))).toBe(false);
  });

  it('sets the text of SVG figures in TeX Gyre Bonum too', () => {
    const semua = halaman.flatMap((h) => h.baris.map((b) => b.teks)).join('\n');
    expect(semua).toContain('Gambar 1.2 Bagan Struktur');
    const nama = namaHuruf(hasil.bytes!);
    for (const n of nama) expect(n).toMatch(/^[A-Z]{6}\+TeXGyreBonum-(Regular|Bold|Italic|BoldItalic)$/);
  });

  it('keeps catchwords right through pages that begin mid-paragraph and through the Lampiran', () => {
    const kepalaTabel = (b: Baris) => b.teks === 'No. Desa Layanan Jumlah';
    periksaKataSambung(halaman, kepalaTabel);
    // Some page starts inside an ayat, i.e. with a word that is not a label or heading.
    const tengah = halaman.slice(1).filter((h) => /^[a-z]/.test(kataBadan(h)[0] ?? ''));
    expect(tengah.length).toBeGreaterThan(0);
  });

  it('starts the Lampiran on a new page with its header block on the right', () => {
    const i = halaman.findIndex((h) => h.baris.some((b) => b.teks === 'LAMPIRAN'));
    expect(i).toBeGreaterThan(0);
    const kepala = halaman[i]!.baris.find((b) => b.teks === 'LAMPIRAN')!;
    expect(kepala.x0).toBeGreaterThan(halaman[i]!.lebar / 2 - 20);
    expect(halaman[i]!.baris[1]!.teks).toBe('LAMPIRAN');
  });

  it('repeats the table header and turns a landscape page', () => {
    expect(halaman.filter((h) => h.baris.some((b) => b.teks === 'No. Desa Layanan Jumlah')).length).toBeGreaterThan(1);
    expect(halaman.some((h) => h.lebar > h.tinggi)).toBe(true);
    expect(halaman.at(-1)!.baris.some((b) => b.teks === 'BUPATI PURWAKARTA,')).toBe(true);
  });

  it('is byte-identical whatever was rendered before', async () => {
    // Other documents with the same id ("perbup-slrt") were rendered in between.
    const lagi = await renderPdf(await irLampiran(), opsi);
    expect(Buffer.compare(Buffer.from(lagi.bytes!), Buffer.from(hasil.bytes!))).toBe(0);
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
    const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
    const kata = ['Undang-Undang', 'dan/atau', 'Peraturan-Peraturan', 'Daerah', 'kabupaten/kota', 'sebagaimana', 'anak-anak', 'pelaksanaan'];
    let benih = 7;
    const acak = () => (benih = (benih * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alinea = (n: number) => Array.from({ length: n }, () => kata[Math.floor(acak() * kata.length)]).join(' ') + '.';
    const pasal = Array.from({ length: 40 }, (_, i) => ({
      kind: 'pasal' as const, id: `uji-${i}`, label: `Pasal ${i + 3}`, source: null,
      ayat: [{ kind: 'ayat' as const, id: `uji-${i}-isi`, label: null, isi: [{ kind: 'text' as const, text: alinea(60 + Math.floor(acak() * 120)) }], rincian: [], source: null }],
    }));
    const hasil = await renderPdf({ ...ir, id: 'uji-pemenggalan', batangTubuh: [{ kind: 'bab', id: 'bab-uji', label: 'BAB I', judul: 'UJI', isi: pasal, source: null }] }, opsi);
    expect(hasil.diagnostics).toEqual([]);
    const { halaman } = await bacaPdf(hasil.bytes!);
    periksaKataSambung(halaman);
    // At least one page begins with the tail of a word broken at the end of the previous page.
    const ekor = halaman.slice(1).map((h) => kataBadan(h)[0] ?? '');
    expect(ekor.some((w) => ['Undang', 'atau', 'Peraturan', 'kota', 'anak'].includes(w))).toBe(true);
  });
});

describe('renderPdf — Keputusan with diktum', () => {
  it('lays out KESATU … with rincian and no Perbup-only parts', async () => {
    const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
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
    const hasil = await renderPdf(kep, opsi);
    expect(hasil.diagnostics).toEqual([]);
    const { halaman } = await bacaPdf(hasil.bytes!);
    const semua = halaman.flatMap((h) => h.baris.map((b) => b.teks)).join('\n');
    expect(semua).toContain('KESATU : Membentuk susunan organisasi SLRT.');
    expect(semua).toContain('a. menerima keluhan; dan');
    expect(semua).toContain('Memperhatikan : Berita acara rapat koordinasi SLRT.');
    expect(semua).not.toContain('DENGAN RAHMAT');
    expect(semua).not.toContain('BERITA DAERAH');
  });
});

describe('renderPdf — diagnostics', () => {
  it('draws the placeholder and reports NSK403 when the lambang cannot be read', async () => {
    const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
    const hilang = 'test/render/fixtures-pdf/tidak-ada.png';
    const hasil = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: hilang } }, opsi);
    expect(hasil.bytes).not.toBeNull();
    expect(hasil.diagnostics).toHaveLength(1);
    expect(hasil.diagnostics[0]).toMatchObject({ code: 'NSK403', severity: 'error', file: 'test/render/fixtures-pdf/tidak-ada.png' });
    const { halaman } = await bacaPdf(hasil.bytes!);
    expect(halaman[0]!.baris.some((b) => b.teks === '(belum tersedia)')).toBe(true);
  });

  it('takes image bytes from the caller when given, and reads no file', async () => {
    const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
    const lambang = await readFile(path.join(fiksturPdf, 'lambang.svg'));
    const dengan = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: 'tidak/di/disk.svg' } }, { ...opsi, images: new Map([['tidak/di/disk.svg', lambang]]) });
    expect(dengan.diagnostics).toEqual([]);
    expect((await bacaPdf(dengan.bytes!)).halaman[0]!.baris.some((b) => b.teks === '(belum tersedia)')).toBe(false);
    // Missing from the caller's map: placeholder, and the caller reports it (no duplicate NSK403).
    const tanpa = await renderPdf({ ...ir, kop: { ...ir.kop, lambang: 'tidak/di/disk.svg' } }, { ...opsi, images: new Map() });
    expect(tanpa.diagnostics).toEqual([]);
    expect((await bacaPdf(tanpa.bytes!)).halaman[0]!.baris.some((b) => b.teks === '(belum tersedia)')).toBe(true);
  });

  it('reports a broken layout as NSK401 at the template line, without throwing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'naskah-pdf-'));
    try {
      await cp(path.join(akar, 'templates/typst'), path.join(dir, 'templates/typst'), { recursive: true });
      const utama = path.join(dir, 'templates/typst/naskah/main.typ');
      await writeFile(utama, (await readFile(utama, 'utf8')) + '\n#let rusak = 1 + "a"\n');
      const ir = await bacaIr(path.join(akar, 'test/fixtures/ir/sample-perbup.json'));
      const hasil = await renderPdf(ir, { templatesDir: path.join(dir, 'templates'), fontsDir: opsi.fontsDir });
      expect(hasil.bytes).toBeNull();
      expect(hasil.pages).toBe(0);
      const galat = hasil.diagnostics.find((d) => d.code === 'NSK401');
      expect(galat).toMatchObject({ severity: 'error', file: 'templates/typst/naskah/main.typ' });
      expect(galat!.message).toMatch(/^Tata letak PDF gagal disusun: /);
      expect(galat!.start.line).toBeGreaterThan(1);
      expect(galat!.hint).toBeTruthy();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
