/**
 * References a reviewer pointed elsewhere: a REF field whose bookmark differs from the one naskah wrote at
 * the same place. Word and LibreOffice change a field's target without a revision mark (Edit Field, or
 * Insert › Cross-reference over the old one), so this is the only trace of that edit of the reference.
 */
import type { DocxParagraph, RefField } from './read-docx.js';

/** REF fields of naskah's paragraph that the reviewer pointed at another bookmark (without revision marks). */
export function retargeted(reviewed: DocxParagraph, fresh: DocxParagraph): { from: RefField; to: RefField }[] {
  const now = reviewed.refs.filter((r) => !r.tracked);
  if (now.length !== fresh.refs.length) return [];
  return fresh.refs.flatMap((r, i) => (r.bookmark !== now[i]!.bookmark ? [{ from: r, to: now[i]! }] : []));
}
