/**
 * A Lampiran whose pedoman did not change is not resolved again (src/resolve/pedoman/kept-resolution.ts):
 * the preview saves the Perbup many times a minute, and the SLRT pedoman is 47 pages. The kept result is
 * given only while everything the resolution read gives the same answer: the pedoman's files, the units of
 * the Perbup it names, the ids a suggestion is chosen from, the images it looks for. Each test loads a
 * project, changes one of these, loads again, and compares with a resolution from nothing (the same
 * project in another folder, which has no kept resolution): the IR must be the same, and the kept blocks
 * must be reused exactly when nothing they read changed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { findProject, type ProjectPaths } from '../../src/load/project.js';
import { loadDocument, type Loaded } from '../../src/pipeline/load-document.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { ROOT } from '../helpers.js';

const ID = 'perbup-slrt';
const OPTIONS = { date: '2026-01-01T00:00:00Z', strict: false } as const;

function project(): ProjectPaths {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-kept-lampiran-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return findProject(dir)!;
}

function edit(paths: ProjectPaths, file: string, change: (text: string) => string): void {
  const abs = join(paths.content, file);
  const before = readFileSync(abs, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(abs, after);
}

/** A project to load, the same project never loaded (resolved from nothing by `compare`), and an edit of both. */
function twins(): { a: ProjectPaths; fresh: ProjectPaths; both: (file: string, change: (text: string) => string) => void } {
  const a = project();
  const fresh = project();
  return { a, fresh, both: (file, change) => [a, fresh].forEach((p) => edit(p, file, change)) };
}

/** Loads the Perbup with a load cache of its own (so only the kept resolution can carry anything over). */
const load = (paths: ProjectPaths): Loaded => loadDocument(paths, ID, { ...OPTIONS, lint: 'none', cache: new Map() });
const blocks = (l: Loaded) => (l.ir as Naskah).lampiran[0]!.isi;
const plain = (l: Loaded): unknown => JSON.parse(JSON.stringify({ ir: l.ir, diagnostics: l.diagnostics }));

/** Loads `a` (whose pedoman was resolved before), and `fresh` (never loaded): both after the same edits. */
function compare(a: ProjectPaths, fresh: ProjectPaths): Loaded {
  const kept = load(a);
  expect(plain(kept)).toEqual(plain(load(fresh)));
  return kept;
}

const PASAL_BEFORE_MAKSUD = '      - pasal: maksud-tujuan\n';
const NEW_PASAL = '      - pasal: pasal-sisipan\n        teks: Pasal ini disisipkan untuk pengujian\n';
/** A BAB with the new Pasal after the last one: no unit the pedoman names moves. */
const append = (t: string): string => t.replace(/\n(lampiran:)/, `\n  - bab: SISIPAN\n    id: bab-sisipan\n    isi:\n${NEW_PASAL.trimEnd()}\n\n$1`);

