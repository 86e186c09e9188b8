/**
 * In-memory source texts that take the place of files on disk (the editor's unsaved buffers, for
 * `naskah lsp`). The YAML and Markdown readers ask here first; with no overlay set (every CLI command)
 * they read the disk exactly as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const overlays = new Map<string, string>();

/** Makes `text` the content of `absPath` for every later read in this process. */
export function setOverlay(absPath: string, text: string): void {
  overlays.set(resolve(absPath), text);
}

/** Drops the overlay of `absPath` (the buffer was closed: the disk is the truth again). */
export function clearOverlay(absPath: string): void {
  overlays.delete(resolve(absPath));
}

/** The bytes of a source file: its overlay when one is set, else the file (throws like readFileSync). */
export function readSource(absPath: string): Uint8Array {
  const text = overlays.size > 0 ? overlays.get(resolve(absPath)) : undefined;
  return text === undefined ? readFileSync(absPath) : new TextEncoder().encode(text);
}
