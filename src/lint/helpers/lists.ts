/**
 * The rincian lists of the batang tubuh and of the diktum, each with the ending its last item must carry
 * (TN-RIN-04…10). Definitions (TN-RIN-12) and Lampiran lists are not included.
 */
import type { Rincian, SourcePos } from '../../ir/types.js';
import type { DocumentIndex } from '../../ir-index/document.js';

/** One list of rincian items. */
export interface RincianList {
  readonly items: readonly Rincian[];
  /** Depth of its items (1 = a., 2 = 1., 3 = a), 4 = 1)). */
  readonly depth: number;
  /** The item holding a nested list, or null for a list of an ayat/Pasal/diktum. */
  readonly parent: Rincian | null;
  /** The unit holding the list (ayat or diktum) for positions. */
  readonly holder: { readonly source: SourcePos | null };
}

/** Every list, outer lists before the lists nested in them. */
export function rincianLists(doc: DocumentIndex): RincianList[] {
  const out: RincianList[] = [];
  const visit = (items: readonly Rincian[], depth: number, parent: Rincian | null, holder: { readonly source: SourcePos | null }) => {
    if (items.length === 0 || items.some((r) => r.definisi !== null)) return;
    out.push({ items, depth, parent, holder });
    for (const r of items) visit(r.rincian, depth + 1, r, holder);
  };
  for (const p of doc.units.pasal) for (const a of p.ayat) visit(a.rincian, 1, null, a);
  for (const d of doc.ir.diktum) visit(d.rincian, 1, null, d);
  return out;
}
