/**
 * SHA-256 of a file's bytes, read and hashed once per process while its size and modification time stay
 * the same. The font files are named in the keys of three verified caches (text widths, sized tables,
 * rendered PNGs); each used to read and hash them on its own.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

const known = new Map<string, { readonly stamp: string; readonly digest: string }>();

/** Hex SHA-256 of the file at `path`; throws when it cannot be read. */
export function fileDigest(path: string): string {
  const s = statSync(path);
  const stamp = `${s.size}:${s.mtimeMs}`;
  const k = known.get(path);
  if (k?.stamp === stamp) return k.digest;
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  known.set(path, { stamp, digest });
  return digest;
}
