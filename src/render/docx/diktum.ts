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

/**
 * All diktum (empty for a Peraturan). A Keputusan has no closing paragraph, so its last diktum is kept with
 * the signature block below it (TN-TYP-09), as the PDF keeps it (lib.typ): a signature never stands alone.
 */
export function renderDiktum(diktum: readonly Diktum[], ctx: RenderContext): Paragraph[] {
  const { colon, marker } = ctx.columns;
  return diktum.flatMap((d, i) => {
    const last = i === diktum.length - 1;
    const head = para('Diktum', [d.label, TAB, ':', TAB, ...inlineRuns(d.isi)], { tabs: [colon, marker], left: marker, hanging: marker, ...(last ? { keepNext: true } : {}) });
    // The rincian of the last diktum: each kept with the next, down to the signature.
    return [head, ...(last ? renderRincian(d.rincian, marker, { keepNext: true }) : renderRincian(d.rincian, marker))];
  });
}
