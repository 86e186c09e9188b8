/**
 * Routes the garis koordinasi of a bagan whose boxes ELK has placed (issue 5). A coordination line
 * leaves the side of one box and enters the side of the other — never the top or bottom, where the
 * solid garis komando attach — as an orthogonal polyline through the free channels between boxes:
 * beside every box, between neighbours and between layers — round the outside of the drawing only as a
 * last resort (review M7). The route is the cheapest path (length, plus a penalty per bend and per
 * crossing of another dashed line) on that channel grid (Dijkstra), crossing no box, never touching a
 * solid komando line, and running along no line drawn before it (the caller reorders siblings
 * (order.ts) and spreads the boxes apart when the channels are full).
 */
import { CLEAR, Drawn } from './drawn.js';
import { segmentCrossesRect, type Point, type Rect, type Segment } from './geometry.js';
import { Queue } from './queue.js';

/** A box the router must respect. */
export interface Obstacle extends Rect {
  readonly id: string;
}

/** How far beside a box its own side channel runs (points); the edge of "inside the chart". */
export const SIDE = CLEAR * 1.6;

/** Parallel tracks round the outside of the drawing (left, right and below). */
const OUTER_TRACKS = 8;
/** Cost of one bend and of crossing another line, in points of length. */
const BEND = 25;
const CROSSING = 60;

type Dir = 0 | 1 | 2 | 3; // east, west, south, north
const DX = [1, -1, 0, 0] as const;
const DY = [0, 0, 1, -1] as const;

const snap = (v: number): number => Math.round(v * 100) / 100;
const unique = (values: readonly number[]): number[] => [...new Set(values.map(snap))].sort((a, b) => a - b);

/** Vertical channels: beside every box, in the gaps between neighbours on one level, outside the drawing. */
function channelsX(boxes: readonly Rect[]): number[] {
  const xs: number[] = [];
  for (const b of boxes) {
    xs.push(b.x - SIDE, b.x + b.width + SIDE);
    const right = boxes.filter((o) => o.x > b.x + b.width + 2 * CLEAR && o.y < b.y + b.height && b.y < o.y + o.height).sort((p, q) => p.x - q.x)[0];
    if (right) {
      // The middle of the gap, and further tracks every 1.4 CLEAR while they keep clear of both boxes.
      const mid = (b.x + b.width + right.x) / 2;
      xs.push(mid);
      for (let k = 1; mid + 1.4 * k * CLEAR < right.x - SIDE; k++) xs.push(mid - 1.4 * k * CLEAR, mid + 1.4 * k * CLEAR);
    }
  }
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  for (let k = 0; k < OUTER_TRACKS; k++) xs.push(left - (3 + 1.4 * k) * CLEAR, right + (3 + 1.4 * k) * CLEAR);
  return xs;
}

/** Horizontal channels between layers (a little above and below the middle, where the komando bus runs), and below all. */
function channelsY(boxes: readonly Rect[]): number[] {
  const tops = unique(boxes.map((b) => b.y));
  const ys: number[] = [];
  for (const top of tops) {
    const bottom = Math.max(...boxes.filter((b) => snap(b.y) === top).map((b) => b.y + b.height));
    const next = tops.find((t) => t > bottom);
    const end = next ?? bottom + 4 * CLEAR;
    if (end - bottom < 2 * CLEAR) continue;
    ys.push(bottom + CLEAR, (bottom + end) / 2 - CLEAR, (bottom + end) / 2 + CLEAR, end - CLEAR);
  }
  const below = Math.max(...boxes.map((b) => b.y + b.height));
  for (let k = 0; k < OUTER_TRACKS; k++) ys.push(below + (2 + 1.4 * k) * CLEAR);
  return ys;
}

