/**
 * The change set between two revisions (perubahan.json, schema "naskah-perubahan/1"): one entry per
 * changed unit, keyed by stable ids, with its kind, old and new numbers and texts, and the word-level
 * operations inside a modified unit.
 */
import type { Op } from './words.js';
import type { UnitKind } from './unit.js';

/** Change kinds, distinct so renumbering and moves never masquerade as edits. */
export type ChangeKind = 'inserted' | 'deleted' | 'modified' | 'moved' | 'renumbered';

/** One changed unit. */
export interface Change {
  readonly kind: ChangeKind;
  readonly unit: UnitKind;
  /** Key in revision B (null when deleted) and in revision A (null when inserted). */
  readonly id: string | null;
  readonly oldId: string | null;
  /** Full addresses, e.g. "Pasal 8 ayat (2)" (null on the side where the unit does not exist). */
  readonly oldNumber: string | null;
  readonly newNumber: string | null;
  /** Where the unit sits ("BAB IV Bagian Kedua"), for moves. */
  readonly oldPlace: string | null;
  readonly newPlace: string | null;
  /** Own text for a matched unit; the whole subtree, one line per paragraph, for an inserted or deleted one. */
  readonly oldText: string | null;
  readonly newText: string | null;
  readonly textChanged: boolean;
  readonly renumbered: boolean;
  /** Word-level operations when the text changed. */
  readonly ops: [Op, string][] | null;
  /** What the matriks says in KETERANGAN, e.g. "Pasal 7 disisipkan". */
  readonly description: string;
}

/** Which revision a side of the comparison is. */
export interface RevisionSide {
  /** "1", "working", "git-HEAD". */
  readonly revision: string;
  readonly label: string;
  readonly date: string;
}

/** The whole change set. */
export interface ChangeSet {
  readonly schema: 'naskah-perubahan/1';
  readonly document: string;
  readonly from: RevisionSide;
  readonly to: RevisionSide;
  readonly summary: Record<ChangeKind, number>;
  readonly changes: Change[];
}
