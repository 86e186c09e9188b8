/**
 * Columns of labelled lists ("Menimbang⇥:⇥a.⇥bahwa …") and diktum ("KESATU⇥:⇥…"), one set per document
 * so that every colon, marker and text edge lines up (RULES.md TN-TYP-08, TN-DIKTUM-02, TN-KEP-07).
 *
 * The defaults (colon 3 cm, marker 3.5 cm, text 4.3 cm) fit a Perbup; a wider label ("Memperhatikan",
 * "KESEMBILAN") or marker ("10.") moves the columns right, measured with {@link textWidthTwips}.
 */

import type { DaftarBerlabel, Naskah } from '../../ir/types.js';
import { cm } from './measure.js';
import { textWidthTwips } from './metrics.js';
import { LABEL_COLUMNS } from './styles.js';

/** Tab positions in twips from the left margin. */
export interface LabelColumns {
  readonly colon: number;
  readonly marker: number;
  readonly text: number;
}

const widest = (texts: readonly string[]): number => Math.max(0, ...texts.map(textWidthTwips));

/** `fallback` if `needed` fits in it, else `needed` rounded up to a multiple of `stepCm` centimetres. */
function fit(needed: number, fallback: number, stepCm: number): number {
  if (needed <= fallback) return fallback;
  return cm(Math.ceil(needed / cm(stepCm)) * stepCm);
}

/** The label columns for `ir`. */
export function labelColumns(ir: Naskah): LabelColumns {
  const lists: DaftarBerlabel[] = [ir.pembukaan.menimbang, ir.pembukaan.mengingat, ir.pembukaan.menetapkan];
  if (ir.pembukaan.memperhatikan) lists.push(ir.pembukaan.memperhatikan);
  const labels = [...lists.map((l) => l.label), ...ir.diktum.map((d) => d.label)];
  const markers = lists.flatMap((l) => l.butir.map((b) => b.label));

  const colon = fit(widest(labels) + cm(0.1), LABEL_COLUMNS.colon, 0.25);
  const marker = colon + (LABEL_COLUMNS.marker - LABEL_COLUMNS.colon);
  const gap = fit(widest(markers) + cm(0.05), LABEL_COLUMNS.text - LABEL_COLUMNS.marker, 0.1);
  return { colon, marker, text: marker + gap };
}
