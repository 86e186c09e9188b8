/**
 * Konsiderans, dasar hukum and diktum opening: "Menimbang⇥:⇥a.⇥bahwa …" lists made of tabs and hanging
 * indents (not tables) so reviewers can edit them by hand, then "MEMUTUSKAN:" and "Menetapkan⇥:⇥…"
 * (RULES.md TN-KONS-01, TN-DH-01, TN-DIKTUM-01/02, TN-TYP-08).
 *
 * The first item of a list carries the label and colon; later items start with two tabs. An item with
 * label "" (a single unnumbered item) has no marker and its text starts at the marker column.
 */

import type { Paragraph } from 'docx';
import type { DaftarBerlabel, Pembukaan } from '../../ir/types.js';
import type { RenderContext } from './context.js';
import { inlineRuns } from './inline.js';
import { para, TAB, type Override, type Piece } from './paragraph.js';

/** One labelled list; like the PDF, no extra space between lists or items (one line pitch). */
export function renderDaftarBerlabel(daftar: DaftarBerlabel, ctx: RenderContext): Paragraph[] {
  const { colon, marker, text } = ctx.columns;
  return daftar.butir.map((butir, i) => {
    const head: Piece[] = i === 0 ? [daftar.label, TAB, ':', TAB] : [TAB, TAB];
    const numbered = butir.label !== '';
    const pieces: Piece[] = numbered ? [...head, butir.label, TAB, ...inlineRuns(butir.isi)] : [...head, ...inlineRuns(butir.isi)];
    const indent = numbered ? text : marker;
    const override: Override = { tabs: [colon, marker, text], left: indent, hanging: indent };
    return para('LabelDaftar', pieces, override);
  });
}

/** Menimbang, Mengingat, [Memperhatikan], MEMUTUSKAN:, Menetapkan. */
export function renderPembukaan(pembukaan: Pembukaan, ctx: RenderContext): Paragraph[] {
  return [
    ...renderDaftarBerlabel(pembukaan.menimbang, ctx),
    ...renderDaftarBerlabel(pembukaan.mengingat, ctx),
    ...(pembukaan.memperhatikan ? renderDaftarBerlabel(pembukaan.memperhatikan, ctx) : []),
    para('Memutuskan', [pembukaan.memutuskan]),
    ...renderDaftarBerlabel(pembukaan.menetapkan, ctx),
  ];
}
