/**
 * Fitting a bagan onto an F4 page (TN-TYP-01, issue 5): the printable area in portrait and landscape,
 * the scale that fits a drawing into it (enlarged up to MAX_SCALE to use the text width), and the choice of orientation — portrait
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

/**
 * Smallest scale: the pengisi text (9 pt at scale 1, TYPE.body) prints at 9 pt at least and the
 * kedudukan at 10 pt (review M7: 7.2 pt was too small). A chart that needs less is split or warned.
 */
export const MIN_SCALE = 1;

/** Below this the pengisi text falls under 9 pt: warn (NSK331). */
export const WARN_SCALE = MIN_SCALE;

/**
 * Largest scale: a small chart is enlarged to use the text width, but its type never grows past the
 * 12 pt of the body text (kedudukan 10 pt × 1.2).
 */
export const MAX_SCALE = 1.2;

/** Prefer portrait (no page break, reads with the lampiran header) unless landscape is this much larger. */
const LANDSCAPE_GAIN = 1.15;

/** Scale that fits `size` (mm at scale 1) into `area`, at most MAX_SCALE: the chart fills the width when the height allows. */
export function scaleToFit(size: Area, area: Area): number {
  return Math.min(MAX_SCALE, area.width / size.width, area.height / size.height);
}

/** Orientation and scale for a drawing of `size` on a page of kind `page`. */
export function chooseOrientation(size: Area, page: 'first' | 'continuation'): { orientation: Orientation; scale: number } {
  const portrait = scaleToFit(size, AREA[page].potret);
  const landscape = scaleToFit(size, AREA[page].lanskap);
  const orientation: Orientation = landscape > portrait * LANDSCAPE_GAIN ? 'lanskap' : 'potret';
  return { orientation, scale: Math.floor((orientation === 'lanskap' ? landscape : portrait) * 1000) / 1000 };
}
