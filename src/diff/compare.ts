/**
 * Structural diff of two IRs (DESIGN.md pipeline, "diff"): aligns their units (align.ts), then builds
 * one merged tree in revision B's order with A's deleted units at the place they had, and marks each
 * unit inserted, deleted, moved (to another parent, or out of order among its siblings: those outside a
 * longest increasing run), modified (own text) and renumbered (own number).
 */
import type { Dokumen } from '../ir/types.js';
import { pairUnits, type Pairing } from './align.js';
import { flatten, type FlatDocument } from './flatten.js';
import { lis } from './similarity.js';
import type { UnitDiff } from './unit.js';
import { unitData } from './unit-data.js';
import { compareRuns, type Piece } from './words.js';

/** One unit of the merged view. */
export interface MergedNode {
  readonly a: UnitDiff | null;
  readonly b: UnitDiff | null;
  /** Moved to another parent. */
  parentChanged: boolean;
  /** Out of order among its siblings. */
  orderChanged: boolean;
  readonly textChanged: boolean;
  /** The text changed only inside references, which follow the new numbering (same targets). */
  readonly refsOnly: boolean;
  readonly renumbered: boolean;
  /** Word-level changes of its own text (null when unchanged or unmatched). */
  readonly pieces: Piece[] | null;
  readonly parent: MergedNode | null;
  children: MergedNode[];
}

/** True for a unit only in revision B / only in revision A / moved. */
export const isInserted = (s: MergedNode): boolean => s.a === null;
export const isDeleted = (s: MergedNode): boolean => s.b === null;
export const isMoved = (s: MergedNode): boolean => s.parentChanged || s.orderChanged;

/** The comparison of two revisions. */
export interface Comparison {
  readonly a: FlatDocument;
  readonly b: FlatDocument;
  readonly pairing: Pairing;
  /** Merged tree roots and the merged units in document order (depth first). */
  readonly roots: MergedNode[];
  readonly order: MergedNode[];
}

/** Text with each reference replaced by its targets: equal when only referenced numbers changed. */
function refTargetsText(u: UnitDiff): string {
  return u.runs.map((r) => (r.kind === 'ref' ? `\u0000${r.targets.join(',')}\u0000` : r.text)).join('');
}

function mergedNode(a: UnitDiff | null, b: UnitDiff | null, parent: MergedNode | null): MergedNode {
  const textChanged = a !== null && b !== null && a.text !== b.text;
  return {
    a, b, parentChanged: false, orderChanged: false, textChanged,
    refsOnly: textChanged && refTargetsText(a!) === refTargetsText(b!),
    renumbered: a !== null && b !== null && a.number !== b.number,
    pieces: textChanged ? compareRuns(a!.runs, b!.runs) : null,
    parent, children: [],
  };
}

/** Compares revision A with revision B. */
export function compare(irA: Dokumen, irB: Dokumen): Comparison {
  const a = flatten(irA);
  const b = flatten(irB);
  const pairing = pairUnits(a, b);
  const { aIndex, bIndex } = pairing;
  const da = unitData(a);
  const db = unitData(b);

  /**
   * Children of a merged node: B's children in order, with A's deleted children after their previous
   * matched sibling. `parentB` is the B index of the parent (-1 at the top).
   */
  const childrenOf = (parent: MergedNode | null, childrenB: readonly number[], childrenA: readonly number[], parentB: number): MergedNode[] => {
    // Deleted children of A, grouped by the B index of the matched sibling before them (-1: none).
    let anchored: Map<number, number[]> | null = null;
    if (childrenA.some((ia) => aIndex[ia]! < 0)) {
      anchored = new Map();
      let anchor = -1;
      for (const ia of childrenA) {
        const ib = aIndex[ia]!;
        if (ib >= 0) {
          if (db.parent[ib] === parentB) anchor = ib;
          continue;
        }
        const list = anchored.get(anchor);
        if (list) list.push(ia);
        else anchored.set(anchor, [ia]);
      }
    }
    const out: MergedNode[] = [];
    const deleted = (ia: number): MergedNode => {
      const s = mergedNode(a.units[ia]!, null, parent);
      s.children = deletedChildren(s);
      return s;
    };
    const first = anchored?.get(-1);
    if (first) for (const ia of first) out.push(deleted(ia));
    for (const ib of childrenB) {
      const ub = b.units[ib]!;
      const ia = bIndex[ib]!;
      const ua = ia >= 0 ? a.units[ia]! : null;
      const s = mergedNode(ua, ub, parent);
      const kidsB = db.children[ib]!;
      const kidsA = ia >= 0 ? da.children[ia]! : [];
      s.children = kidsB.length > 0 || kidsA.length > 0 ? childrenOf(s, kidsB, kidsA, ib) : [];
      out.push(s);
      const after = anchored?.get(ib);
      if (after) for (const d of after) out.push(deleted(d));
    }
    markOrder(out);
    return out;
  };
  /** Children of a deleted unit: those deleted with it (matched ones appear where B has them). */
  const deletedChildren = (s: MergedNode): MergedNode[] =>
    da.children[s.a!.index]!.filter((ia) => aIndex[ia]! < 0).map((ia) => {
      const c = mergedNode(a.units[ia]!, null, s);
      c.children = deletedChildren(c);
      return c;
    });
  /** Parent changes, and siblings out of order (outside a longest run in A's order). */
  const markOrder = (siblings: MergedNode[]): void => {
    if (siblings.length === 0) return;
    const stay: MergedNode[] = [];
    for (const s of siblings) {
      if (!s.a || !s.b) continue;
      // Moved unless A's parent is paired with B's parent (or both are at the top).
      const pa = da.parent[s.a.index]!;
      const pb = db.parent[s.b.index]!;
      if (pa < 0 ? pb >= 0 : aIndex[pa]! < 0 || aIndex[pa] !== pb) s.parentChanged = true;
      else stay.push(s);
    }
    // Usually the siblings kept A's order: nothing to compute.
    let ordered = true;
    for (let i = 1; i < stay.length && ordered; i++) ordered = stay[i - 1]!.a!.index < stay[i]!.a!.index;
    if (ordered) return;
    const keep = lis(stay.map((s) => s.a!.index));
    stay.forEach((s, i) => {
      if (!keep.has(i)) s.orderChanged = true;
    });
  };

  const roots = childrenOf(null, db.roots, da.roots, -1);
  const order: MergedNode[] = [];
  const walk = (list: readonly MergedNode[]): void => {
    for (const s of list) {
      order.push(s);
      walk(s.children);
    }
  };
  walk(roots);
  return { a, b, pairing, roots, order };
}