/** Drops the middle of collinear runs. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    const prev = out[out.length - 2];
    if (last && last.x === p.x && last.y === p.y) continue;
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** How freely a coordination line may be routed when the strict way finds no route. */
export interface RouteFreedom {
  /** Also along (closer than CLEAR to) a coordination line drawn before it, and across one. */
  readonly relaxed: boolean;
  /** Also round the outside of the whole chart (left of, right of or below every box). */
  readonly outside: boolean;
}

/**
 * Routes a coordination line between boxes `from` and `to` around `boxes`, never touching a komando
 * line (`komando`, solid: review M7) and keeping clear of the coordination `lines` drawn before it;
 * `freedom` widens the search as a last resort. Null when there is no such route.
 */
export function routeCoordination(from: Obstacle, to: Obstacle, boxes: readonly Obstacle[], lines: readonly (readonly Point[])[], komando: readonly (readonly Point[])[], freedom: RouteFreedom = { relaxed: false, outside: false }): Point[] | null {
  const toSegments = (ls: readonly (readonly Point[])[]) => ls.flatMap((l) => l.slice(1).map((b, i) => ({ a: l[i]!, b })));
  const solid = toSegments(komando);
  const drawn = new Drawn([...toSegments(lines), ...solid]);
  return search(from, to, boxes, drawn, solid, true, freedom.outside) ?? (freedom.relaxed ? search(from, to, boxes, drawn, solid, false, freedom.outside) : null);
}

/** True when two axis-parallel segments share any point (ends included). */
export function touches(s: Segment, t: Segment): boolean {
  const e = 0.01;
  const [sx0, sx1, sy0, sy1] = [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x), Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
  const [tx0, tx1, ty0, ty1] = [Math.min(t.a.x, t.b.x), Math.max(t.a.x, t.b.x), Math.min(t.a.y, t.b.y), Math.max(t.a.y, t.b.y)];
  return sx0 <= tx1 + e && tx0 <= sx1 + e && sy0 <= ty1 + e && ty0 <= sy1 + e;
}

/** Heights at which a line may leave or enter a box: the middle, a quarter above or below it. */
const levels = (b: Rect): number[] => [b.y + b.height / 2, b.y + b.height / 4, b.y + (3 * b.height) / 4];

