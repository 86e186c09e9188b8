/**
 * Cross-references as Word fields (issue 13). Every unit of the batang tubuh carries a bookmark named from
 * its stable id around its number ("Pasal 5", "(2)", the "b" of "b."), and every generated reference names
 * the units it points at with REF fields whose cached result is that number, so Word's "update fields"
 * (F9) keeps a reference right after a reviewer renumbers, and `naskah review import` finds each unit of
 * a DOCX that came back by its bookmark.
 *
 * Word bookmark names: at most 40 characters, a letter first, then [A-Za-z0-9_] (ECMA-376 Part 1,
 * 17.13.6.2; Word drops a name that breaks this). An id maps to `n_` + the id with '-' → '_', or, when
 * that is too long or not a faithful copy of the id, to a shortened name with an FNV-1a hash suffix.
 * Bookmark numbers (`w:id`) are renumbered per document by bookmarks.ts, so rebuilds stay byte-identical.
 *
 * The renderer's block functions take no context, so the ids bookmarked in the document being rendered are
 * set for the (synchronous) building of its paragraphs by {@link withCrossrefs}.
 */
import { Bookmark, SimpleField, TextRun, type ParagraphChild } from 'docx';
import type { Inline, Naskah } from '../../ir/types.js';
import { bookmarkedUnits, bookmarkText, referenceSpans } from '../ref-targets.js';
import { bindNumbers } from '../typography.js';

export { bookmarkText } from '../ref-targets.js';

const MAX = 40;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The Word bookmark name of a unit id (deterministic, ≤ 40 characters, [A-Za-z0-9_], a letter first). */
export function bookmarkName(id: string): string {
  const plain = `n_${id.replace(/-/g, '_')}`;
  if (plain.length <= MAX && /^[a-z0-9-]+$/.test(id)) return plain;
  const safe = `n_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, MAX - 9);
  return `${safe}_${fnv1a(id)}`;
}

/** Ids bookmarked in the document being rendered, with their bookmark text. */
let scope: ReadonlyMap<string, string> | null = null;

/** Runs `build` with the units of `ir` bookmarked, so references to them become REF fields. */
export function withCrossrefs<T>(ir: Naskah, build: () => T): T {
  const previous = scope;
  scope = bookmarkedUnits(ir);
  try {
    return build();
  } finally {
    scope = previous;
  }
}

/**
 * A unit's label with its bookmark: the whole label, or for a rincian "b." the "b" (then the "."); an
 * unlabelled ayat gets an empty bookmark. A unit outside the batang tubuh of the document being rendered
 * (a Lampiran's rincian, a diktum) keeps its label as plain text.
 */
export function labelled(id: string, label: string | null): (string | ParagraphChild)[] {
  if (!scope?.has(id)) return label === null ? [] : [label];
  const plain = bookmarkText(label ?? '');
  const inner = bindNumbers(plain); // the text a REF field repeats, bound as in the references
  const rest = (label ?? '').slice(plain.length);
  const mark = new Bookmark({ id: bookmarkName(id), children: inner === '' ? [] : [new TextRun(inner)] });
  return rest === '' ? [mark] : [mark, rest];
}

/** A resolved reference: its words as "Rujukan" runs, each target's number as a REF field (cached result). */
export function referenceRuns(inline: Extract<Inline, { kind: 'ref' }>): ParagraphChild[] {
  const plain = (text: string): TextRun => new TextRun({ text, style: 'Rujukan' });
  const spans = scope ? referenceSpans(inline.text, inline.targets, scope) : [];
  const out: ParagraphChild[] = [];
  let at = 0;
  for (const [start, end, id] of spans) {
    if (start > at) out.push(plain(inline.text.slice(at, start)));
    out.push(new SimpleField(`REF ${bookmarkName(id)} \\h`, inline.text.slice(start, end)));
    at = end;
  }
  if (at < inline.text.length) out.push(plain(inline.text.slice(at)));
  return out;
}
