/**
 * manifest.json of a package: every file with its size and SHA-256, the revisions and source hashes the
 * documents were built from, the naskah version and the build date (issue "Paket fasilitasi").
 */
import { sha256 } from '../revision/hash.js';

/** One packaged file. */
export interface ManifestFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

/** The source a document was built from. */
export interface ManifestSource {
  readonly document: string;
  /** Revision it was built from ("working" for the working copy). */
  readonly revision: string;
  /** The last saved revision the working copy continues from, if any. */
  readonly basedOn: string | null;
  /** SHA-256 of each source file (project-relative path → hash). */
  readonly files: Readonly<Record<string, string>>;
}

/** The manifest. */
export interface Manifest {
  readonly format: 'naskah-paket/1';
  readonly naskah: string;
  readonly date: string;
  readonly sources: readonly ManifestSource[];
  readonly files: readonly ManifestFile[];
}

export { sha256 };

/** The manifest entries of `files`, sorted by path. */
export function manifestFiles(files: ReadonlyMap<string, Uint8Array>): ManifestFile[] {
  return [...files.keys()].sort().map((path) => ({ path, size: files.get(path)!.byteLength, sha256: sha256(files.get(path)!) }));
}