function search(from: Obstacle, to: Obstacle, boxes: readonly Obstacle[], drawn: Drawn, solid: readonly Segment[], strict: boolean, outside: boolean): Point[] | null {
  // Other boxes, grown by CLEAR so a route never hugs their border; the two boxes themselves are
  // grown only where a line could run along them (beside their sides, above or below them).
  const grow = (b: Rect, by: number) => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });
  const others = boxes.filter((b) => b.id !== from.id && b.id !== to.id).map((b) => grow(b, CLEAR - 0.01));
  const hugs = (s: Segment, b: Rect): boolean => {
    const c = CLEAR - 0.01;
    if (Math.abs(s.a.y - s.b.y) < 0.01) {
      const y = s.a.y;
      const band = (y > b.y - c && y < b.y) || (y > b.y + b.height && y < b.y + b.height + c);
      return band && Math.min(s.a.x, s.b.x) < b.x + b.width + c && Math.max(s.a.x, s.b.x) > b.x - c;
    }
    const x = s.a.x;
    const band = (x > b.x - c && x < b.x) || (x > b.x + b.width && x < b.x + b.width + c);
    return band && Math.min(s.a.y, s.b.y) < b.y + b.height + c && Math.max(s.a.y, s.b.y) > b.y - c;
  };
  const top = Math.max(from.y, to.y);
  const bottom = Math.min(from.y + from.height, to.y + to.height);
  const shared = bottom - top > 2 * CLEAR ? [(top + bottom) / 2] : [];
  const fromYs = unique([...shared, ...levels(from)]);
  const toYs = unique([...shared, ...levels(to)]);
  // Inside the chart: beside the outermost boxes (their own side channel), never further out, never below every box.
  const [minX, maxX] = [Math.min(...boxes.map((b) => b.x)) - SIDE, Math.max(...boxes.map((b) => b.x + b.width)) + SIDE];
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  const xs = unique([...channelsX(boxes), from.x, from.x + from.width, to.x, to.x + to.width]).filter((x) => outside || (x >= minX - 0.01 && x <= maxX + 0.01));
  const ys = unique([...channelsY(boxes), ...fromYs, ...toYs]).filter((y) => outside || y <= maxY + 0.01);
  const nx = xs.length;
  const sides = new Set([from.x, from.x + from.width, to.x, to.x + to.width].map(snap));
  const node = (i: number, j: number) => j * nx + i;

  // A step between neighbouring grid points is allowed when it crosses no box; the two boxes may only
  // be left and entered through their sides, straight out and straight in.
  const stepCache = new Map<number, number>();
  const step = (i: number, j: number, d: Dir): number => {
    const k = node(i, j) * 4 + d;
    let cost = stepCache.get(k);
    if (cost !== undefined) return cost;
    const i2 = i + DX[d];
    const j2 = j + DY[d];
    cost = -1;
    // The sides of the two boxes are grid columns only so lines can attach there: never run along them.
    const alongSide = d >= 2 && sides.has(xs[i]!);
    if (!alongSide && i2 >= 0 && i2 < nx && j2 >= 0 && j2 < ys.length) {
      const s = { a: { x: xs[i]!, y: ys[j]! }, b: { x: xs[i2]!, y: ys[j2]! } };
      const blocked = others.some((b) => segmentCrossesRect(s, b)) || segmentCrossesRect(s, from) || segmentCrossesRect(s, to) || hugs(s, from) || hugs(s, to) || solid.some((t) => touches(s, t)) || (strict && drawn.close(s));
      if (!blocked) cost = Math.abs(s.a.x - s.b.x) + Math.abs(s.a.y - s.b.y) + CROSSING * drawn.crossings(s);
    }
    stepCache.set(k, cost);
    return cost;
  };

  const xi = (x: number) => xs.indexOf(snap(x));
  const yj = (y: number) => ys.indexOf(snap(y));
  const targets = new Map<number, Dir>();
  for (const y of toYs) {
    targets.set(node(xi(to.x), yj(y)) * 4 + 0, 0); // entering the west side, moving east
    targets.set(node(xi(to.x + to.width), yj(y)) * 4 + 1, 1); // entering the east side, moving west
  }
  const best = new Map<number, number>();
  const back = new Map<number, number>();
  const queue = new Queue();
  for (const y of fromYs) {
    for (const [x, d] of [[from.x + from.width, 0], [from.x, 1]] as const) {
      const state = node(xi(x), yj(y)) * 4 + d;
      best.set(state, 0);
      queue.push(0, state);
    }
  }
  while (queue.size > 0) {
    const { cost, state } = queue.pop();
    if (cost > (best.get(state) ?? Infinity)) continue;
    if (targets.has(state)) return path(state);
    const d = (state % 4) as Dir;
    const n = (state - d) / 4;
    const i = n % nx;
    const j = (n - i) / nx;
    // Leaving a box: only straight out of its side.
    const leaving = cost === 0 && back.get(state) === undefined;
    for (const d2 of (leaving ? [d] : [0, 1, 2, 3]) as Dir[]) {
      if (d2 === (d ^ 1)) continue; // never turn back
      const c = step(i, j, d2);
      if (c < 0) continue;
      const next = node(i + DX[d2], j + DY[d2]) * 4 + d2;
      const total = cost + c + (d2 === d || leaving ? 0 : BEND);
      if (total < (best.get(next) ?? Infinity) - 1e-9) {
        best.set(next, total);
        back.set(next, state);
        queue.push(total, next);
      }
    }
  }
  return null;

  function path(end: number): Point[] {
    const points: Point[] = [];
    for (let s: number | undefined = end; s !== undefined; s = back.get(s)) {
      const n = (s - (s % 4)) / 4;
      points.unshift({ x: xs[n % nx]!, y: ys[(n - (n % nx)) / nx]! });
    }
    return simplify(points);
  }
}
