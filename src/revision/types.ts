/**
 * Revisions (DESIGN.md, "Revisions"): an immutable, content-addressed snapshot of a document's
 * sources with its date and label, kept under content/<doc-id>/revisi/ and listed by
 * `naskah revision list`.
 */

/** One source file of a snapshot: its path relative to content/ and its SHA-256. */
export interface BerkasRevisi {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** The manifest `revisi.json` of one snapshot. */
export interface ManifestRevisi {
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
  readonly berkas: readonly BerkasRevisi[];
}

/** A saved revision found on disk. */
export interface RevisiTersimpan {
  readonly manifest: ManifestRevisi;
  /** Absolute path of the snapshot folder (content/<doc>/revisi/<NNN>-<hash12>). */
  readonly dir: string;
  /** Folder name, e.g. "001-3f2a9c1d0b7e". */
  readonly nama: string;
}

/** How a revision is named on the command line. */
export type SpesifikasiRevisi =
  | { readonly jenis: 'working' }
  | { readonly jenis: 'nomor'; readonly nomor: number }
  | { readonly jenis: 'label'; readonly label: string }
  | { readonly jenis: 'git'; readonly ref: string };

/** Name of the working copy on the command line. */
export const WORKING = 'working';

/** Parses a revision name: "working", a sequence number, "git:<ref>", or a label. */
export function parseSpesifikasi(text: string): SpesifikasiRevisi {
  const t = text.trim();
  if (t === WORKING) return { jenis: 'working' };
  if (/^\d+$/.test(t)) return { jenis: 'nomor', nomor: Number(t) };
  if (t.startsWith('git:')) return { jenis: 'git', ref: t.slice(4) };
  return { jenis: 'label', label: t };
}
