/**
 * Rincian "a.⇥text" › "1.⇥text" › "a)⇥text" › "1)⇥text" with a hanging indent per depth (RULES.md
 * TN-RIN-02, TN-RIN-06). Depth 1 hangs from `base`, the left edge of the text it continues: the ayat
 * text (1 cm, the styles' geometry), the left margin for a Pasal without ayat, the diktum text column, or
 * the text edge of the current lampiran heading.
 */

import type { Paragraph } from 'docx';
import type { Rincian } from '../../ir/types.js';
import { labelled } from './crossref.js';
import { inlineRuns } from './inline.js';
import { RINCIAN_STEP } from './measure.js';
import { para, TAB } from './paragraph.js';
import { rincianStyle } from './styles.js';

/** The paragraphs of `items` and their sub-rincian, depth-first. */
export function renderRincian(items: readonly Rincian[], base: number, keep: { readonly keepNext?: boolean } = {}): Paragraph[] {
  return items.flatMap((item) => {
    const left = base + item.depth * RINCIAN_STEP;
    const p = para(rincianStyle(item.depth), [...labelled(item.id, item.label), TAB, ...inlineRuns(item.isi)], { left, hanging: RINCIAN_STEP, tabs: [left], ...keep });
    return [p, ...renderRincian(item.rincian, base, keep)];
  });
}
