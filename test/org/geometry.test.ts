/** The overlap tests the bagan checks rely on (src/org/geometry.ts). */
import { describe, expect, it } from 'vitest';
import { isOrthogonal, rectsOverlap, segmentCrossesRect, segmentsOf, segmentsOverlap } from '../../src/org/geometry.js';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('bagan geometry', () => {
  it('tells overlapping boxes from touching ones', () => {
    expect(rectsOverlap(box, { x: 25, y: 15, width: 10, height: 10 })).toBe(true);
    expect(rectsOverlap(box, { x: 30, y: 10, width: 10, height: 10 })).toBe(false);
    expect(rectsOverlap(box, { x: 0, y: 20, width: 50, height: 5 })).toBe(false);
  });
  it('finds a segment through a box but not one along its border or ending at it', () => {
    expect(segmentCrossesRect({ a: { x: 0, y: 15 }, b: { x: 40, y: 15 } }, box)).toBe(true);
    expect(segmentCrossesRect({ a: { x: 20, y: 0 }, b: { x: 20, y: 12 } }, box)).toBe(true);
    expect(segmentCrossesRect({ a: { x: 0, y: 10 }, b: { x: 40, y: 10 } }, box)).toBe(false);
    expect(segmentCrossesRect({ a: { x: 20, y: 0 }, b: { x: 20, y: 10 } }, box)).toBe(false);
  });
  it('finds collinear overlap of segments, not mere touching or crossing', () => {
    expect(segmentsOverlap({ a: { x: 0, y: 5 }, b: { x: 10, y: 5 } }, { a: { x: 8, y: 5 }, b: { x: 20, y: 5 } })).toBe(true);
    expect(segmentsOverlap({ a: { x: 0, y: 5 }, b: { x: 10, y: 5 } }, { a: { x: 10, y: 5 }, b: { x: 20, y: 5 } })).toBe(false);
    expect(segmentsOverlap({ a: { x: 5, y: 0 }, b: { x: 5, y: 10 } }, { a: { x: 0, y: 5 }, b: { x: 10, y: 5 } })).toBe(false);
    expect(segmentsOverlap({ a: { x: 5, y: 0 }, b: { x: 5, y: 10 } }, { a: { x: 5, y: 12 }, b: { x: 5, y: 4 } })).toBe(true);
  });
  it('splits polylines and checks that they are orthogonal', () => {
    expect(segmentsOf([{ x: 0, y: 0 }, { x: 0, y: 5 }, { x: 5, y: 5 }])).toHaveLength(2);
    expect(isOrthogonal([{ x: 0, y: 0 }, { x: 0, y: 5 }, { x: 5, y: 5 }])).toBe(true);
    expect(isOrthogonal([{ x: 0, y: 0 }, { x: 3, y: 5 }])).toBe(false);
  });
});
