/**
 * Revisions (DESIGN.md, "Revisions"): an immutable, content-addressed snapshot of a document's
 * sources with its date and label, kept under content/<doc-id>/revisi/ and listed by
 * `naskah revision list`.
 */

/** One source file of a snapshot: its path relative to content/ and its SHA-256. */
export interface RevisionFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** The manifest `revisi.json` of one snapshot. */
export interface RevisionManifest {
  readonly schema: 'naskah-revisi/1';
  /** Document id (folder name under content/). */
  readonly dokumen: string;
  /** Sequence number: 1 for the first saved revision, then 2, 3, … */
  readonly nomor: number;
  readonly label: string;
  /** ISO 8601 date of the snapshot (SOURCE_DATE_EPOCH or the newest source file), never the wall clock. */
  readonly tanggal: string;
  /** SHA-256 of the listing "<sha256>  <path>\n" of every file, sorted by path: the snapshot's address. */
  readonly hash: string;
  readonly berkas: readonly RevisionFile[];
}

/** A saved revision found on disk. */
export interface SavedRevision {
  readonly manifest: RevisionManifest;
  /** Absolute path of the snapshot folder (content/<doc>/revisi/<NNN>-<hash12>). */
  readonly dir: string;
  /** Folder name, e.g. "001-3f2a9c1d0b7e". */
  readonly name: string;
}

/** How a revision is named on the command line. */
export type RevisionSpec =
  | { readonly kind: 'working' }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'label'; readonly label: string }
  | { readonly kind: 'git'; readonly ref: string };

/** Name of the working copy on the command line. */
export const WORKING = 'working';

/** Parses a revision name: "working", a sequence number, "git:<ref>", or a label. */
export function parseRevisionSpec(text: string): RevisionSpec {
  const t = text.trim();
  if (t === WORKING) return { kind: 'working' };
  if (/^\d+$/.test(t)) return { kind: 'number', number: Number(t) };
  if (t.startsWith('git:')) return { kind: 'git', ref: t.slice(4) };
  return { kind: 'label', label: t };
}
