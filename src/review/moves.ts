/**
 * Tracked moves (w:moveFrom / w:moveTo, written by Word and by LibreOffice when a reviewer cuts and pastes
 * with change recording on): the deleted and the inserted half are paired by their text, so a moved
 * paragraph is reported once, as a move of its unit to its new place, rather than as a deletion in one
 * unit and an insertion of the same words in another.
 */
import type { DocxParagraph, TrackedChange } from './read-docx.js';
import type { ReviewUnit } from './units.js';

/** One paired move: where the text left (`from`) and where it arrived (`to`). */
export interface Move {
  readonly text: string;
  readonly from: { readonly paragraph: number; readonly change: TrackedChange };
  readonly to: { readonly paragraph: number; readonly change: TrackedChange };
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The moves of a reviewed document, paired in document order by equal text. */
export function pairMoves(paragraphs: readonly DocxParagraph[]): Move[] {
  const from: { paragraph: number; change: TrackedChange }[] = [];
  const to: { paragraph: number; change: TrackedChange }[] = [];
  for (const p of paragraphs) {
    for (const change of p.changes) {
      if (!change.move || change.text === '\n' || norm(change.text) === '') continue;
      (change.kind === 'del' ? from : to).push({ paragraph: p.index, change });
    }
  }
  const moves: Move[] = [];
  const taken = new Set<number>();
  for (const f of from) {
    const i = to.findIndex((t, j) => !taken.has(j) && norm(t.change.text) === norm(f.change.text));
    if (i < 0) continue;
    taken.add(i);
    moves.push({ text: norm(f.change.text), from: f, to: to[i]! });
  }
  return moves;
}

/**
 * Where a moved text arrived: into a unit's paragraph, or before (after) the nearest unit; `unitAt` gives
 * the unit a reviewed paragraph was matched to, `to` and `from` are the paragraphs of the move.
 */
export function destination(paragraphs: readonly DocxParagraph[], unitAt: (index: number) => ReviewUnit | null, to: number, from: number): string {
  const here = unitAt(to);
  if (here && paragraphs[to]!.original.trim() !== '') return `ke dalam ${here.name}`;
  for (let j = to + 1; j < paragraphs.length; j++) {
    const u = j === from ? null : unitAt(j);
    if (u) return `ke sebelum ${u.name}`;
  }
  for (let j = to - 1; j >= 0; j--) {
    const u = j === from ? null : unitAt(j);
    if (u) return `ke sesudah ${u.name}`;
  }
  return 'ke tempat lain';
}
