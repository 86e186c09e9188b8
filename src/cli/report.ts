/** Prints diagnostics of several documents once each (shared files are read by every document). */
import { formatHuman, summary } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';

export { uniqueDiagnostics } from '../pipeline/check-documents.js';

/** Writes the human form of each diagnostic and a summary line. */
export function printHuman(diagnostics: readonly Diagnostic[], root: string, write: (s: string) => void): void {
  const cache = new Map<string, string[] | null>();
  for (const d of diagnostics) write(`${formatHuman(d, root, cache)}\n`);
  if (diagnostics.length > 0) write(summary(diagnostics));
}
