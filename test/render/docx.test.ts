/**
 * Tests of the DOCX renderer (src/render/docx): page setup, fonts, the pembukaan tab structure, batang
 * tubuh, inline italics, the page-number header, style references, document properties, determinism,
 * Keputusan + Lampiran features, and a golden pretty-printed word/document.xml of the sample Perbup.
 *
 * Golden: test/render/fixtures-docx/sample-perbup.document.xml. After a deliberate change run
 * `UPDATE_GOLDEN=1 npx vitest run test/render/docx.test.ts` and review the diff before keeping it.
 */

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { HouseStyle } from '../../src/ir/house-style.js';
import type { Naskah } from '../../src/ir/types.js';
import { renderDocx, type DocxOptions } from '../../src/render/docx/index.js';
import { STYLES } from '../../src/render/docx/styles.js';

const fixture = (path: string): URL => new URL(path, import.meta.url);
const perbup = JSON.parse(readFileSync(fixture('../fixtures/ir/sample-perbup.json'), 'utf8')) as Naskah;
const keputusan = JSON.parse(readFileSync(fixture('./fixtures-docx/sample-keputusan.json'), 'utf8')) as Naskah;
const images: ReadonlyMap<string, Uint8Array> = new Map([
  ['/lambang/garuda.png', new Uint8Array(readFileSync(fixture('./fixtures-docx/lambang.png')))],
  ['/lampiran/bagan.png', new Uint8Array(readFileSync(fixture('./fixtures-docx/bagan.png')))],
]);
const GOLDEN = fixture('./fixtures-docx/sample-perbup.document.xml');

/** The package's parts as text (binary parts such as images are left out). */
type Parts = Readonly<Record<string, string>>;

function parts(bytes: Uint8Array): Parts {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = strFromU8(data);
  }
  return out;
}

async function render(ir: Naskah, options: DocxOptions = {}): Promise<{ bytes: Uint8Array; parts: Parts }> {
  const bytes = await renderDocx(ir, options);
  return { bytes, parts: parts(bytes) };
}

function part(p: Parts, name: string): string {
  const xml = p[name];
  if (xml === undefined) throw new Error(`part ${name} missing`);
  return xml;
}

