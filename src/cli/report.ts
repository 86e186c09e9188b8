/** Prints diagnostics of several documents once each (shared files are read by every document). */
import { formatHuman, summary } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';

/** Drops repeats of the same diagnostic (daerah.yaml and dasar-hukum.yaml are loaded per document). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.start.line}:${d.start.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Writes the human form of each diagnostic and a summary line. */
export function printHuman(diagnostics: readonly Diagnostic[], root: string, write: (s: string) => void): void {
  const cache = new Map<string, string[] | null>();
  for (const d of diagnostics) write(`${formatHuman(d, root, cache)}\n`);
  if (diagnostics.length > 0) write(summary(diagnostics));
}
