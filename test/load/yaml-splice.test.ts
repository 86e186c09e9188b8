/**
 * The preview parses only the edited item of a YAML file (src/load/yaml-splice.ts). Every splice must
 * give exactly what a full parse of the new text gives — what naskah reads of a parse: each node's class,
 * range, value, scalar style and flow style, the line starts, the plain value — so it is compared with a
 * full parse over thousands of random edits of the real SLRT sources and of a file with every kind of
 * scalar and collection, one after the other (a splice is spliced again). An edit the splice declines
 * parses whole; the test also counts that most edits inside an item were spliced, so it cannot pass by
 * declining everything.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { spliceParse } from '../../src/load/yaml-splice.js';
import { loadYaml } from '../../src/load/yaml-source.js';
import { ROOT } from '../helpers.js';

const OPTIONS = { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;

function full(text: string): { doc: Document.Parsed; lines: number[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter });
  return { doc, lines: lineCounter.lineStarts };
}

/** What naskah reads of a node. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isPair(node)) return ['pair', shape(node.key), shape(node.value)];
  if (isScalar(node)) return ['scalar', node.range, node.value, node.type ?? null, (node as { source?: unknown }).source ?? null];
  if (isMap(node)) return ['map', node.range, node.flow === true, node.items.map(shape)];
  if (isSeq(node)) return ['seq', node.range, node.flow === true, node.items.map(shape)];
  return ['other', (node as { range?: unknown }).range ?? null];
}

/** The plain value, or the error its aliases give (an alias before its anchor). */
function plainOf(doc: Document.Parsed): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    return String(error);
  }
}

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['kata ', ' baru', 'x', ': ', '- ', ' #', '"', "'", '\n', '\n      tambahan', '\n  - butir', '  ', '|', '>-', '{', '[', ',', '&a ', '*a', '!!str ', '\t', ' dan/atau '];

/** One random edit of `text`. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const op = next();
  if (op < 0.55) return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)]! + text.slice(at);
  if (op < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
  if (op < 0.9) {
    // A whole line removed or doubled.
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at) + 1 || text.length;
    return next() < 0.5 ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + text.slice(start, end) + text.slice(end);
  }
  return text.slice(0, at) + 'y' + text.slice(at + 1);
}

const MIXED = `jenis: uji
daftar:
  - satu kata
    bersambung
  - "dikutip
    dua baris"
  - 'tunggal'
  - >-
    dilipat
    baris

  - |
    harfiah
    baris
  - |+
    dengan baris kosong

  - kunci: nilai
    lain: >
      teks
      lagi
    bersarang:
      - a
      - - dalam
        - dalam lagi
      - {x: 1, y: [2, 3]}
  - 12
  - true
  - ~
  - # komentar
    k: v
# komentar di antara
  - terakhir
peta:
  a: 1
  b:
    - c
    - d: e
`;

function run(name: string, text0: string, seed: number, rounds: number, share: number): void {
  it(`gives what a full parse gives: ${name}`, () => {
    const next = random(seed);
    let current = { text: text0, doc: full(text0).doc };
    let spliced = 0;
    let tried = 0;
    for (let i = 0; i < rounds; i++) {
      const text = edit(current.text, next);
      const whole = full(text);
      const sp = spliceParse(current, text);
      if (whole.doc.errors.length === 0) tried++;
      if (sp !== null) {
        spliced++;
        expect(whole.doc.errors).toEqual([]);
        expect(whole.doc.warnings).toEqual([]);
        expect(shape(sp.doc.contents)).toEqual(shape(whole.doc.contents));
        expect(sp.doc.range).toEqual(whole.doc.range);
        expect(sp.lineCounter.lineStarts).toEqual(whole.lines);
        expect(plainOf(sp.doc)).toEqual(plainOf(whole.doc));
      }
      // Go on from the edited text when it parses (from the splice when there is one), else from before.
      if (whole.doc.errors.length === 0 && whole.doc.warnings.length === 0) current = { text, doc: sp?.doc ?? whole.doc };
    }
    expect(spliced).toBeGreaterThan(tried * share);
  });
}

describe('splicing an edited YAML item', () => {
  const perbup = readFileSync(join(ROOT, 'content', 'perbup-slrt', 'naskah.yaml'), 'utf8');
  run('the SLRT Perbup', perbup, 1, 200, 0.5);
  // Seed 34 turns a folded block ("- >-") into a plain scalar at its round 103: the item's ancestors end where its line break is.
  run('the SLRT Perbup, more edits', perbup, 34, 120, 0.5);
  run('the SLRT Keputusan', readFileSync(join(ROOT, 'content', 'kepbup-struktur-slrt', 'naskah.yaml'), 'utf8'), 2, 400, 0.3);
  run('the legal-basis registry', readFileSync(join(ROOT, 'content', 'dasar-hukum.yaml'), 'utf8'), 3, 300, 0);
  for (const seed of [4, 5, 6, 7, 8, 9]) run(`a file with every kind of scalar and collection (${seed})`, MIXED, seed, 2000, 0.05);
  run('the same with Windows line ends', MIXED.replace(/\n/g, '\r\n'), 10, 2000, 0.05);

  it('declines an edit outside every item, and one that makes two items of one', () => {
    const text = 'a: 1\nb:\n  - satu\n  - dua\n';
    const earlier = { text, doc: full(text).doc };
    expect(spliceParse(earlier, text.replace('a: 1', 'a: 2'))).toBeNull();
    expect(spliceParse(earlier, text.replace('satu', 'satu\n  - tiga'))).toBeNull();
    const inside = spliceParse(earlier, text.replace('satu', 'satu lagi'));
    expect(inside?.doc.toJS()).toEqual({ a: 1, b: ['satu lagi', 'dua'] });
  });

  it('is what loading the edited file gives: the same document, value and findings as a fresh parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naskah-yaml-splice-'));
    const file = join(dir, 'naskah.yaml');
    const text = readFileSync(join(ROOT, 'content', 'perbup-slrt', 'naskah.yaml'), 'utf8');
    writeFileSync(file, text);
    const first = loadYaml(file, dir).source!;
    // A word typed in the first Menimbang, and a control character in it that the checks report.
    writeFileSync(file, text.replace('bahwa ', 'bahwa dalam rangka\u0007 '));
    const second = loadYaml(file, dir);
    const fresh = full(readFileSync(file, 'utf8'));
    expect(shape(second.source!.doc.contents)).toEqual(shape(fresh.doc.contents));
    expect(second.source!.lineCounter.lineStarts).toEqual(fresh.lines);
    expect(second.source!.data).toEqual(fresh.doc.toJS());
    expect(second.diagnostics.map((d) => [d.code, d.start])).toEqual([['NSK106', { line: fresh.lines.findIndex((l) => l > text.indexOf('bahwa ')), column: expect.any(Number) }]]);
    // It was spliced: the nodes before the edited Menimbang are those of the first load.
    const key = (doc: Document.Parsed) => (doc.contents as unknown as { items: { key: unknown }[] }).items[0]!.key;
    expect(key(second.source!.doc)).toBe(key(first.doc));
  });
});
