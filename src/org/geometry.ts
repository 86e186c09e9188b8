/**
 * Plane geometry of a laid-out bagan: axis-parallel segments, boxes, and the overlap tests that keep
 * the drawing legible (issue 5: boxes and lines do not overlap). Used when choosing a straight garis
 * koordinasi and by the tests that check every layout.
 */

/** A point (points at scale 1). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A segment between two points of a polyline. */
export interface Segment {
  readonly a: Point;
  readonly b: Point;
}

const EPS = 0.01;

/** The segments of a polyline. */
export function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) out.push({ a: points[i - 1]!, b: points[i]! });
  return out;
}

/** True when two rectangles share interior area (touching edges do not count). */
export function rectsOverlap(p: Rect, q: Rect): boolean {
  return p.x < q.x + q.width - EPS && q.x < p.x + p.width - EPS && p.y < q.y + q.height - EPS && q.y < p.y + p.height - EPS;
}

/** True when the segment passes through the interior of the rectangle (running along its border does not count). */
export function segmentCrossesRect(s: Segment, r: Rect): boolean {
  const minX = Math.min(s.a.x, s.b.x);
  const maxX = Math.max(s.a.x, s.b.x);
  const minY = Math.min(s.a.y, s.b.y);
  const maxY = Math.max(s.a.y, s.b.y);
  return minX < r.x + r.width - EPS && maxX > r.x + EPS && minY < r.y + r.height - EPS && maxY > r.y + EPS;
}

/** True when two axis-parallel segments lie on the same line and share a stretch of positive length. */
export function segmentsOverlap(s: Segment, t: Segment): boolean {
  const horizontal = (u: Segment) => Math.abs(u.a.y - u.b.y) < EPS;
  const vertical = (u: Segment) => Math.abs(u.a.x - u.b.x) < EPS;
  if (horizontal(s) && horizontal(t) && Math.abs(s.a.y - t.a.y) < EPS) {
    return Math.min(Math.max(s.a.x, s.b.x), Math.max(t.a.x, t.b.x)) - Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x)) > EPS;
  }
  if (vertical(s) && vertical(t) && Math.abs(s.a.x - t.a.x) < EPS) {
    return Math.min(Math.max(s.a.y, s.b.y), Math.max(t.a.y, t.b.y)) - Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y)) > EPS;
  }
  return false;
}

/** True when every segment of the polyline is horizontal or vertical. */
export function isOrthogonal(points: readonly Point[]): boolean {
  return segmentsOf(points).every((s) => Math.abs(s.a.x - s.b.x) < EPS || Math.abs(s.a.y - s.b.y) < EPS);
}
