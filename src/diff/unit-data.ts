/**
 * What the alignment needs of one flattened revision, kept with it (issue 11): children as unit
 * indexes, and each unit's subtree text and word multiset, computed on first use. A FlatDocument is
 * made once per IR object (flatten.ts) and never changed, so a warm diff against the same revision
 * (one Session, the preview) reuses them instead of building the strings again on every call.
 */
import type { FlatDocument } from './flatten.js';
import { wordCounts } from './similarity.js';

/** Per-unit data of one flattened revision, by unit index. */
export interface UnitData {
  /** Indexes of the units without a parent, in document order. */
  readonly roots: readonly number[];
  /** Indexes of each unit's children, in document order. */
  readonly children: readonly (readonly number[])[];
  /** Index of each unit's parent, -1 at the top. */
  readonly parent: Int32Array;
  /** Text of a unit and everything under it, joined by spaces. */
  subtreeText(index: number): string;
  /** Word multiset of the subtree text (similarity.ts). */
  words(index: number): ReadonlyMap<string, number>;
}

const made = new WeakMap<FlatDocument, UnitData>();

/** The unit data of `d` (once per FlatDocument). */
export function unitData(d: FlatDocument): UnitData {
  let data = made.get(d);
  if (!data) made.set(d, (data = build(d)));
  return data;
}

function build(d: FlatDocument): UnitData {
  const n = d.units.length;
  const roots: number[] = [];
  const children: number[][] = new Array<number[]>(n);
  const parent = new Int32Array(n).fill(-1);
  for (const u of d.units) {
    const list = u.children.map((k) => d.byKey.get(k)!.index);
    for (const c of list) parent[c] = u.index;
    children[u.index] = list;
    if (u.parent === null) roots.push(u.index);
  }
  const texts: (string | undefined)[] = new Array<string | undefined>(n);
  const words: (Map<string, number> | undefined)[] = new Array<Map<string, number> | undefined>(n);
  const subtreeText = (i: number): string => {
    let text = texts[i];
    if (text !== undefined) return text;
    const own = d.units[i]!.text;
    const parts = own === '' ? [] : [own];
    for (const c of children[i]!) {
      const t = subtreeText(c);
      if (t !== '') parts.push(t);
    }
    text = parts.join(' ');
    texts[i] = text;
    return text;
  };
  return {
    roots,
    children,
    parent,
    subtreeText,
    words(i) {
      let w = words[i];
      if (!w) words[i] = w = wordCounts(subtreeText(i));
      return w;
    },
  };
}

const sameKeys = new WeakMap<FlatDocument, WeakMap<FlatDocument, Int32Array>>();

/**
 * For each unit of `a`, the index of the unit of `b` with the same key (-1: none), once per pair of
 * flattened revisions: the keys of two revisions are different string objects, and comparing them is
 * the dearest part of pairing a huge document by key.
 */
export function sameKeyIndex(a: FlatDocument, b: FlatDocument): Int32Array {
  let byB = sameKeys.get(a);
  if (!byB) sameKeys.set(a, (byB = new WeakMap()));
  let same = byB.get(b);
  if (!same) {
    same = new Int32Array(a.units.length).fill(-1);
    for (const u of a.units) {
      const other = b.byKey.get(u.key);
      if (other) same[u.index] = other.index;
    }
    byB.set(b, same);
  }
  return same;
}
