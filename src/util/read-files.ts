/** Reads a set of files named relative to one root, once, for renderers that never touch the file system. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of every readable file by its relative path, and the paths that could not be read. */
export function readFiles(root: string, relPaths: readonly string[]): { read: Map<string, Uint8Array>; unreadable: string[] } {
  const read = new Map<string, Uint8Array>();
  const unreadable: string[] = [];
  for (const p of relPaths) {
    try {
      read.set(p, readFileSync(join(root, p)));
    } catch {
      unreadable.push(p);
    }
  }
  return { read, unreadable };
}
