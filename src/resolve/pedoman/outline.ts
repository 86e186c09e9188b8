/**
 * The outline cascade of a Lampiran (TN-PED-03): BAB I › A. › 1. › a. › 1) › a) › (1) › (a). Headings and
 * ordered lists share one cascade: a list continues it one step below the heading it stands under, so
 * the rincian under "2. Tujuan" are "a., b., …" and never restart at the heading's own "1." (review M3).
 */
import { letter } from '../../ir/numbering.js';

/** The steps below BAB, outermost first. */
const STEPS: readonly ((n: number) => string)[] = [
  (n) => `${letter(n).toUpperCase()}.`,
  (n) => `${n}.`,
  (n) => `${letter(n)}.`,
  (n) => `${n})`,
  (n) => `${letter(n)})`,
  (n) => `(${n})`,
  (n) => `(${letter(n)})`,
];

/** The deepest step; deeper lists stay at "(a)". */
export const DEEPEST_STEP = STEPS.length - 1;

/** The label of item `n` at cascade step `step` (0 = "A.", 1 = "1.", 2 = "a.", …). */
export function cascadeLabel(step: number, n: number): string {
  return STEPS[Math.min(Math.max(step, 0), DEEPEST_STEP)]!(n);
}

/** The cascade step of a Markdown heading of depth 2–8 (## → "A.", ### → "1.", …). */
export function headingStep(depth: number): number {
  return depth - 2;
}

/**
 * The cascade step of the first level of an ordered list that follows a heading of Markdown depth
 * `headingDepth` (1 = directly under the BAB title): one step below the heading. Directly under a
 * BAB title a list starts at "1.": "A." is kept for headings.
 */
export function listStep(headingDepth: number): number {
  return Math.max(headingStep(headingDepth) + 1, 1);
}

/** The word used when referring to an item at a step: "huruf" for letters, "angka" for numbers (TN-REF-10). */
export function referenceWord(step: number): 'huruf' | 'angka' {
  return step % 2 === 0 ? 'huruf' : 'angka';
}

/** "2." / "c)" / "(a)" → "2" / "c" / "a", as written in a reference ("angka 2 huruf c"). */
export function referenceValue(label: string): string {
  return label.replace(/^\(/, '').replace(/[.)]$/, '');
}
