/**
 * The real Buku Pedoman SLRT: every list continues the outline cascade of the heading above it (review
 * M3), and the standalone book names the Perbup by number and title, never "Peraturan Bupati ini" (M4).
 */
import { describe, expect, it } from 'vitest';
import type { BlokLampiran, BukuPedoman, Naskah, Rincian } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { ROOT } from '../helpers.js';
import { runsText } from '../ir-text.js';

const paths = findProject(ROOT)!;
const options = { date: '2026-01-01T00:00:00Z', strict: false, cache: new Map() };
const perbup = loadDocument(paths, 'perbup-slrt', options).ir as Naskah;
const buku = loadDocument(paths, 'pedoman-slrt', options).ir as BukuPedoman;

/** Pairs each ordered list with the label of the heading above it. */
function listsUnderHeadings(isi: readonly BlokLampiran[]): [string, string][] {
  const out: [string, string][] = [];
  let heading = '';
  for (const b of isi) {
    if (b.kind === 'judul') heading = b.label;
    if (b.kind === 'daftar' && b.butir[0]!.label !== '–') out.push([heading, b.butir[0]!.label]);
  }
  return out;
}

function text(isi: readonly BlokLampiran[]): string {
  const rincian = (items: readonly Rincian[]): string[] => items.flatMap((r) => [runsText(r.isi), ...rincian(r.rincian)]);
  return isi.flatMap((b) => (b.kind === 'alinea' ? [runsText(b.isi)] : b.kind === 'daftar' ? rincian(b.butir) : b.kind === 'tabel' ? [...b.kepala, ...b.baris].flat().map(runsText) : [])).join('\n');
}

describe('the Buku Pedoman SLRT', () => {
  it('starts every list one step below the heading above it: "A." → "1.", "1." → "a.", "a." → "1)" (TN-PED-03)', () => {
    const below = (heading: string) => (/^[A-Z]\.$/.test(heading) ? '1.' : /^\d+\.$/.test(heading) ? 'a.' : '1)');
    const pairs = listsUnderHeadings(perbup.lampiran[0]!.isi);
    expect(pairs.length).toBeGreaterThan(30);
    expect(pairs.filter(([heading, first]) => first !== below(heading))).toEqual([]);
    // "2. Tujuan" of BAB I: a. … f.
    expect(pairs.filter(([h]) => h === '2.')[0]).toEqual(['2.', 'a.']);
  });
  it('reads "Peraturan Bupati ini" in the Lampiran and names the Perbup in the standalone book', () => {
    const lampiran = text(perbup.lampiran[0]!.isi);
    const book = text(buku.isi);
    const full = 'Peraturan Bupati Purwakarta Nomor ... Tahun ... tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu';
    expect(lampiran.split('Peraturan Bupati ini').length - 1).toBeGreaterThan(80);
    expect(lampiran).not.toContain('Peraturan Bupati Nomor');
    expect(book).not.toContain('Peraturan Bupati ini');
    expect(book.split(full)).toHaveLength(2);
    expect(book.split('Peraturan Bupati Nomor ... Tahun ...').length - 1).toBe(lampiran.split('Peraturan Bupati ini').length - 2);
    expect(buku.kataPengantar!.alinea.map(runsText).join(' ')).toContain(`Buku ini memuat Lampiran ${full},`);
  });
});
