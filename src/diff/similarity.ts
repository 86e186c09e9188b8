/**
 * Similarity of two texts for aligning units that have no stable id: the Dice coefficient of their
 * word multisets (case-insensitive), 1 for identical texts, 0 for texts sharing no word.
 */

/** Word multiset of a text (case-insensitive letters and digits). */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Dice coefficient 2·|A∩B| / (|A|+|B|) of two word multisets. */
export function dice(wa: ReadonlyMap<string, number>, wb: ReadonlyMap<string, number>): number {
  let na = 0;
  let nb = 0;
  let both = 0;
  for (const n of wa.values()) na += n;
  for (const [w, n] of wb) {
    nb += n;
    both += Math.min(n, wa.get(w) ?? 0);
  }
  return na + nb === 0 ? 1 : (2 * both) / (na + nb);
}

/** Similarity of two texts: 1 when equal, else the Dice coefficient of their words. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(wordCounts(a), wordCounts(b));
}

/**
 * Order-preserving alignment of `a` and `b` maximising the summed score of the pairs (a small
 * Needleman–Wunsch without gap costs); `score` returns null for a pair that must not be aligned.
 */
export function alignSequences<T, U>(a: readonly T[], b: readonly U[], score: (x: T, y: U) => number | null): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const s: (number | null)[][] = a.map((x) => b.map((y) => score(x, y)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = s[i]![j] ?? null;
      const take = pair === null ? -1 : pair + best[i + 1]![j + 1]!;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const pair = s[i]![j] ?? null;
    if (pair !== null && best[i]![j] === pair + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/** Indexes of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)). */
export function lis(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k]!;
  }
  return keep;
}
