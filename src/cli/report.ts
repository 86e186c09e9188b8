/** Prints diagnostics of several documents once each (shared files are read by every document). */
import { formatHuman, summary } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Io } from './io.js';

export { uniqueDiagnostics } from '../pipeline/check-documents.js';

/**
 * Writes the human form of each diagnostic and a summary line to stderr (diagnostics always go to
 * stderr; stdout is for what a command produces). `--quiet` keeps the errors only; colour follows the Io.
 */
export function printHuman(diagnostics: readonly Diagnostic[], root: string, io: Io): void {
  const shown = io.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const cache = new Map<string, string[] | null>();
  for (const d of shown) io.err(`${formatHuman(d, root, cache, io.colour ?? false)}\n`);
  if (shown.length > 0) io.err(summary(diagnostics));
}

/**
 * Exit code when a revision cannot be opened: 2 when the revision named is not known (NSK601, NSK607:
 * a usage mistake, like an unknown document id), 1 when it exists but is broken (NSK602, tampered).
 */
export function exitForUnopened(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.code === 'NSK601' || d.code === 'NSK607') ? 2 : 1;
}
