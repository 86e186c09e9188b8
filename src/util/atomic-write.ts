/**
 * Atomic writes (DESIGN.md; issue 22 point 11). Each file is written to a temporary name beside its
 * target, flushed to disk (fsync) and renamed into place, so a failed or killed build never leaves a
 * half-written document. Several files are written as one set: every temporary file first, then the
 * renames. When a journal path is given, the set is bracketed by a journal
 * (`{"keadaan":"menukar",…}` before the renames, `{"keadaan":"lengkap",…}` after): a process killed
 * between two renames leaves "menukar" behind, so the next run can see that the set may be half old,
 * half new (`interruptedSet`) and say so while it rebuilds it.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes bytes to a new file and flushes them to disk before returning. */
function writeDurable(path: string, bytes: Uint8Array | string): void {
  const fd = openSync(path, 'w', 0o644);
  try {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    for (let at = 0; at < data.byteLength; ) at += writeSync(fd, data, at, data.byteLength - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (the renames) to disk, where the platform allows it. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported here (e.g. Windows): the renames are still atomic
  }
}

/** Replaces one file atomically (durable temp + rename). */
function replaceFile(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeDurable(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/**
 * Writes several files all-or-nothing as far as the file system allows: all durable temps first, then
 * the renames; with `journal`, the set is bracketed by a journal file (see the module comment).
 */
export function writeFilesAtomic(files: ReadonlyMap<string, Uint8Array | string>, journal?: string): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, bytes] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      temps.push([temp, path]);
      writeDurable(temp, bytes);
    }
    const listed = [...files.keys()].map((p) => (journal ? p.slice(dirname(journal).length + 1) : p)).sort();
    if (journal) replaceFile(journal, `${JSON.stringify({ keadaan: 'menukar', berkas: listed })}\n`);
    for (const [temp, path] of temps) renameSync(temp, path);
    for (const dir of new Set(temps.map(([, path]) => dirname(path)))) syncFolder(dir);
    if (journal) replaceFile(journal, `${JSON.stringify({ keadaan: 'lengkap', berkas: listed })}\n`);
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  }
}

/** The files of a set whose swap was interrupted (journal left in "menukar"), or null when none was. */
export function interruptedSet(journal: string): string[] | null {
  try {
    const state = JSON.parse(readFileSync(journal, 'utf8')) as { keadaan?: unknown; berkas?: unknown };
    return state.keadaan === 'menukar' && Array.isArray(state.berkas) ? state.berkas.filter((f): f is string => typeof f === 'string') : null;
  } catch {
    return null;
  }
}
