/**
 * The on-disk cache of parsed YAML (src/load/yaml-cache.ts, issue 11): a stored parse, through JSON and
 * back, is node for node what the `yaml` library gave — same classes, ranges, scalar styles, values, flow
 * collections, line starts and plain value — for every YAML source of content/ and of the test fixtures;
 * what would not round-trip exactly is never stored; a malformed entry is refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fromEntry, toEntry, type YamlEntry } from '../../src/load/yaml-cache.js';
import { ROOT } from '../helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { doc, lineCounter, data: doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined };
}

/** Everything the later phases read of a node, as plain data. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as Node;
  const base = { cls: n.constructor.name, range: n.range, anchor: (n as { anchor?: string }).anchor };
  if (isAlias(n)) return { ...base, source: n.source };
  if (isScalar(n)) return { ...base, value: n.value, type: n.type };
  if (isMap(n)) return { ...base, flow: n.flow === true, items: n.items.map((p) => (isPair(p) ? [shape(p.key), shape(p.value)] : 'not a pair')) };
  if (isSeq(n)) return { ...base, flow: n.flow === true, items: n.items.map(shape) };
  return { ...base, other: true };
}

describe('yaml cache', () => {
  const files = [...yamlFiles(join(ROOT, 'content')), ...yamlFiles(join(ROOT, 'test'))];

  it('round-trips every stored source exactly, through JSON', () => {
    let stored = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const parsed = parse(text);
      if (parsed.doc.errors.length > 0) continue;
      const entry = toEntry(parsed);
      if (!entry) continue;
      stored++;
      const back = fromEntry(JSON.parse(JSON.stringify(entry)) as YamlEntry);
      const where = relative(ROOT, file);
      expect(shape(back.doc.contents), where).toEqual(shape(parsed.doc.contents));
      expect(back.data, where).toStrictEqual(parsed.data);
      expect(back.lineCounter.lineStarts, where).toEqual(parsed.lineCounter.lineStarts);
      for (const offset of [0, Math.floor(text.length / 2), text.length - 1]) expect(back.lineCounter.linePos(offset), where).toEqual(parsed.lineCounter.linePos(offset));
    }
    // All of content/ and most fixtures are plain YAML.
    expect(stored).toBeGreaterThan(files.length / 2);
    for (const file of yamlFiles(join(ROOT, 'content'))) expect(toEntry(parse(readFileSync(file, 'utf8'))), relative(ROOT, file)).not.toBeNull();
  });

  it('never stores what would not round-trip', () => {
    for (const text of ['a: !!str 1\n', 'a: .inf\n', 'a: .nan\n', 'a: -0.0\n', '? [a, b]\n: c\n', '!!set\n? a\n', 'a: !!omap\n  - b: 1\n']) {
      expect(toEntry(parse(text)), text).toBeNull();
    }
    for (const text of ['a: "x\\ty"\nb: [1, {c: d}]\nc:\nd: |\n  e\n', 'a: &x {b: 1}\nc: *x\n']) {
      const parsed = parse(text);
      const entry = toEntry(parsed);
      expect(entry, text).not.toBeNull();
      expect(shape(fromEntry(JSON.parse(JSON.stringify(entry)) as YamlEntry).doc.contents)).toEqual(shape(parsed.doc.contents));
    }
  });

  it('refuses an entry of the wrong shape', () => {
    expect(() => fromEntry({ tree: null, data: null } as unknown as YamlEntry)).toThrow();
  });
});
