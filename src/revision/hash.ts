/** Content addresses of snapshots: SHA-256 of every file and of the sorted listing. */
import { createHash } from 'node:crypto';
import type { RevisionFile } from './types.js';

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The snapshot hash: SHA-256 of "<sha256>  <path>\n" lines sorted by path (the `sha256sum` format). */
export function listingHash(files: readonly RevisionFile[]): string {
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${f.sha256}  ${f.path}\n`);
  return sha256(lines.join(''));
}

/** Folder name of a snapshot: zero-padded sequence number and the first 12 hex digits of its hash. */
export function folderName(number: number, hash: string): string {
  return `${String(number).padStart(3, '0')}-${hash.slice(0, 12)}`;
}
