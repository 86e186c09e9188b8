/**
 * Column widths from content, as a browser's automatic table layout computes them (CSS 2.1 §17.5.2.2):
 * every column has a minimum width (its longest unbreakable piece) and a preferred width (its longest
 * cell set on one line). If the preferred widths fit, every column gets its preferred width and the rest
 * of the table width is shared in proportion to them; otherwise every column gets its minimum and the
 * rest is shared in proportion to (preferred − minimum). A "No." column stays narrow, a description
 * column takes the room (review M2).
 */

/** What one column needs, in points (cell padding included). */
export interface ColumnNeed {
  readonly min: number;
  readonly max: number;
}

/** Widths in points summing to `width`; null when the minimum widths do not fit. */
export function distribute(columns: readonly ColumnNeed[], width: number): number[] | null {
  const n = columns.length;
  if (n === 0) return [];
  const min = columns.map((c) => c.min);
  const max = columns.map((c, i) => Math.max(c.max, min[i]!));
  const sumMin = sum(min);
  const sumMax = sum(max);
  if (sumMin > width + 1e-6) return null;
  if (sumMax <= width) {
    const extra = width - sumMax;
    return max.map((m) => m + (sumMax > 0 ? (extra * m) / sumMax : extra / n));
  }
  const extra = width - sumMin;
  const spread = max.map((m, i) => m - min[i]!);
  const sumSpread = sum(spread);
  return min.map((m, i) => m + (sumSpread > 0 ? (extra * spread[i]!) / sumSpread : extra / n));
}

/** Widths from declared relative weights (e.g. `lebar=1,4,3`), summing to `width`. */
export function fromWeights(weights: readonly number[], width: number): number[] {
  const total = sum(weights);
  return weights.map((w) => (total > 0 ? (w * width) / total : width / weights.length));
}

/** Widths in millimetres rounded to 0.1 mm, the last column absorbing the rounding, summing to `totalMm`. */
export function roundMm(widthsPt: readonly number[], totalMm: number): number[] {
  const mm = widthsPt.map((w) => Math.round(((w * 25.4) / 72) * 10) / 10);
  if (mm.length > 0) mm[mm.length - 1] = Math.round((totalMm - sum(mm.slice(0, -1))) * 10) / 10;
  return mm;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
