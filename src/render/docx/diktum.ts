/**
 * Diktum of a Keputusan: "KESATU⇥:⇥text" in the label columns shared with "Menetapkan", text hanging
 * at the marker column, rincian below it (RULES.md TN-KEP-07, Appendix A.2).
 */

import type { Paragraph } from 'docx';
import type { Diktum } from '../../ir/types.js';
import type { RenderContext } from './context.js';
import { inlineRuns } from './inline.js';
import { para, TAB } from './paragraph.js';
import { renderRincian } from './rincian.js';

/** All diktum (empty for a Peraturan). */
export function renderDiktum(diktum: readonly Diktum[], ctx: RenderContext): Paragraph[] {
  const { colon, marker } = ctx.columns;
  return diktum.flatMap((d) => [
    para('Diktum', [d.label, TAB, ':', TAB, ...inlineRuns(d.isi)], { tabs: [colon, marker], left: marker, hanging: marker }),
    ...renderRincian(d.rincian, marker),
  ]);
}
