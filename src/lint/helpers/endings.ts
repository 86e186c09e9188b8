/**
 * Endings of rincian items as printed (TN-RIN-04…10): the punctuation after an item's text, and the
 * "effective" ending of an item with sub-items, which its last sub-item carries.
 */
import type { Rincian, Runs } from '../../ir/types.js';

/** The printed ending of a text: "; dan", "; atau", "; dan/atau", ";", ":", ".", "," or "". */
export function ending(runs: Runs): string {
  const last = runs[runs.length - 1];
  const text = last ? last.text.trimEnd() : '';
  const m = /(;\s*(?:dan\/atau|dan|atau)|[.;:,])$/.exec(text);
  return m ? m[1]!.replace(/\s+/g, ' ') : '';
}

/** The ending an item contributes to its list: its own, or (with sub-items) that of its last sub-item. */
export function effectiveEnding(r: Rincian): string {
  const last = r.rincian[r.rincian.length - 1];
  return last ? effectiveEnding(last) : ending(r.isi);
}

/** True for "; dan", "; atau", "; dan/atau". */
export function isConjunction(e: string): boolean {
  return /^; (?:dan|atau|dan\/atau)$/.test(e);
}

/** The ending expected of the i-th of n items whose list closes with `listEnding`, given the list's conjunction. */
export function expectedEnding(i: number, n: number, listEnding: string, conjunction: string): string {
  if (i === n - 1) return listEnding;
  if (i === n - 2) return conjunction;
  return ';';
}
