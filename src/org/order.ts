/**
 * The left-to-right order of subordinates that lets every garis koordinasi run between the boxes
 * (review M7): a dashed line may never cross a solid komando line, and must not be routed round the
 * outside of the whole chart. On a tree drawn top-down, a line between two units has to pass below
 * every subtree that hangs between them, so the order decides how deep it must go — and whether it
 * must leave the chart. Each order of siblings is scored on the tree alone (cheap, no layout): for each
 * coordination line, how many layers it must descend past its lower end, a large penalty when that is
 * below the chart, and one point per subtree it passes. The best order wins; ties keep the given order.
 * Families too large to search in full are improved by swapping siblings.
 */

/** A unit as the order sees it. */
export interface OrderNode {
  readonly id: string;
  /** Atasan, or null for a root. */
  readonly parent: string | null;
}

/** Orders are only searched while there are at most this many. */
const MAX_ORDERS = 20000;

/** Largest family of siblings whose orders are searched (6! = 720). */
const MAX_FAMILY = 6;

/** Every permutation of `items`, the identity first. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * Units in pre-order (from the roots, in the given order) with siblings rearranged so the coordination
 * `pairs` run best between the boxes. `nodes` come in pre-order with siblings in the preferred order.
 */
export function arrangeForCoordination(nodes: readonly OrderNode[], pairs: readonly (readonly [string, string])[]): string[] {
  const children = new Map<string | null, string[]>();
  for (const n of nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const parents = [...children.entries()].filter(([p, c]) => p !== null && c.length > 1).map(([p]) => p as string);
  // Families of up to MAX_FAMILY are permuted, and only while the orders in all stay few; larger ones keep their order.
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const counts = (limit: number) => parents.map((p) => (children.get(p)!.length <= limit ? factorial(children.get(p)!.length) : 1));
  const limit = [MAX_FAMILY, 4, 3].find((l) => counts(l).reduce((a, b) => a * b, 1) <= MAX_ORDERS) ?? 1;
  const choices = parents.map((p) => (children.get(p)!.length <= limit ? permutations(children.get(p)!) : [children.get(p)!]));
  if (pairs.length === 0) return preorder(children);

  let best: { score: number; changed: number; order: Map<string | null, string[]> } | null = null;
  const total = choices.reduce((n, c) => n * c.length, 1);
  for (let k = 0; k < total; k++) {
    const order = new Map(children);
    let rest = k;
    let changed = 0;
    parents.forEach((p, i) => {
      const c = choices[i]!;
      const pick = rest % c.length;
      rest = Math.floor(rest / c.length);
      if (pick > 0) changed++;
      order.set(p, c[pick]!);
    });
    const score = scoreOrder(order, pairs);
    if (!best || score < best.score || (score === best.score && changed < best.changed)) best = { score, changed, order };
  }
  return preorder(improve(best!.order, best!.score, parents, pairs));
}

/**
 * Hill climbing for the families too large to search in full: swaps two siblings whenever that lowers
 * the score, in a fixed order (deterministic), until no swap helps or after a few rounds.
 */
function improve(start: ReadonlyMap<string | null, readonly string[]>, startScore: number, parents: readonly string[], pairs: readonly (readonly [string, string])[]): Map<string | null, readonly string[]> {
  const order = new Map(start);
  let score = startScore;
  for (let round = 0, better = true; better && round < 8; round++) {
    better = false;
    for (const p of parents) {
      const family = order.get(p)!;
      if (family.length <= MAX_FAMILY) continue;
      for (let i = 0; i < family.length; i++) {
        for (let j = i + 1; j < family.length; j++) {
          const current = [...order.get(p)!];
          [current[i], current[j]] = [current[j]!, current[i]!];
          const trial = new Map(order).set(p, current);
          const s = scoreOrder(trial, pairs);
          if (s < score) {
            order.set(p, current);
            score = s;
            better = true;
          }
        }
      }
    }
  }
  return order;
}

function preorder(children: ReadonlyMap<string | null, readonly string[]>): string[] {
  const out: string[] = [];
  const visit = (id: string): void => {
    out.push(id);
    (children.get(id) ?? []).forEach(visit);
  };
  (children.get(null) ?? []).forEach(visit);
  return out;
}

/** The score of one order of siblings (lower is better). */
export function scoreOrder(children: ReadonlyMap<string | null, readonly string[]>, pairs: readonly (readonly [string, string])[]): number {
  const parent = new Map<string, string | null>();
  const depth = new Map<string, number>();
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  const bottom = new Map<string, number>();
  let leaf = 0;
  const visit = (id: string, up: string | null, d: number): void => {
    parent.set(id, up);
    depth.set(id, d);
    const own = children.get(id) ?? [];
    lo.set(id, leaf);
    if (own.length === 0) leaf++;
    own.forEach((c) => visit(c, id, d + 1));
    hi.set(id, leaf - 1);
    bottom.set(id, Math.max(d, ...own.map((c) => bottom.get(c)!)));
  };
  (children.get(null) ?? []).forEach((r) => visit(r, null, 0));
  const chartBottom = Math.max(0, ...bottom.values());
  const path = (id: string): string[] => (parent.get(id) ? [...path(parent.get(id)!), id] : [id]);

  let score = 0;
  for (const [a, b] of pairs) {
    if (!depth.has(a) || !depth.has(b)) continue;
    const [u, v] = lo.get(a)! <= lo.get(b)! ? [a, b] : [b, a];
    const pu = path(u);
    const pv = path(v);
    if (pu.includes(v) || pv.includes(u)) continue; // one heads the other: no subtree lies between
    const onPath = new Set([...pu, ...pv]);
    const low = Math.min(depth.get(u)!, depth.get(v)!);
    let reach = Math.max(depth.get(u)!, depth.get(v)!);
    for (const p of onPath) {
      for (const w of children.get(p) ?? []) {
        if (onPath.has(w) || lo.get(w)! <= hi.get(u)! || hi.get(w)! >= lo.get(v)!) continue;
        score += 1;
        if (bottom.get(w)! >= low) reach = Math.max(reach, bottom.get(w)! + 1);
      }
    }
    score += 10 * (reach - Math.max(depth.get(u)!, depth.get(v)!)) + (reach > chartBottom ? 1000 : 0);
  }
  return score;
}
