/** Routing of garis koordinasi between placed boxes (src/org/coordination.ts). */
import { describe, expect, it } from 'vitest';
import { segmentCrossesRect, segmentsOf, segmentsOverlap } from '../../src/org/geometry.js';
import { routeCoordination, touches } from '../../src/org/coordination.js';

const box = (id: string, x: number, y: number, width: number, height: number) => ({ id, x, y, width, height });

describe('routing a garis koordinasi', () => {
  it('draws neighbours on one level as one straight line between their facing sides', () => {
    const a = box('a', 0, 0, 60, 30);
    const b = box('b', 80, 0, 60, 40);
    expect(routeCoordination(a, b, [a, b], [], [])).toEqual([{ x: 60, y: 15 }, { x: 80, y: 15 }]);
  });

  it('goes round a box in the way, side to side, never touching a komando line', () => {
    const a = box('a', 0, 0, 60, 30);
    const wall = box('wall', 80, -10, 40, 50);
    const b = box('b', 140, 80, 60, 30);
    const komando = [{ x: 100, y: 40 }, { x: 100, y: 60 }, { x: 170, y: 60 }, { x: 170, y: 80 }];
    const route = routeCoordination(a, b, [a, wall, b], [], [komando])!;
    expect(route[0]!.x === 60 || route[0]!.x === 0).toBe(true);
    expect(route.at(-1)!.x === 140 || route.at(-1)!.x === 200).toBe(true);
    for (const s of segmentsOf(route)) {
      expect(segmentCrossesRect(s, wall)).toBe(false);
      expect(segmentsOf(komando).some((t) => segmentsOverlap(s, t) || touches(s, t))).toBe(false);
    }
  });

  it('never touches a komando line, even when that is the short way', () => {
    const a = box('a', 0, 0, 50, 20);
    const b = box('b', 200, 0, 50, 20);
    const bus = [{ x: 125, y: -40 }, { x: 125, y: 60 }];
    const route = routeCoordination(a, b, [a, b], [], [bus], { relaxed: true, outside: true });
    for (const s of segmentsOf(route ?? [])) expect(touches(s, { a: bus[0]!, b: bus[1]! })).toBe(false);
  });

  it('goes round the outside only when allowed to, as a last resort', () => {
    const a = box('a', 0, 0, 50, 20);
    const b = box('b', 200, 0, 50, 20);
    const wall = box('wall', 80, -100, 40, 300);
    expect(routeCoordination(a, b, [a, wall, b], [], [])).toBeNull();
    const route = routeCoordination(a, b, [a, wall, b], [], [], { relaxed: false, outside: true })!;
    expect(route).not.toBeNull();
    for (const s of segmentsOf(route)) for (const r of [a, wall, b]) expect(segmentCrossesRect(s, r)).toBe(false);
    expect(Math.max(...route.map((p) => p.y))).toBeGreaterThan(200);
  });
});
