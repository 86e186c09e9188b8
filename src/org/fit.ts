/**
 * Fitting a bagan onto an F4 page (TN-TYP-01, issue 5): the printable area in portrait and landscape,
 * the scale that fits a drawing into it (never enlarged), and the choice of orientation — portrait
 * unless landscape reads clearly better. Below `MIN_SCALE` the type would be too small to read, and
 * the caller splits the chart instead of shrinking it.
 */

/** Page orientation, as in the IR's `halaman-baru`. */
export type Orientation = 'potret' | 'lanskap';

/** An area in millimetres. */
export interface Area {
  readonly width: number;
  readonly height: number;
}

/**
 * Room for a bagan on F4 (215 × 330 mm, margins 3/2/2/2 cm, TN-TYP-04). On the lampiran's first
 * page the header block and the title take about 75 mm and the Bupati's signature below the chart
 * about 45 mm (measured on the PDF), so chart and signature share the page; a landscape page follows
 * a page break and holds the chart and the signature.
 */
export const AREA: Readonly<Record<'first' | 'continuation', Record<Orientation, Area>>> = {
  first: { potret: { width: 165, height: 158 }, lanskap: { width: 290, height: 140 } },
  continuation: { potret: { width: 165, height: 250 }, lanskap: { width: 290, height: 150 } },
};

/** Smallest scale that keeps the pengisi text (9 pt at scale 1) at 7.2 pt and the kedudukan at 8 pt. */
export const MIN_SCALE = 0.8;

/** Below this the pengisi text falls under 7 pt: warn (NSK331). */
export const WARN_SCALE = 0.78;

/** Prefer portrait (no page break, reads with the lampiran header) unless landscape is this much larger. */
const LANDSCAPE_GAIN = 1.15;

/** Scale that fits `size` (mm at scale 1) into `area`, at most 1. */
export function scaleToFit(size: Area, area: Area): number {
  return Math.min(1, area.width / size.width, area.height / size.height);
}

/** Orientation and scale for a drawing of `size` on a page of kind `page`. */
export function chooseOrientation(size: Area, page: 'first' | 'continuation'): { orientation: Orientation; scale: number } {
  const portrait = scaleToFit(size, AREA[page].potret);
  const landscape = scaleToFit(size, AREA[page].lanskap);
  const orientation: Orientation = landscape > portrait * LANDSCAPE_GAIN ? 'lanskap' : 'potret';
  return { orientation, scale: Math.floor((orientation === 'lanskap' ? landscape : portrait) * 1000) / 1000 };
}
