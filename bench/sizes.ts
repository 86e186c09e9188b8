/**
 * The three bench sizes (issue 8): small is like the real SLRT Perbup with its Pedoman, large and huge
 * are the big regional regulations the engine must stay fast on. /work/shared/research/perf-baselines.md
 * measured pandoc and LibreOffice on the same three shapes.
 */

/** Name of a bench size. */
export type Size = 'small' | 'large' | 'huge';

/** The shape of one synthetic regulation. */
export interface SizeSpec {
  readonly size: Size;
  /** Pasal in the batang tubuh, Pasal 1 (definitions) and the Ketentuan Penutup included. */
  readonly pasal: number;
  /** Chapters (BAB) of the Lampiran (the Pedoman). */
  readonly babLampiran: number;
  /** BAB of the batang tubuh, Ketentuan Umum and Ketentuan Penutup included. */
  readonly bab: number;
  /** Seed of the generator; revision 1 uses seed + 1. */
  readonly seed: number;
}

/** All sizes in bench order. */
export const SIZES: readonly SizeSpec[] = [
  { size: 'small', pasal: 40, babLampiran: 5, bab: 8, seed: 8_040 },
  { size: 'large', pasal: 400, babLampiran: 40, bab: 40, seed: 8_400 },
  { size: 'huge', pasal: 2_000, babLampiran: 200, bab: 100, seed: 82_000 },
];

/** The document id of a size and revision in the bench project, e.g. `bench-huge-r1`. */
export function documentId(size: Size, revision: 0 | 1): string {
  return revision === 0 ? `bench-${size}` : `bench-${size}-r1`;
}

/** The folder id of the Pedoman attached to a document. */
export function pedomanFolderId(docId: string): string {
  return `${docId}-pedoman`;
}

/** Looks a size up by name. */
export function sizeSpec(size: Size): SizeSpec {
  const found = SIZES.find((u) => u.size === size);
  if (!found) throw new Error(`ukuran tidak dikenal: ${size}`);
  return found;
}
