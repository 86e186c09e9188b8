/**
 * Lambang (review B2, TN-KOP-01): without the official image a document is printed with its placeholder
 * only with warning NSK404 at the daerah.yaml entry (lambang for the kop, lambang_daerah for the book cover), and
 * `naskah package` refuses a final document without it (NSK708). With the files in place, no warning,
 * the package is built, and the book cover carries the lambang daerah, not the Garuda.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { findProject } from '../../src/load/project.js';
import type { BukuPedoman, Naskah } from '../../src/ir/types.js';
import { copyFixture, FIXTURES, ROOT, runCli } from '../helpers.js';

/** A copy of the mini project; `edit` changes its files before use. */
function project(edit: (content: string) => void): string {
  const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-lambang-');
  edit(join(dir, 'content'));
  return dir;
}
const replaceIn = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
/** Makes the mini Perbup final and otherwise complete (names, nomor, dates, only verified citations). */
const final = (content: string) => {
  const naskah = join(content, 'mini', 'naskah.yaml');
  replaceIn(naskah, 'status: rancangan', 'status: final\nditetapkan: 2026-03-01\ndiundangkan: 2026-03-02\nberita_daerah: 7');
  replaceIn(naskah, 'nomor: null\ntahun: null', 'nomor: 12\ntahun: 2026');
  replaceIn(naskah, ', pp-39-2012', '');
  replaceIn(join(content, 'daerah.yaml'), 'kepala_daerah:\n  nama: null', 'kepala_daerah:\n  nama: NAMA BUPATI');
  replaceIn(join(content, 'daerah.yaml'), 'sekretaris_daerah:\n  nama: null', 'sekretaris_daerah:\n  nama: NAMA SEKRETARIS');
};
const withLambang = (content: string) => {
  copyFileSync(join(ROOT, 'test', 'render', 'fixtures-pdf', 'lambang.svg'), join(content, 'garuda.svg'));
  copyFileSync(join(ROOT, 'test', 'render', 'fixtures-pdf', 'bagan.svg'), join(content, 'purwakarta.svg'));
  replaceIn(join(content, 'daerah.yaml'), 'lambang: null', 'lambang: garuda.svg\nlambang_daerah: purwakarta.svg');
};
const options = { date: '2026-03-02T00:00:00Z', strict: false, cache: new Map() };

describe('lambang', () => {
  it('warns NSK404 at the daerah.yaml entry when a build prints the placeholder in the kop or on the book cover', async () => {
    const dir = project(() => {});
    // Checking prints nothing yet: the warning belongs to the documents that carry the placeholder.
    expect((await runCli(['check'], dir)).stderr).not.toContain('NSK404');
    const perbup = await runCli(['build', 'mini', '--format', 'pdf'], dir);
    expect(perbup.exitCode).toBe(0);
    expect(perbup.stderr.split('\n').filter((l) => l.includes('NSK404'))).toEqual([
      'content/daerah.yaml:6:10 peringatan NSK404 Lambang Garuda Pancasila belum tersedia (`lambang: null`): dokumen dicetak dengan kotak pengganti "LAMBANG (belum tersedia)".',
    ]);
    expect(perbup.stderr).toContain('petunjuk: Letakkan berkas resmi lambang Garuda Pancasila (PNG atau SVG) di content/lambang/garuda-pancasila.png');
    // The book cover needs the lambang daerah; the fixture has no such entry: reported at the start of the map.
    const buku = await runCli(['build', 'mini-pedoman', '--format', 'docx'], dir);
    expect(buku.stderr.split('\n').filter((l) => l.includes('NSK404'))).toEqual([
      'content/daerah.yaml:2:1 peringatan NSK404 Lambang daerah belum tersedia (`lambang_daerah: null`): dokumen dicetak dengan kotak pengganti "LAMBANG (belum tersedia)".',
    ]);
  }, 60_000);

  it('refuses to package a final document without its lambang (NSK708), exit 1', async () => {
    const t = await runCli(['package', '--out', mkdtempSync(join(tmpdir(), 'naskah-paket-'))], project(final));
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toMatch(/content\/daerah\.yaml:6:10 galat NSK708 .* berstatus final, tetapi kopnya masih memuat kotak pengganti lambang: paket tidak dibuat\./);
    // The book inherits the status of its Peraturan: its cover needs the lambang daerah.
    expect(t.stderr).toMatch(/content\/daerah\.yaml:2:1 galat NSK708 .* berstatus final, tetapi sampulnya masih memuat kotak pengganti lambang/);
    expect(t.stderr).toContain('galat NSK707 Paket tidak dibuat');
  }, 60_000);

  it('packages a final document once both files are given, the cover with the lambang daerah', async () => {
    const dir = project((c) => (final(c), withLambang(c)));
    const out = mkdtempSync(join(tmpdir(), 'naskah-paket-'));
    const t = await runCli(['package', '--out', out], dir);
    expect(t.exitCode).toBe(0);
    const paths = findProject(dir)!;
    expect((loadDocument(paths, 'mini', options).ir as Naskah).kop.lambang).toBe('content/garuda.svg');
    expect((loadDocument(paths, 'mini-pedoman', options).ir as BukuPedoman).sampul.lambang).toBe('content/purwakarta.svg');
    const zip = unzipSync(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('.zip'))!)));
    expect(strFromU8(zip['manifest.json']!)).toContain('01-rancangan-mini.pdf');
    // The letter's kop carries the Garuda too (it was rendered without any image before).
    expect(strFromU8(unzipSync(zip['00-surat-permohonan-fasilitasi.docx']!)['word/document.xml']!)).toContain('<pic:pic');
  }, 60_000);
});
