/**
 * Aligns the units of two revisions. Units with an author's id are paired by that id wherever they
 * moved; the rest (ayat, rincian and paragraphs without ids, whose generated keys are positional) are
 * aligned inside each pair of matched parents by text similarity, order-preserving, so deleting ayat (2)
 * shows as one deletion rather than every later ayat changed. Two unmatched authored units of the same
 * kind and place with nearly the same text (≥ 0.75) are taken as one unit whose id was renamed.
 */
import type { FlatDocument } from './flatten.js';
import { alignSequences, dice, lis, wordCounts } from './similarity.js';
import type { UnitDiff } from './unit.js';

/** Key correspondence between revision A and revision B. */
export interface Pairing {
  readonly aToB: Map<string, string>;
  readonly bToA: Map<string, string>;
}

/** Threshold for aligning units when both keys are generated (key equality adds 0.3). */
const THRESHOLD_GENERATED = 0.5;
/** Threshold when an author's id is involved (an id renamed together with small text edits). */
const THRESHOLD_AUTHORED = 0.75;
const POSITION_BONUS = 0.3;

/** Text of a unit and everything under it. */
function subtreeText(d: FlatDocument, key: string, cache: Map<string, string>): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const u = d.byKey.get(key)!;
  const text = [u.text, ...u.children.map((c) => subtreeText(d, c, cache))].filter((s) => s !== '').join(' ');
  cache.set(key, text);
  return text;
}

/** Pairs the units of `a` and `b`. */
export function pairUnits(a: FlatDocument, b: FlatDocument): Pairing {
  const aToB = new Map<string, string>();
  const bToA = new Map<string, string>();
  const pair = (ka: string, kb: string): void => {
    aToB.set(ka, kb);
    bToA.set(kb, ka);
  };
  for (const ub of b.units) {
    const ua = a.byKey.get(ub.key);
    if (ub.authored && ua && ua.authored && ua.kind === ub.kind) pair(ua.key, ub.key);
  }

  const cacheA = new Map<string, string>();
  const cacheB = new Map<string, string>();
  const wordsA = new Map<string, Map<string, number>>();
  const wordsB = new Map<string, Map<string, number>>();
  const words = (d: FlatDocument, key: string, cache: Map<string, string>, store: Map<string, Map<string, number>>): Map<string, number> => {
    let w = store.get(key);
    if (!w) store.set(key, (w = wordCounts(subtreeText(d, key, cache))));
    return w;
  };

  const group = (keysA: readonly string[], keysB: readonly string[]): void => {
    // Most parents have every child matched by id already: nothing to align, nothing to allocate.
    if (!keysA.some((k) => !aToB.has(k)) || !keysB.some((k) => !bToA.has(k))) return;
    const restA = keysA.filter((k) => !aToB.has(k)).map((k) => a.byKey.get(k)!);
    const restB = keysB.filter((k) => !bToA.has(k)).map((k) => b.byKey.get(k)!);
    if (restA.length === 0 || restB.length === 0) return;
    // Unchanged units at unchanged positions: same generated key, same kind, same own text
    // (their children are aligned in their own turn).
    const leftA: UnitDiff[] = [];
    const byKeyB = new Map(restB.map((u) => [u.key, u]));
    for (const ua of restA) {
      const ub = byKeyB.get(ua.key);
      if (ub && ub.kind === ua.kind && !bToA.has(ub.key) && ua.text === ub.text) pair(ua.key, ub.key);
      else leftA.push(ua);
    }
    const leftB = restB.filter((u) => !bToA.has(u.key));
    if (leftA.length === 0 || leftB.length === 0) return;
    const score = (x: UnitDiff, y: UnitDiff): number | null => {
      if (x.kind !== y.kind) return null;
      const sim = dice(words(a, x.key, cacheA, wordsA), words(b, y.key, cacheB, wordsB));
      if (x.authored || y.authored) return sim >= THRESHOLD_AUTHORED ? sim : null;
      const bonus = sim + (x.key === y.key ? POSITION_BONUS : 0);
      return bonus >= THRESHOLD_GENERATED ? bonus : null;
    };
    // Anchors first (as patience diff does): units whose whole text occurs exactly once on each side
    // pair up directly, in order; the quadratic similarity alignment then runs only in the gaps between
    // anchors. Without this a long Lampiran of unkeyed blocks costs n × m text comparisons.
    const anchors = uniqueTextAnchors(leftA.map((u) => subtreeText(a, u.key, cacheA)), leftB.map((u) => subtreeText(b, u.key, cacheB)), (i, j) => leftA[i]!.kind === leftB[j]!.kind);
    let fromA = 0;
    let fromB = 0;
    for (const [ai, bj] of [...anchors, [leftA.length, leftB.length] as [number, number]]) {
      const gapA = leftA.slice(fromA, ai);
      const gapB = leftB.slice(fromB, bj);
      for (const [i, j] of alignSequences(gapA, gapB, score)) pair(gapA[i]!.key, gapB[j]!.key);
      if (ai < leftA.length) pair(leftA[ai]!.key, leftB[bj]!.key);
      fromA = ai + 1;
      fromB = bj + 1;
    }
  };

  group(a.units.filter((u) => u.parent === null).map((u) => u.key), b.units.filter((u) => u.parent === null).map((u) => u.key));
  for (const ub of b.units) {
    const ka = bToA.get(ub.key);
    if (ka !== undefined) group(a.byKey.get(ka)!.children, ub.children);
  }
  return { aToB, bToA };
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
