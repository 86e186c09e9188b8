/**
 * The lines already drawn on a bagan, as the coordination router sees them (issue 5: lines never run
 * along one another): which of them a new step would run alongside closer than the clearance, and how
 * many it would cross. Lines are bucketed by position so a step only looks at the lines near it.
 */
import type { Segment } from './geometry.js';

/** Clearance between a route and a box it passes, and between parallel lines (points). */
export const CLEAR = 5;

/** True when two parallel segments run closer than CLEAR along a shared stretch. */
export function tooClose(s: Segment, t: Segment): boolean {
  const hs = Math.abs(s.a.y - s.b.y) < 0.01;
  const ht = Math.abs(t.a.y - t.b.y) < 0.01;
  if (hs !== ht) return false;
  const [p, q, u, v] = hs ? [s.a.x, s.b.x, t.a.x, t.b.x] : [s.a.y, s.b.y, t.a.y, t.b.y];
  if (Math.abs(hs ? s.a.y - t.a.y : s.a.x - t.a.x) >= CLEAR) return false;
  return Math.min(Math.max(p, q), Math.max(u, v)) - Math.max(Math.min(p, q), Math.min(u, v)) > 0.01;
}

/** True when a horizontal and a vertical segment cross at an inner point of both. */
export function crosses(s: Segment, t: Segment): boolean {
  const [h, v] = Math.abs(s.a.y - s.b.y) < 0.01 ? [s, t] : [t, s];
  if (Math.abs(h.a.y - h.b.y) >= 0.01 || Math.abs(v.a.x - v.b.x) >= 0.01) return false;
  return v.a.x > Math.min(h.a.x, h.b.x) + 0.01 && v.a.x < Math.max(h.a.x, h.b.x) - 0.01 && h.a.y > Math.min(v.a.y, v.b.y) + 0.01 && h.a.y < Math.max(v.a.y, v.b.y) - 0.01;
}

/** The lines already drawn, bucketed by position so a step only looks at the lines near it. */
export class Drawn {
  readonly #horizontal = new Map<number, Segment[]>();
  readonly #vertical = new Map<number, Segment[]>();
  static readonly #BUCKET = 10;

  constructor(segments: readonly Segment[]) {
    for (const s of segments) {
      const horizontal = Math.abs(s.a.y - s.b.y) < 0.01;
      const map = horizontal ? this.#horizontal : this.#vertical;
      const [lo, hi] = horizontal ? [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)] : [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
      // Filed under its own coordinate and under every bucket its length spans.
      for (let k = Math.floor(lo / Drawn.#BUCKET); k <= Math.floor(hi / Drawn.#BUCKET); k++) {
        const key = Math.floor((horizontal ? s.a.y : s.a.x) / Drawn.#BUCKET) * 100003 + k;
        map.set(key, [...(map.get(key) ?? []), s]);
      }
    }
  }

  /** Lines near `s` (same orientation within one bucket of its line, or crossing its span). */
  #near(map: Map<number, Segment[]>, along: number, lo: number, hi: number, spread: number): Segment[] {
    const out = new Set<Segment>();
    for (let a = Math.floor((along - spread) / Drawn.#BUCKET); a <= Math.floor((along + spread) / Drawn.#BUCKET); a++) {
      for (let k = Math.floor(lo / Drawn.#BUCKET); k <= Math.floor(hi / Drawn.#BUCKET); k++) for (const t of map.get(a * 100003 + k) ?? []) out.add(t);
    }
    return [...out];
  }

  /** True when `s` runs along a drawn line closer than CLEAR. */
  close(s: Segment): boolean {
    const horizontal = Math.abs(s.a.y - s.b.y) < 0.01;
    const [lo, hi] = horizontal ? [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)] : [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
    return this.#near(horizontal ? this.#horizontal : this.#vertical, horizontal ? s.a.y : s.a.x, lo, hi, CLEAR).some((t) => tooClose(s, t));
  }

  /** How many drawn lines `s` crosses. */
  crossings(s: Segment): number {
    const horizontal = Math.abs(s.a.y - s.b.y) < 0.01;
    const [lo, hi] = horizontal ? [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)] : [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
    // Perpendicular lines are filed by their own coordinate, which lies inside this step's span.
    const map = horizontal ? this.#vertical : this.#horizontal;
    const across = horizontal ? s.a.y : s.a.x;
    const out = new Set<Segment>();
    for (let a = Math.floor(lo / Drawn.#BUCKET); a <= Math.floor(hi / Drawn.#BUCKET); a++) {
      const k = Math.floor(across / Drawn.#BUCKET);
      for (const t of map.get(a * 100003 + k) ?? []) out.add(t);
    }
    return [...out].filter((t) => crosses(s, t)).length;
  }
}
