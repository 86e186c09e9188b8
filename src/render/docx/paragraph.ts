/**
 * Building paragraphs from the style table: a style id, the runs, and only the layout that departs
 * from the style (direct formatting), so the DOCX stays editable by style in Word.
 */

import { Paragraph, Tab, TabStopType, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { layoutOf, type ParagraphLayout, type ParagraphStyleId } from './styles.js';

/** Content of a paragraph: plain strings become runs, `TAB` becomes a tab. */
export type Piece = string | typeof TAB | ParagraphChild;

/** A tab character inside a paragraph's text. */
export const TAB = Symbol('tab');

/** Layout to write as direct formatting on top of the style (only what differs is written). */
export type Override = Pick<ParagraphLayout, 'left' | 'hanging' | 'tabs' | 'before' | 'after' | 'keepNext'>;

/** Direct formatting for `want`, relative to the style's layout `base`. */
function directFormatting(base: ParagraphLayout, want: Override): Partial<IParagraphOptions> {
  const out: { -readonly [K in keyof IParagraphOptions]?: IParagraphOptions[K] } = {};
  const left = want.left ?? base.left ?? 0;
  const hanging = want.hanging ?? base.hanging ?? 0;
  if (left !== (base.left ?? 0) || hanging !== (base.hanging ?? 0)) out.indent = { left, hanging };
  if (want.tabs !== undefined) {
    const have = base.tabs ?? [];
    const cleared = have.filter((t) => !want.tabs?.includes(t)).map((position) => ({ type: TabStopType.CLEAR, position }));
    const added = want.tabs.filter((t) => !have.includes(t)).map((position) => ({ type: TabStopType.LEFT, position }));
    if (cleared.length + added.length > 0) out.tabStops = [...cleared, ...added].sort((a, b) => a.position - b.position);
  }
  const before = want.before !== undefined && want.before !== base.before ? want.before : undefined;
  const after = want.after !== undefined && want.after !== base.after ? want.after : undefined;
  if (before !== undefined || after !== undefined) {
    out.spacing = { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
  }
  if (want.keepNext !== undefined && want.keepNext !== (base.keepNext ?? false)) out.keepNext = want.keepNext;
  return out;
}

/** Turns pieces into paragraph children; consecutive strings and tabs share one run. */
function children(pieces: readonly Piece[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let pending: (string | Tab)[] = [];
  const flush = (): void => {
    if (pending.length > 0) out.push(new TextRun({ children: pending }));
    pending = [];
  };
  for (const piece of pieces) {
    if (piece === TAB) pending.push(new Tab());
    else if (typeof piece === 'string') {
      if (piece !== '') pending.push(piece);
    } else {
      flush();
      out.push(piece);
    }
  }
  flush();
  return out;
}

/** A paragraph in style `style` with `pieces`, plus direct formatting where `override` departs from the style. */
export function para(style: ParagraphStyleId, pieces: readonly Piece[], override: Override = {}): Paragraph {
  return new Paragraph({ style, children: children(pieces), ...directFormatting(layoutOf(style), override) });
}