describe('a kept Lampiran', () => {
  it('is reused when only text elsewhere changed, even when every unit moved down a line', () => {
    const { a, fresh, both } = twins();
    const first = load(a);
    const addLine = (t: string): string => t.replace('menimbang:\n', 'menimbang:\n  # catatan tim\n');
    both(`${ID}/naskah.yaml`, addLine);
    const second = compare(a, fresh);
    expect(blocks(second)).toBe(blocks(first));
    // Positions of the batang tubuh did move (the line is above them): the kept blocks never read them.
    expect(JSON.stringify((second.ir as Naskah).batangTubuh)).not.toBe(JSON.stringify((first.ir as Naskah).batangTubuh));
    // A Pasal added after the last one moves the Lampiran's own place in document order (the pedoman names
    // the Lampiran) but renumbers nothing it names.
    both(`${ID}/naskah.yaml`, append);
    expect(blocks(compare(a, fresh))).toBe(blocks(first));
  });

  it('is resolved again when a Pasal it names is renumbered', () => {
    const { a, fresh, both } = twins();
    const first = load(a);
    const insert = (t: string): string => t.replace(PASAL_BEFORE_MAKSUD, NEW_PASAL + PASAL_BEFORE_MAKSUD);
    both(`${ID}/naskah.yaml`, insert);
    const second = compare(a, fresh);
    expect(blocks(second)).not.toBe(blocks(first));
    // "[[=maksud]]" in the pedoman names Pasal 4 ayat (1); one Pasal more before it makes it Pasal 5.
    const text = (l: Loaded): string => JSON.stringify(blocks(l));
    expect(text(first)).toContain('Pasal 4 ayat (1)');
    expect(text(second)).toContain('Pasal 5 ayat (1)');
  });

  it('is resolved again when one of its files changes', () => {
    const { a, fresh, both } = twins();
    const first = load(a);
    const change = (t: string): string => t.replace('# PENDAHULUAN\n', '# PENDAHULUAN\n\nKalimat baru pada awal bab.\n');
    both('pedoman-slrt/bab-1-pendahuluan.md', change);
    const second = compare(a, fresh);
    expect(blocks(second)).not.toBe(blocks(first));
    expect(JSON.stringify(blocks(second))).toContain('Kalimat baru pada awal bab.');
  });

  it('follows the ids a suggestion is chosen from: the Perbup gains an id near an unknown one', () => {
    const { a, fresh, both } = twins();
    const addRef = (t: string): string => t.replace('# PENDAHULUAN\n', '# PENDAHULUAN\n\nLihat [[pasal-sisipa]].\n');
    both('pedoman-slrt/bab-1-pendahuluan.md', addRef);
    const before = load(a).diagnostics.filter((d) => d.code === 'NSK301');
    expect(before).toHaveLength(1);
    expect(before[0]!.hint).not.toContain('`pasal-sisipan`');
    // No unit the pedoman names changed; only the list of ids its suggestion comes from.
    both(`${ID}/naskah.yaml`, append);
    const after = compare(a, fresh).diagnostics.filter((d) => d.code === 'NSK301');
    expect(after).toHaveLength(1);
    expect(after[0]!.hint).toContain('`pasal-sisipan`');
  });

  it('follows a unit the Perbup gains that the pedoman names', () => {
    const { a, fresh, both } = twins();
    const addRef = (t: string): string => t.replace('# PENDAHULUAN\n', '# PENDAHULUAN\n\nLihat [[pasal-sisipan]].\n');
    both('pedoman-slrt/bab-1-pendahuluan.md', addRef);
    expect(load(a).diagnostics.filter((d) => d.code === 'NSK301')).toHaveLength(1);
    both(`${ID}/naskah.yaml`, append);
    const second = compare(a, fresh);
    expect(second.diagnostics.filter((d) => d.code === 'NSK301')).toEqual([]);
  });

  it('follows an image put in place after the pedoman named it', () => {
    const { a, fresh, both } = twins();
    const addImage = (t: string): string => t.replace('# PENDAHULUAN\n', '# PENDAHULUAN\n\n![Peta Wilayah {#gambar-peta}](gambar/peta.svg)\n');
    both('pedoman-slrt/bab-1-pendahuluan.md', addImage);
    const missing = load(a).diagnostics.filter((d) => d.code === 'NSK125');
    expect(missing.map((d) => d.message)).toEqual(['Gambar gambar/peta.svg tidak ditemukan.']);
    for (const p of [a, fresh]) cpSync(join(p.content, 'pedoman-slrt', 'gambar', 'alur-layanan.svg'), join(p.content, 'pedoman-slrt', 'gambar', 'peta.svg'));
    const second = compare(a, fresh);
    expect(second.diagnostics.filter((d) => d.code === 'NSK125')).toEqual([]);
  });

  it('is not changed by anything a build does with it (the blocks are frozen through a PDF, DOCX and lint)', async () => {
    const a = project();
    const first = load(a);
    const freeze = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
      Object.freeze(v);
      for (const x of Object.values(v)) freeze(x);
    };
    freeze(blocks(first));
    // A frozen object throws when written to (ES modules are strict): any write below fails the test.
    const linted = loadDocument(a, ID, { ...OPTIONS, lint: 'all', cache: new Map() });
    expect(blocks(linted)).toBe(blocks(first));
    const rendered = await renderDocument(linted.ir!, a, ['pdf', 'docx']);
    expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered.pages).toBeGreaterThan(60);
  });
});
