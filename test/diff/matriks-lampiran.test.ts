/**
 * The matriks perubahan and the renumbering summary for Lampiran blocks (issue 16 point 4): a table
 * whose caption or cells change is named once ("Tabel 1.1 Jumlah …", never "Tabel 1.1 Tabel 1.1 …"), and
 * a place holding several blocks that only follow a new numbering is listed once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/diff/compare.js';
import { listEntries } from '../../src/diff/entries.js';
import { renumberingSentence } from '../../src/diff/renumbering-summary.js';
import type { Naskah } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { buildMatriks } from '../../src/render/matriks/model.js';
import { FIXTURES } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function irAfter(edit: (root: string) => void): Naskah {
  const root = mkdtempSync(join(tmpdir(), 'naskah-matriks-'));
  made.push(root);
  cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
  edit(root);
  const loaded = loadDocument(findProject(root)!, 'mini', { date: '2026-01-01T00:00:00Z', strict: false });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.ir as Naskah;
}

const replace = (root: string, file: string, from: string, to: string) => {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

describe('matriks of Lampiran tables', () => {
  const a = irAfter(() => {});

  it('names a changed table once, with its number and caption', () => {
    const b = irAfter((root) => replace(root, 'mini-pedoman/bab-1.md', 'Tabel: Jumlah Penduduk Miskin {#tabel-miskin}', 'Tabel: Jumlah Penduduk Miskin Kabupaten {#tabel-miskin}'));
    const m = buildMatriks(listEntries(compare(a, b)), b, 'A', 'B', '2026-01-01T00:00:00Z');
    const texts = m.rows.flatMap((r) => [...r.semula, ...r.perubahan]).map((l) => [...l.label, ...l.text].map((s) => s.text).join(' '));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/(Tabel \d+\.\d+) \1/);
    expect(texts.some((t) => /^Tabel 1\.1 Jumlah Penduduk Miskin/.test(t))).toBe(true);
  });

  it('lists a place once when several of its blocks only follow a new numbering', () => {
    // Two paragraphs of one place refer to Pasal `fungsi`; a Pasal inserted before it renumbers it.
    const second = (root: string) => replace(root, 'mini-pedoman/bab-1.md', 'diatur dalam [[=fungsi]].\n', 'diatur dalam [[=fungsi]].\n\nFungsi itu dijabarkan lebih lanjut dalam [[=fungsi]].\n');
    const before = irAfter(second);
    const after = irAfter((root) => {
      second(root);
      replace(root, 'mini/naskah.yaml', '          - pasal: fungsi\n', '          - pasal: asas\n            teks: SLRT diselenggarakan berdasarkan asas keterpaduan\n          - pasal: fungsi\n');
    });
    const sentence = renumberingSentence(listEntries(compare(before, after))) ?? '';
    expect(sentence).toContain('rumusan lain tetap');
    const places = /rumusan lain tetap: (.*)\.$/.exec(sentence)?.[1]?.split(', ') ?? [];
    expect(places.length).toBeGreaterThan(0);
    expect(places.length).toBe(new Set(places).size);
  });
});
