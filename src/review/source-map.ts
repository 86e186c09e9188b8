/**
 * From an offset in a unit's rendered sentence to its author text in the YAML source. The rendered
 * sentence is the author's text with `*italic*` markers dropped, `[[id]]` replaced by the reference phrase
 * and final punctuation added; a span of plain or italic text maps back character for character, a span
 * inside a reference or the generated punctuation maps to its start only (no exact edit is possible).
 */
import type { TextEdit } from '../diagnostics/types.js';
import type { AuthorText } from '../ir-index/text.js';
import type { Runs } from '../ir/types.js';

/** Offset in the author's value of rendered offset `k`, and whether it is the same character (plain). */
export function valueOffset(runs: Runs, value: string, k: number): { offset: number; plain: boolean } {
  let r = 0;
  let v = 0;
  for (const run of runs) {
    if (run.text === '') continue;
    if (run.kind === 'ref') {
      const end = value.startsWith('[[', v) ? value.indexOf(']]', v) + 2 : v;
      if (k >= r && k < r + run.text.length) return { offset: v, plain: false };
      r += run.text.length;
      v = Math.max(v, end);
      continue;
    }
    if (run.kind === 'italic' && value[v] === '*') v++;
    for (let i = 0; i < run.text.length; i++, r++) {
      if (value[v] !== run.text[i]) return { offset: Math.min(v, value.length), plain: false };
      if (r === k) return { offset: v, plain: true };
      v++;
    }
    if (run.kind === 'italic' && value[v] === '*') v++;
  }
  return { offset: value.length, plain: k === r && v === value.length };
}

/** Where a rendered span [k, k + length) of the unit stands in the source. */
export function locateSpan(text: AuthorText, runs: Runs, k: number, length: number): { file: string; line: number; column: number } {
  const at = valueOffset(runs, text.value, Math.max(0, k));
  if (at.offset >= text.value.length && text.value.length > 0) {
    // Past the author's last character (an insertion at the end): the position just after it.
    const end = text.locate(text.value.length - 1, 1);
    const after = end.end ?? end.start;
    return { file: end.file, line: after.line, column: after.column };
  }
  const place = text.locate(at.offset, Math.max(1, length));
  return { file: place.file, line: place.start.line, column: place.start.column };
}

/** An exact source edit replacing the rendered span [k, k + length) by `replacement`, or null. */
export function editSpan(text: AuthorText, runs: Runs, k: number, length: number, replacement: string): TextEdit | null {
  if (k < 0) return null;
  const start = valueOffset(runs, text.value, k);
  // An insertion just before the generated final punctuation goes at the end of the author's text.
  if (!start.plain && !(length === 0 && start.offset === text.value.length)) return null;
  if (!start.plain) {
    // At the end: the last character is rewritten followed by the insertion (an offset past the end has
    // no source position of its own).
    const last = text.value.length - 1;
    return last < 0 ? null : text.edit(last, 1, text.value[last]! + replacement);
  }
  if (length > 0) {
    const last = valueOffset(runs, text.value, k + length - 1);
    if (!last.plain || last.offset - start.offset !== length - 1) return null;
  }
  return text.edit(start.offset, length, replacement);
}
