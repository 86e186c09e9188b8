/**
 * Whether a path lies inside a folder, lexically and — for what exists — after following symlinks.
 * Shared by the source-path confinement (src/load/confine.ts) and the code frame of diagnostics, which
 * never quotes a file outside the project (issue 22 points 1 and 2).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** True when `path` is `folder` or below it (lexical comparison of absolute paths). */
export function isBelow(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path`, or of its nearest existing ancestor when it does not exist (yet). */
export function realExisting(path: string): string {
  let at = resolve(path);
  while (!existsSync(at)) {
    const up = dirname(at);
    if (up === at) return at;
    at = up;
  }
  return realpathSync(at);
}

/** True when `path` stays inside `root` both as written and with every symlink on the way followed. */
export function isInside(root: string, path: string): boolean {
  return isBelow(resolve(root), resolve(path)) && isBelow(realExisting(root), realExisting(path));
}
