/**
 * Aligns the units of two revisions. Units with an author's id are paired by that id wherever they
 * moved; the rest (ayat, rincian and paragraphs without ids, whose generated keys are positional) are
 * aligned inside each pair of matched parents by text similarity, order-preserving, so deleting ayat (2)
 * shows as one deletion rather than every later ayat changed. Two unmatched authored units of the same
 * kind and place with nearly the same text (≥ 0.75) are taken as one unit whose id was renamed.
 * Units are handled by their index in document order (issue 11: string-keyed maps and per-call subtree
 * texts were most of a huge diff); what depends on one revision only is kept with it (unit-data.ts).
 */
import type { FlatDocument } from './flatten.js';
import { alignSequences, dice, lis } from './similarity.js';
import type { UnitDiff } from './unit.js';
import { sameKeyIndex, unitData } from './unit-data.js';

/** Key correspondence between revision A and revision B. */
export interface Pairing {
  readonly aToB: ReadonlyMap<string, string>;
  readonly bToA: ReadonlyMap<string, string>;
  /** By unit index: the index of the paired unit on the other side, -1 when unpaired. */
  readonly aIndex: Int32Array;
  readonly bIndex: Int32Array;
}

/** Threshold for aligning units when both keys are generated (key equality adds 0.3). */
const THRESHOLD_GENERATED = 0.5;
/** Threshold when an author's id is involved (an id renamed together with small text edits). */
const THRESHOLD_AUTHORED = 0.75;
const POSITION_BONUS = 0.3;

/** The key maps of a pairing, built on first use (the diff itself works on indexes). */
class IndexPairing implements Pairing {
  private maps: { aToB: Map<string, string>; bToA: Map<string, string> } | null = null;
  constructor(private readonly a: FlatDocument, private readonly b: FlatDocument, readonly aIndex: Int32Array, readonly bIndex: Int32Array) {}
  private build(): { aToB: Map<string, string>; bToA: Map<string, string> } {
    if (this.maps) return this.maps;
    const aToB = new Map<string, string>();
    const bToA = new Map<string, string>();
    // Insertion order of the pairing as found: B's document order.
    this.bIndex.forEach((ia, ib) => {
      if (ia < 0) return;
      aToB.set(this.a.units[ia]!.key, this.b.units[ib]!.key);
      bToA.set(this.b.units[ib]!.key, this.a.units[ia]!.key);
    });
    return (this.maps = { aToB, bToA });
  }
  get aToB(): ReadonlyMap<string, string> {
    return this.build().aToB;
  }
  get bToA(): ReadonlyMap<string, string> {
    return this.build().bToA;
  }
}

/** Pairs the units of `a` and `b`. */
export function pairUnits(a: FlatDocument, b: FlatDocument): Pairing {
  const da = unitData(a);
  const db = unitData(b);
  const aIndex = new Int32Array(a.units.length).fill(-1);
  const bIndex = new Int32Array(b.units.length).fill(-1);
  const pair = (ia: number, ib: number): void => {
    aIndex[ia] = ib;
    bIndex[ib] = ia;
  };
  const same = sameKeyIndex(a, b);
  for (const ua of a.units) {
    const ib = same[ua.index]!;
    if (ib < 0 || !ua.authored) continue;
    const ub = b.units[ib]!;
    if (ub.authored && ua.kind === ub.kind) pair(ua.index, ib);
  }

  const score = (x: UnitDiff, y: UnitDiff): number | null => {
    if (x.kind !== y.kind) return null;
    const sim = dice(da.words(x.index), db.words(y.index));
    if (x.authored || y.authored) return sim >= THRESHOLD_AUTHORED ? sim : null;
    const bonus = sim + (x.key === y.key ? POSITION_BONUS : 0);
    return bonus >= THRESHOLD_GENERATED ? bonus : null;
  };
  const unpaired = (list: readonly number[], side: Int32Array): boolean => {
    for (const i of list) if (side[i]! < 0) return true;
    return false;
  };

  /** Aligns the unpaired children of one pair of matched parents (B's parent index, -1 at the top). */
  const group = (childrenA: readonly number[], childrenB: readonly number[], parentB: number): void => {
    // Most parents have every child matched by id already: nothing to align, nothing to allocate.
    if (!unpaired(childrenA, aIndex) || !unpaired(childrenB, bIndex)) return;
    // Unchanged units at unchanged positions: same generated key, same kind, same own text
    // (their children are aligned in their own turn).
    const leftA: UnitDiff[] = [];
    for (const ia of childrenA) {
      if (aIndex[ia]! >= 0) continue;
      const ua = a.units[ia]!;
      const ib = same[ia]!;
      const ub = ib >= 0 ? b.units[ib]! : null;
      if (ub && db.parent[ib] === parentB && bIndex[ib]! < 0 && ub.kind === ua.kind && ua.text === ub.text) pair(ia, ib);
      else leftA.push(ua);
    }
    if (leftA.length === 0) return;
    const leftB: UnitDiff[] = [];
    for (const ib of childrenB) if (bIndex[ib]! < 0) leftB.push(b.units[ib]!);
    if (leftB.length === 0) return;
    // Anchors first (as patience diff does): units whose whole text occurs exactly once on each side
    // pair up directly, in order; the quadratic similarity alignment then runs only in the gaps between
    // anchors. Without this a long Lampiran of unkeyed blocks costs n × m text comparisons.
    const anchors = uniqueTextAnchors(leftA.map((u) => da.subtreeText(u.index)), leftB.map((u) => db.subtreeText(u.index)), (i, j) => leftA[i]!.kind === leftB[j]!.kind);
    let fromA = 0;
    let fromB = 0;
    for (const [ai, bj] of [...anchors, [leftA.length, leftB.length] as [number, number]]) {
      if (ai > fromA && bj > fromB) {
        const gapA = leftA.slice(fromA, ai);
        const gapB = leftB.slice(fromB, bj);
        for (const [i, j] of alignSequences(gapA, gapB, score)) pair(gapA[i]!.index, gapB[j]!.index);
      }
      if (ai < leftA.length) pair(leftA[ai]!.index, leftB[bj]!.index);
      fromA = ai + 1;
      fromB = bj + 1;
    }
  };

  group(da.roots, db.roots, -1);
  for (let ib = 0; ib < bIndex.length; ib++) {
    const ia = bIndex[ib]!;
    if (ia >= 0) group(da.children[ia]!, db.children[ib]!, ib);
  }
  return new IndexPairing(a, b, aIndex, bIndex);
}

/**
 * Pairs (i, j) of items whose text is unique on both sides and equal, kept in increasing order on both
 * sides (the longest increasing run of them), for `compatible` pairs only.
 */
export function uniqueTextAnchors(textA: readonly string[], textB: readonly string[], compatible: (i: number, j: number) => boolean): [number, number][] {
  const count = (texts: readonly string[]) => texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const inA = count(textA);
  const inB = count(textB);
  const whereB = new Map<string, number>();
  textB.forEach((t, j) => {
    if (inB.get(t) === 1) whereB.set(t, j);
  });
  const candidates: [number, number][] = [];
  textA.forEach((t, i) => {
    const j = whereB.get(t);
    if (j !== undefined && inA.get(t) === 1 && t !== '' && compatible(i, j)) candidates.push([i, j]);
  });
  const keep = lis(candidates.map(([, j]) => j));
  return candidates.filter((_, k) => keep.has(k));
}
