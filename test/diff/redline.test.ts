import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/load/project.js';
import { compare } from '../../src/diff/compare.js';
import type { Dokumen, Naskah } from '../../src/ir/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderRedline } from '../../src/render/redline/index.js';
import { loadRevision } from '../../src/pipeline/load-revision.js';
import { openRevision } from '../../src/revision/open.js';
import { ROOT } from '../helpers.js';
import { initialModel, revisedModel, naskahFrom } from './synthetic.js';
import { acceptAll, plainParagraphs, rejectAll } from './track-changes.js';

const env = { SOURCE_DATE_EPOCH: '1767225600' };

function revision(name: string): Dokumen {
  const paths = findProject(ROOT)!;
  const { source } = openRevision(paths, 'perbup-slrt', name, env);
  const loaded = loadRevision(source!, 'perbup-slrt', { date: '2026-01-01T00:00:00Z', strict: false });
  expect(loaded.ir, JSON.stringify(loaded.diagnostics.slice(0, 3))).not.toBeNull();
  return loaded.ir!;
}

const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml']!);

describe('redline.docx (revisi 1 → revisi 2 of the SLRT Perbup)', async () => {
  const a = revision('1');
  const b = revision('2');
  const redline = documentXml(await renderRedline(compare(a, b), a, b, { root: { a: ROOT, b: ROOT }, author: 'naskah', date: '2025-09-22T03:00:00Z' }));

  it('accepting every change gives the text of revision B', async () => {
    expect(acceptAll(redline)).toEqual(plainParagraphs(documentXml(await renderDocx(b as Naskah))));
  });
  it('rejecting every change gives the text of revision A', async () => {
    expect(rejectAll(redline)).toEqual(plainParagraphs(documentXml(await renderDocx(a as Naskah))));
  });
  it('carries real tracked changes with author and date, and marks the moved Pasal as a move', () => {
    expect(redline).toMatch(/<w:ins w:id="\d+" w:author="naskah" w:date="2025-09-22T03:00:00Z">/);
    expect(redline).toMatch(/<w:del w:id="\d+" w:author="naskah" w:date="2025-09-22T03:00:00Z">/);
    expect(redline).toContain('<w:moveFromRangeStart');
    expect(redline).toContain('<w:moveToRangeStart');
    expect(redline).not.toMatch(/\uE000|\uE001/);
  });
});

/** A Lampiran with a table, prose and a heading, to exercise table rows and cells in the redline. */
function withLampiran(ir: Naskah, version: 'a' | 'b'): Naskah {
  const cell = (t: string) => [{ kind: 'text' as const, text: t }];
  const rows = version === 'a'
    ? [[cell('1.'), cell('Purwakarta'), cell('1.000')], [cell('2.'), cell('Campaka'), cell('800')], [cell('3.'), cell('Bungursari'), cell('650')]]
    : [[cell('1.'), cell('Purwakarta'), cell('1.250')], [cell('2.'), cell('Campaka'), cell('800')], [cell('3.'), cell('Cibatu'), cell('400')], [cell('4.'), cell('Bungursari'), cell('650')]];
  return {
    ...ir,
    lampiran: [{
      id: 'lampiran-uji', kepala: ['LAMPIRAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'PERATURAN SINTETIS'], judul: ['PEDOMAN UJI'],
      penandatangan: { baris: ['BUPATI PURWAKARTA,'], nama: '...' },
      isi: [
        { kind: 'judul', id: 'bab-1', level: 1, label: 'BAB I', judul: 'PENDAHULUAN', source: null },
        { kind: 'alinea', isi: cell(version === 'a' ? 'Pedoman ini disusun untuk petugas.' : 'Pedoman ini disusun untuk petugas layanan dan Puskesos.'), source: null },
        { kind: 'tabel', id: 'tabel-kecamatan', label: 'Tabel 1.1', judul: 'Jumlah Keluarga per Kecamatan', kepala: [[cell('No.'), cell('Kecamatan'), cell('Keluarga')]], baris: rows, lebar: [1, 4, 2], source: null },
        ...(version === 'a' ? [{ kind: 'tabel' as const, id: 'tabel-lama', label: 'Tabel 1.2', judul: 'Dihapus', kepala: [[cell('A'), cell('B')]], baris: [[cell('x'), cell('y')]], lebar: null, source: null }] : []),
      ],
    }],
  };
}

describe('redline.docx of a 200-pasal regulation with every change kind and a Lampiran table', async () => {
  const initial = initialModel(200);
  const a = withLampiran(naskahFrom(initial), 'a');
  const b = withLampiran(naskahFrom(revisedModel(initial)), 'b');
  const redline = documentXml(await renderRedline(compare(a, b), a, b, { root: { a: ROOT, b: ROOT }, author: 'Bagian Hukum', date: '2025-10-06' }));
  it('accept-all gives B and reject-all gives A, paragraph by paragraph, tables included', async () => {
    expect(acceptAll(redline)).toEqual(plainParagraphs(documentXml(await renderDocx(b))));
    expect(rejectAll(redline)).toEqual(plainParagraphs(documentXml(await renderDocx(a))));
  });
  it('marks table rows inserted and deleted in w:trPr and the moved Pasal as moves', () => {
    expect(redline).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins w:id="\d+" w:author="Bagian Hukum" w:date="2025-10-06T00:00:00Z"\/><\/w:trPr>/);
    expect(redline).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:del w:id="\d+"/);
    expect(redline.match(/<w:moveFromRangeStart /g)).toHaveLength(1);
  });
});
