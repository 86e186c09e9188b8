/**
 * Building fixes from spans of author texts: a replacement, a deletion, or case changes letter by letter
 * (so a term folded over two lines can still be capitalised exactly). A fix is only offered when every
 * edit can be spliced into the source exactly; otherwise the finding has no fix (never guess).
 */
import type { AuthorText } from '../../ir-index/text.js';
import type { Fix, TextEdit } from '../types.js';

/** A fix replacing one span of a text, or undefined when the span is not exact in the source. */
export function replaceFix(text: AuthorText, index: number, length: number, replacement: string, description: string): Fix | undefined {
  const edit = text.edit(index, length, replacement);
  return edit ? { description, edits: [edit] } : undefined;
}

/**
 * A fix changing the case of letters so that text[index…] reads `target` (same length, letters differing
 * only in case). Every differing letter becomes its own one-character edit.
 */
export function caseFix(text: AuthorText, index: number, target: string, description: string): Fix | undefined {
  const edits: TextEdit[] = [];
  for (let k = 0; k < target.length; k++) {
    const have = text.value.charAt(index + k);
    const want = target.charAt(k);
    if (have === want) continue;
    if (have.toLowerCase() !== want.toLowerCase()) return undefined;
    const edit = text.edit(index + k, 1, want);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits.length > 0 ? { description, edits } : undefined;
}

/** `target` spelled like `model` letter by letter, keeping the whitespace and markers of `target`. */
export function withCaseOf(target: string, model: string): string {
  const letters = model.replace(/[\s*]+/g, '');
  let k = 0;
  return target.replace(/[^\s*]/g, (c) => {
    const m = letters.charAt(k++);
    return m && m.toLowerCase() === c.toLowerCase() ? m : c;
  });
}
