import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '../../src/package/build-package.js';
import { verifyPackage } from '../../src/package/verify.js';
import { unsafeEntryName } from '../../src/package/zip.js';
import { findProject } from '../../src/load/project.js';
import { FIXTURES, runCli } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

const paths = findProject(join(FIXTURES, 'mini'))!;
const options = { date: '2026-03-02T00:00:00Z', version: '0.0.0-test', env: {} };

describe('naskah package', async () => {
  const first = await buildPackage(paths, options);
  const second = await buildPackage(paths, options);
  const entries = unzipSync(first.bytes!);

  it('packs every document, the letter, a daftar isi and a manifest', () => {
    expect(first.name).toBe('paket-fasilitasi-mini-2026-03-02.zip');
    expect(Object.keys(entries).sort()).toEqual([
      '00-daftar-isi-paket.txt', '00-surat-permohonan-fasilitasi.docx', '00-surat-permohonan-fasilitasi.pdf',
      '01-rancangan-mini.docx', '01-rancangan-mini.pdf', '03-buku-pedoman-1-mini-pedoman.pdf', 'manifest.json',
    ]);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { files: { path: string; size: number }[]; sources: { document: string; files: Record<string, string> }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(Object.keys(entries).filter((n) => n !== 'manifest.json').sort());
    expect(manifest.sources.map((s) => s.document)).toEqual(['mini', 'mini-pedoman']);
    expect(Object.keys(manifest.sources[0]!.files)).toContain('content/mini/naskah.yaml');
  });
  it('sends no placeholder text: without a lambang file the kop and the cover keep a blank place (review B2)', async () => {
    for (const [name, bytes] of Object.entries(entries)) {
      const text = name.endsWith('.pdf') ? (await pdfPages(bytes)).flat().join('\n') : name.endsWith('.docx') ? strFromU8(unzipSync(bytes)['word/document.xml']!) : '';
      expect(text, name).not.toContain('(belum tersedia)');
    }
    // The kop lines still stand where they stood under the lambang.
    expect((await pdfPages(entries['01-rancangan-mini.pdf']!))[0]!.slice(0, 2)).toEqual(['BUPATI PURWAKARTA', 'PROVINSI JAWA BARAT']);
  });
  it('is byte-identical when built twice from the same sources and date', () => {
    expect(Buffer.from(second.bytes!).equals(Buffer.from(first.bytes!))).toBe(true);
  });
  it('writes a letter from the Pemerintah Kabupaten to the Gubernur c.q. Kepala Biro Hukum', async () => {
    const text = (await pdfPages(entries['00-surat-permohonan-fasilitasi.pdf']!)).flat();
    const all = text.join(' ');
    // Left column Nomor/Sifat/Lampiran/Hal, right column place and date, then "Yth." (tata naskah dinas).
    expect(text).toEqual(expect.arrayContaining(['BUPATI PURWAKARTA', 'Nomor : 180/123-Hukum/2026 Purwakarta, 2 Maret 2026', 'Sifat : Segera', 'Lampiran : 2 (dua) berkas', 'Bandung', 'a.n. BUPATI PURWAKARTA', 'SEKRETARIS DAERAH,', 'Tembusan:']));
    expect(all).toMatch(/Yth\. Gubernur Jawa Barat/);
    expect(all).toMatch(/c\.q\. Kepala Biro Hukum/);
    expect(all).toMatch(/Hal : Permohonan Fasilitasi/);
    expect(all).toContain('Sebagai bahan fasilitasi, bersama ini kami lampirkan:');
  });
  it('verifies an intact package and names the file whose byte was changed', () => {
    expect(verifyPackage(first.bytes!, 'paket.zip')).toEqual([]);
    const altered = { ...entries, '01-rancangan-mini.pdf': entries['01-rancangan-mini.pdf']!.slice() };
    altered['01-rancangan-mini.pdf']![100] ^= 1;
    const found = verifyPackage(zipSync(altered), 'paket.zip');
    expect(found.map((d) => `${d.code} ${d.file}`)).toEqual(['NSK706 paket.zip!/01-rancangan-mini.pdf']);
  });
  it('reports missing and extra files', () => {
    const { ['01-rancangan-mini.docx']: _removed, ...rest } = entries;
    const found = verifyPackage(zipSync({ ...rest, 'catatan.txt': new Uint8Array([1]) }), 'paket.zip');
    expect(found.map((d) => `${d.code} ${d.file}`)).toEqual(['NSK704 paket.zip!/01-rancangan-mini.docx', 'NSK705 paket.zip!/catatan.txt']);
  });
  it('refuses entries with absolute paths or ".." and never reads them', () => {
    expect(unsafeEntryName('../etc/passwd')).not.toBeNull();
    expect(unsafeEntryName('/etc/passwd')).not.toBeNull();
    expect(unsafeEntryName('a/../../b')).not.toBeNull();
    expect(unsafeEntryName('C:/Windows')).not.toBeNull();
    expect(unsafeEntryName('01-rancangan.pdf')).toBeNull();
    const found = verifyPackage(zipSync({ ...entries, '../luar.txt': new Uint8Array([1]) }), 'paket.zip');
    expect(found.map((d) => d.code)).toEqual(['NSK702']);
  });
});

describe('naskah package on the command line', () => {
  it('refuses while a document has errors, exit 1', async () => {
    const t = await runCli(['package', '--out', '/tmp/naskah-paket-test'], join(FIXTURES, 'broken'));
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('galat NSK301');
    expect(t.stderr).toContain('galat NSK707 Paket tidak dibuat');
  });
  it('verify exits 1 on a damaged zip', async () => {
    const t = await runCli(['package', 'verify', join(FIXTURES, 'mini', 'content', 'daerah.yaml')], join(FIXTURES, 'mini'));
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('NSK701');
  });
});
