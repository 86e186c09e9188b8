/**
 * Cross-references as Word fields (src/render/docx/crossref.ts): bookmark names Word accepts, a bookmark
 * on every unit of the batang tubuh, each generated reference a REF field to an existing bookmark with its
 * current text as the cached result; LibreOffice keeps both when it saves the DOCX again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarkName, bookmarkText } from '../../src/render/docx/crossref.js';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

const WORD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

describe('bookmark names', () => {
  it('maps ids to valid, deterministic Word bookmark names', () => {
    expect(bookmarkName('puskesos-dibentuk')).toBe('n_puskesos_dibentuk');
    const long = 'penyelenggaraan-sistem-layanan-rujukan-terpadu-pasal';
    expect(bookmarkName(long)).toMatch(WORD_NAME);
    expect(bookmarkName(long)).toBe(bookmarkName(long));
    expect(bookmarkName(long)).not.toBe(bookmarkName(`${long}-2`));
    // Ids that would collide once '.' and '_' are replaced keep distinct names.
    expect(bookmarkName('fungsi.isi.c')).toMatch(WORD_NAME);
    expect(bookmarkName('fungsi.isi.c')).not.toBe(bookmarkName('fungsi_isi_c'));
  });

  it('bookmarks the number of a rincian without its full stop, an ayat and a Pasal whole', () => {
    expect([bookmarkText('b.'), bookmarkText('2)'), bookmarkText('(1)'), bookmarkText('Pasal 12'), bookmarkText('BAB II')]).toEqual(['b', '2', '(1)', 'Pasal 12', 'BAB II']);
  });
});

describe('DOCX of the mini Perbup', () => {
  let xml: string;
  beforeAll(async () => {
    const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-crossref-');
    const t = await runCli(['build', 'mini', '--format', 'docx'], dir);
    expect(t.exitCode).toBe(0);
    xml = strFromU8(unzipSync(readFileSync(join(dir, 'output', 'mini', 'mini.docx')))['word/document.xml']!);
  });

  it('writes references as REF fields to bookmarks that exist, with the current text cached', () => {
    const names = new Set([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]!));
    expect([...names].every((n) => WORD_NAME.test(n))).toBe(true);
    const fields = [...xml.matchAll(/<w:fldSimple w:instr="REF (\S+) \\h"><w:r><w:t[^>]*>([^<]*)<\/w:t><\/w:r><\/w:fldSimple>/g)].map((m) => [m[1], m[2]]);
    expect(fields).toEqual([
      ['n_puskesos_dibentuk', '(1)'],
      ['n_fungsi_identifikasi', 'b'],
      ['n_puskesos_dibentuk', '(1)'],
      ['n_puskesos_tugas', '(2)'],
      ['n_rujukan_pd', '2'],
      ['n_fungsi', 'Pasal\u00a02'],
      ['n_puskesos', 'Pasal\u00a03'],
      // In the Lampiran (the mini Pedoman refers to Pasal 2 huruf b of its Peraturan).
      ['n_fungsi', 'Pasal\u00a02'],
      ['n_fungsi_identifikasi', 'b'],
    ]);
    for (const [name] of fields) expect(names.has(name!)).toBe(true);
    // The cached result is the bookmarked text, so Word's "update fields" writes the same words.
    expect(xml).toMatch(/<w:bookmarkStart w:name="n_fungsi_identifikasi" w:id="(\d+)"\/><w:r><w:t[^>]*>b<\/w:t><\/w:r><w:bookmarkEnd w:id="\1"\/><w:r><w:t[^>]*>\.<\/w:t><w:tab\/><\/w:r>/);
    expect(xml).toContain('<w:t xml:space="preserve">sebagaimana dimaksud dalam Pasal\u00a02 huruf\u00a0</w:t></w:r><w:fldSimple w:instr="REF n_fungsi_identifikasi \\h">');
  });

  it('numbers bookmarks 1, 2, 3 … in document order', () => {
    const ids = [...xml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });

  it('survives a round trip through LibreOffice (fixture made by test/fixtures/review/make.py)', () => {
    const lo = strFromU8(unzipSync(readFileSync(join(FIXTURES, 'review', 'reviewed.docx')))['word/document.xml']!);
    expect(lo).toContain('<w:bookmarkStart w:id="');
    expect(lo).toMatch(/w:name="n_puskesos_tugas"/);
    expect(lo).toMatch(/<w:instrText[^>]*>\s*REF n_puskesos_dibentuk \\h\s*<\/w:instrText>/);
  });
});
