/**
 * Watches the sources a document is built from (content/: YAML, Markdown, images; the templates) and
 * calls back once per burst of saves. An editor's save is often several events (truncate, write,
 * rename, chmod) that follow each other within a millisecond or two; a short quiet period folds them
 * into one rebuild. It is kept short because it is part of every save → page (issue 12): a save the
 * rebuild still catches half-written shows its diagnostics for a moment, and its last event starts
 * one more rebuild that shows the finished file.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Milliseconds without events before a burst counts as finished. */
const QUIET_MS = 3;

/** Starts watching `folders` (recursively); calls `onChange` with the absolute paths of a burst; returns a function that stops it. */
export function watchSources(folders: readonly string[], onChange: (files: readonly string[]) => void): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | null = null;
  let burst = new Set<string>();
  for (const folder of folders) {
    try {
      const w = watch(folder, { recursive: true }, (_event, name) => {
        if (name !== null && /(^|[\\/])\.|~$|\.sw[px]$/.test(String(name))) return; // editor swap and hidden files
        burst.add(name === null ? folder : join(folder, String(name)));
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          const files = [...burst];
          burst = new Set();
          onChange(files);
        }, QUIET_MS);
      });
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      // A folder that cannot be watched (removed, no permission) is skipped; the others still work.
    }
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