/** Every `<w:p>…</w:p>` of a part. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

/** The first paragraph whose text contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const p = paragraphs(xml).find((x) => x.includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

/** The `<w:style>` element of `id` in styles.xml. */
function styleDef(stylesXml: string, id: string): string {
  const m = stylesXml.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`));
  if (!m) throw new Error(`style ${id} not defined`);
  return m[0];
}

/** Indents XML one element per line; an element holding only text stays on one line. */
function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i] ?? '';
    const pad = '  '.repeat(depth);
    if (tok.startsWith('<?')) lines.push(tok);
    else if (tok.startsWith('</')) {
      depth -= 1;
      lines.push('  '.repeat(depth) + tok);
    } else if (tok.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (!tok.endsWith('/>') && text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + tok + text + close);
        i += 2;
      } else {
        lines.push(pad + tok);
        if (!tok.endsWith('/>')) depth += 1;
      }
    } else lines.push(pad + tok);
  }
  return lines.join('\n') + '\n';
}

describe('renderDocx — Peraturan Bupati (sample-perbup)', () => {
  let doc: string;
  let styles: string;
  let p: Parts;
  beforeAll(async () => {
    p = (await render(perbup)).parts;
    doc = part(p, 'word/document.xml');
    styles = part(p, 'word/styles.xml');
  });

  it('sets F4 paper 215 × 330 mm and margins top 2, left 3, right 2, bottom 2 cm', () => {
    expect(doc).toContain('<w:pgSz w:w="12189" w:h="18709" w:orient="portrait"/>');
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"\/>/);
  });

  it('sets Bookman Old Style 12 pt, id-ID and the PDF line pitch (exactly 15.4 pt, nothing after) in the document defaults', () => {
    const defaults = styles.match(/<w:docDefaults>.*<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toContain('<w:rFonts w:ascii="Bookman Old Style" w:eastAsia="Bookman Old Style" w:hAnsi="Bookman Old Style" w:cs="Bookman Old Style"/>');
    expect(defaults).toContain('<w:sz w:val="24"/><w:szCs w:val="24"/>');
    expect(defaults).toContain('<w:lang w:val="id-ID"');
    expect(defaults).toContain('<w:spacing w:after="0" w:line="308" w:lineRule="exact"/>');
    // Paragraphs holding pictures keep automatic spacing, so an exact line does not clip them.
    expect(styleDef(styles, 'Lambang')).toContain('w:line="240" w:lineRule="auto"');
    expect(styleDef(styles, 'Gambar')).toContain('w:line="240" w:lineRule="auto"');
    expect(styleDef(styles, 'Normal')).toContain('<w:jc w:val="both"/>');
    expect(styles).not.toMatch(/w:rFonts w:ascii="(?!Bookman Old Style)/);
  });

  it('writes the title block and the pembukaan', () => {
    expect(paragraphWith(doc, 'RANCANGAN')).toContain('<w:pStyle w:val="Judul"/>');
    expect(paragraphWith(doc, 'DENGAN RAHMAT TUHAN YANG MAHA ESA')).toContain('<w:pStyle w:val="Frasa"/>');
    expect(paragraphWith(doc, 'BUPATI PURWAKARTA,')).toContain('<w:pStyle w:val="Jabatan"/>');
    // Bold as in the PDF (review m22).
    expect(styleDef(styles, 'Frasa')).toContain('<w:b/>');
    expect(styleDef(styles, 'Jabatan')).toContain('<w:b/>');
    expect(paragraphWith(doc, 'MEMUTUSKAN:')).toContain('<w:pStyle w:val="Memutuskan"/>');
    expect(paragraphWith(doc, 'LAMBANG')).toContain('<w:pStyle w:val="KotakPengganti"/>');
  });

  it('lays out Menimbang with tabs and a hanging indent, not a table', () => {
    const first = paragraphWith(doc, '>Menimbang<');
    expect(first).toContain('<w:pStyle w:val="LabelDaftar"/>');
    expect(first).toMatch(/<w:t[^>]*>Menimbang<\/w:t><w:tab\/><w:t[^>]*>:<\/w:t><w:tab\/><w:t[^>]*>a\.<\/w:t><w:tab\/><\/w:r><w:r><w:t[^>]*>bahwa penanganan/);
    const second = paragraphWith(doc, 'bahwa berdasarkan pertimbangan');
    expect(second).toMatch(/<w:r><w:tab\/><w:tab\/><w:t[^>]*>b\.<\/w:t><w:tab\/><\/w:r>/);
    const label = styleDef(styles, 'LabelDaftar');
    expect(label).toContain('<w:tabs><w:tab w:val="left" w:pos="1701"/><w:tab w:val="left" w:pos="1984"/><w:tab w:val="left" w:pos="2438"/></w:tabs>');
    expect(label).toContain('<w:ind w:left="2438" w:hanging="2438"/>');
    const menetapkan = paragraphWith(doc, '>Menetapkan<');
    expect(menetapkan).toMatch(/Menetapkan<\/w:t><w:tab\/><w:t[^>]*>:<\/w:t><w:tab\/><\/w:r><w:r><w:t[^>]*>PERATURAN BUPATI TENTANG/);
    expect(menetapkan).toContain('<w:ind w:left="1984" w:hanging="1984"/>');
    const pembukaan = doc.slice(doc.indexOf('Menimbang'), doc.indexOf('Pasal 1'));
    expect(pembukaan).not.toContain('<w:tbl>');
  });

  it('writes BAB, Pasal, ayat and rincian with their styles', () => {
    // Headings are bound like the references that repeat them as REF fields ("BAB\u00a0I", "Pasal\u00a01").
    expect(paragraphWith(doc, '>BAB\u00a0I<')).toContain('<w:pStyle w:val="BabLabel"/>');
    expect(paragraphWith(doc, 'KETENTUAN UMUM')).toContain('<w:pStyle w:val="BabJudul"/>');
    expect(paragraphWith(doc, '>Pasal\u00a01<')).toContain('<w:pStyle w:val="Pasal"/>');
    expect(styleDef(styles, 'Pasal')).toContain('<w:keepNext/>');
    expect(paragraphWith(doc, 'Bagian Kesatu')).toContain('<w:pStyle w:val="BagianLabel"/>');
    expect(paragraphWith(doc, 'Paragraf\u00a01')).toContain('<w:pStyle w:val="ParagrafLabel"/>');
    const ayat = paragraphWith(doc, '>(2)<');
    expect(ayat).toContain('<w:pStyle w:val="Ayat"/>');
    // The label carries the ayat's bookmark (crossref.ts), then the tab.
    expect(ayat).toMatch(/<w:bookmarkStart w:name="n_pasal_3_ayat_2" w:id="\d+"\/><w:r><w:t[^>]*>\(2\)<\/w:t><\/w:r><w:bookmarkEnd w:id="\d+"\/><w:r><w:tab\/>/);
    expect(paragraphWith(doc, 'Dalam Peraturan Bupati ini')).toContain('<w:pStyle w:val="IsiPasal"/>');
    // Rincian under a numbered ayat use the style geometry; under a Pasal without ayat they move left.
    expect(paragraphWith(doc, 'integrasi layanan dan informasi')).toMatch(/<w:pStyle w:val="Rincian1"\/><\/w:pPr>/);
    const definisi = paragraphWith(doc, 'Daerah adalah Kabupaten Purwakarta.');
    expect(definisi).toContain('<w:pStyle w:val="Rincian1"/>');
    expect(definisi).toContain('<w:ind w:left="454" w:hanging="454"/>');
    expect(paragraphWith(doc, 'Dinas Kesehatan; dan')).toContain('<w:pStyle w:val="Rincian3"/>');
  });

  it('sets italic inlines as italic runs and references as plain runs', () => {
    expect(doc).toMatch(/<w:r><w:rPr><w:rStyle w:val="Asing"\/><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>front office<\/w:t><\/w:r>/);
    expect(doc).toMatch(/<w:r><w:rPr><w:rStyle w:val="Rujukan"\/><\/w:rPr><w:t[^>]*>dalam Pasal 2<\/w:t><\/w:r>/);
    expect(styleDef(styles, 'Asing')).toContain('<w:i/>');
  });

  it('numbers pages "- n -" in the header from page 2 on', () => {
    const sectPr = doc.match(/<w:sectPr>.*?<\/w:sectPr>/)?.[0] ?? '';
    expect(sectPr).toContain('<w:titlePg/>');
    const rels = part(p, 'word/_rels/document.xml.rels');
    const target = (type: string): string => {
      const id = sectPr.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`))?.[1];
      const file = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      return part(p, `word/${file}`);
    };
    const header = target('default');
    expect(header).toMatch(/<w:t[^>]*>- <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:t[^>]*> -<\/w:t>/);
    expect(header).toContain('<w:pStyle w:val="NomorHalaman"/>');
    expect(target('first')).not.toContain('PAGE');
  });

  it('keeps the signature blocks in the penutup together', () => {
    expect(paragraphWith(doc, 'Agar setiap orang mengetahuinya')).toContain('<w:keepNext/>');
    expect(paragraphWith(doc, 'Ditetapkan di Purwakarta')).toContain('<w:pStyle w:val="Penandatangan"/>');
    expect(paragraphWith(doc, 'Diundangkan di Purwakarta')).toContain('<w:pStyle w:val="Pengundangan"/>');
    expect(paragraphWith(doc, 'BERITA DAERAH KABUPATEN PURWAKARTA')).toContain('<w:pStyle w:val="BeritaDaerah"/>');
  });

  it('fills core.xml from the metadata, with its date and never the clock', () => {
    const core = part(p, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Rancangan Peraturan Bupati Purwakarta tentang Sistem Layanan dan Rujukan Terpadu</dc:title>');
    expect(core).toContain('<dc:subject>Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu</dc:subject>');
    expect(core).toContain('<dc:creator>Pemerintah Kabupaten Purwakarta</dc:creator>');
    expect(core).toContain('<cp:keywords>SLRT, Peraturan Bupati</cp:keywords>');
    expect(core).toContain('<dc:language>id-ID</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:modified>');
  });

  it('matches the golden word/document.xml', () => {
    const actual = prettyXml(doc);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden missing: run with UPDATE_GOLDEN=1 and review it').toBe(true);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('renderDocx — styles', () => {
  it('defines every style the document refers to, and every style of the table', async () => {
    for (const { parts: p } of [await render(perbup), await render(keputusan, { images })]) {
      const styles = part(p, 'word/styles.xml');
      const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
      for (const [name, xml] of Object.entries(p)) {
        if (!name.startsWith('word/') || name === 'word/styles.xml') continue;
        for (const m of xml.matchAll(/<w:(pStyle|rStyle|tblStyle) w:val="([^"]+)"\/>/g)) {
          expect(defined, `${name} uses undefined style ${m[2]}`).toContain(m[2]);
        }
      }
      for (const m of styles.matchAll(/<w:(basedOn|next) w:val="([^"]+)"\/>/g)) expect(defined).toContain(m[2]);
      for (const id of Object.keys(STYLES)) expect(defined).toContain(id);
    }
  });
});

