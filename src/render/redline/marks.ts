/**
 * Revision marks of WordprocessingML (ECMA-376 Part 1, §17.13 "Annotations"): w:ins, w:del, w:moveFrom,
 * w:moveTo and the move range markers, each with a document-unique id, the author and the date.
 */
import { escapeAttr } from '../ooxml/index.js';

/** Hands out revision ids and writes the attributes every mark carries. */
export class RevisionMarks {
  private next = 1000;
  private moves = 0;
  private readonly common: string;

  constructor(author: string, date: string) {
    this.common = ` w:author="${escapeAttr(author)}" w:date="${date}"`;
  }

  /** ` w:id="…" w:author="…" w:date="…"` with a fresh id. */
  attrs(): string {
    return ` w:id="${this.next++}"${this.common}`;
  }

  /** A fresh id (for range ends, which carry only the id of their start). */
  id(): number {
    return this.next++;
  }

  /** Author and date only. */
  get authorDate(): string {
    return this.common;
  }

  /** A fresh move name, shared by a moveFrom range and its moveTo range. */
  moveName(): string {
    return `move${++this.moves}`;
  }
}

/** Kinds of whole-paragraph marks. */
export type MarkKind = 'ins' | 'del' | 'moveFrom' | 'moveTo';

/** The element name of a mark. */
export const MARK_ELEMENT: Record<MarkKind, string> = { ins: 'w:ins', del: 'w:del', moveFrom: 'w:moveFrom', moveTo: 'w:moveTo' };
