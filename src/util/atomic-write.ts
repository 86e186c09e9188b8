/**
 * Atomic writes (DESIGN.md): each file is written to a temporary name beside its target and renamed
 * into place, so a failed or killed build never leaves a half-written document.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes several files all-or-nothing as far as the file system allows: all temps first, then renames. */
export function writeFilesAtomic(files: ReadonlyMap<string, Uint8Array | string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, bytes] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temp, bytes);
      temps.push([temp, path]);
    }
    for (const [temp, path] of temps) renameSync(temp, path);
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  }
}