describe('renderDocx — Keputusan Bupati with a Lampiran (sample-keputusan)', () => {
  let bytes: Uint8Array;
  let p: Parts;
  let doc: string;
  beforeAll(async () => {
    ({ bytes, parts: p } = await render(keputusan, { images }));
    doc = part(p, 'word/document.xml');
  });

  it('puts the lambang image at the top and leaves out the frasa', () => {
    expect(doc.indexOf('<w:drawing>')).toBeLessThan(doc.indexOf('BUPATI PURWAKARTA'));
    expect(doc).toMatch(/<wp:docPr id="1" name="Lambang"/);
    expect(doc).not.toContain('DENGAN RAHMAT');
    expect(doc).not.toContain('LAMBANG');
    expect(Object.keys(unzipSync(bytes)).some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
  });

  it('widens the label columns for "Memperhatikan" and aligns the diktum with them', () => {
    const memperhatikan = paragraphWith(doc, '>Memperhatikan<');
    expect(memperhatikan).toContain('<w:tab w:val="clear" w:pos="1701"/>');
    const colon = Number(memperhatikan.match(/<w:tab w:val="left" w:pos="(\d+)"\/>/)?.[1]);
    expect(colon).toBeGreaterThan(1701);
    const kesatu = paragraphWith(doc, '>KESATU<');
    expect(kesatu).toContain('<w:pStyle w:val="Diktum"/>');
    expect(kesatu).toMatch(/KESATU<\/w:t><w:tab\/><w:t[^>]*>:<\/w:t><w:tab\/>/);
    expect(kesatu).toContain(`<w:tab w:val="left" w:pos="${colon}"/>`);
    expect(paragraphWith(doc, 'melakukan rujukan kepada:')).toContain('<w:pStyle w:val="Rincian1"/>');
  });

  it('starts the lampiran in a new section with its header block, and switches orientation', () => {
    const sections = [...doc.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(4);
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    expect(sections[1]).toContain('<w:titlePg/>');
    expect(sections[2]).toContain('<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>');
    expect(sections[3]).toContain('w:orient="portrait"');
    // Catalogue default (TN-LMP-05): the lampiran starts at page 1, no number on its first page.
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(sections.slice(2).join('')).not.toContain('<w:pgNumType w:start');
    expect(paragraphWith(doc, '>LAMPIRAN<')).toContain('<w:pStyle w:val="LampiranKepala"/>');
    // One paragraph "BAB I" + line break + title, so the TOC and Word's navigation pane read "BAB I PENDAHULUAN".
    expect(paragraphWith(doc, '>PENDAHULUAN<')).toMatch(/<w:pStyle w:val="LampiranBabLabel"\/>.*>BAB I<.*<w:br\/>.*>PENDAHULUAN</);
    expect(paragraphWith(doc, 'Latar Belakang')).toMatch(/<w:pStyle w:val="LampiranSubjudul1"\/>.*>A\.<\/w:t><w:tab\/>/);
  });

  it('writes tables with a caption above and a repeating header row', () => {
    const caption = doc.indexOf('Tabel 1 Susunan Organisasi SLRT');
    const table = doc.indexOf('<w:tbl>', caption);
    expect(caption).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(caption);
    const tbl = doc.slice(table, doc.indexOf('</w:tbl>', table));
    expect(tbl).toMatch(/<w:trPr>(<w:cantSplit\/>)?<w:tblHeader\/>/);
    expect(tbl).toContain('Kedudukan dalam SLRT');
    expect(tbl.match(/<w:gridCol /g)).toHaveLength(4);
  });

  it('writes figures with the caption below, and a marked placeholder for a missing image', () => {
    expect(doc.indexOf('Gambar 1 Bagan Struktur Organisasi SLRT')).toBeGreaterThan(doc.indexOf('name="Gambar 1"'));
    expect(doc).toContain('GAMBAR (belum tersedia)');
    expect(doc).toContain('alur.svg');
  });

  it('numbers lampiran pages and writes its header block as the house style says, like the PDF (TN-LMP-05, TN-LMP-02)', async () => {
    const sectionsOf = (xml: string) => [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    const restarted = sectionsOf(part((await render(keputusan, { images })).parts, 'word/document.xml'));
    expect(restarted[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(restarted[1]).toContain('<w:titlePg/>');
    expect(restarted[2]).not.toContain('w:start');
    const house: HouseStyle = { lampiran: { nomorHalaman: 'lanjut', nomorHalamanPertama: true, barisTanggal: true, titikDua: true } };
    const xml = part((await render(keputusan, { images, houseStyle: house })).parts, 'word/document.xml');
    const continued = sectionsOf(xml);
    expect(continued.slice(1).join('')).not.toContain('w:start');
    expect(continued[1]).not.toContain('<w:titlePg/>');
    const kepala = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="LampiranKepala"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    expect(kepala.find((l) => l.startsWith('NOMOR'))).toMatch(/^NOMOR: /);
    expect(kepala.find((l) => l.startsWith('TANGGAL'))).toMatch(/^TANGGAL: /);
    // The colons share one column: a tab to the same stop in both lines.
    const stops = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="LampiranKepala"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => /<w:t[^>]*>(NOMOR|TANGGAL)<\/w:t><w:tab\/>/.test(p))
      .map((p) => /<w:tab w:val="left" w:pos="(\d+)"\/>/.exec(p)?.[1]);
    expect(stops).toHaveLength(2);
    expect(stops[0]).toBeDefined();
    expect(stops[1]).toBe(stops[0]);
  });
});

describe('renderDocx — determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives byte-identical output for the same IR, whatever ran before and whatever the clock says', async () => {
    const a = await renderDocx(perbup, {});
    const kA = await renderDocx(keputusan, { images });
    const b = await renderDocx(perbup, {});
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-15T13:45:00Z'));
    const c = await renderDocx(perbup, {});
    const k = await renderDocx(keputusan, { images });
    vi.useRealTimers();
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(k).equals(Buffer.from(kA))).toBe(true);
  });
});
