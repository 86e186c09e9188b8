/**
 * `naskah check --fix`: apply the mechanical fixes, report them, check again. (Checking several
 * documents together, shared with `naskah build`, is src/pipeline/check-documents.ts.)
 */
import type { Diagnostic } from '../diagnostics/types.js';
import { applyFixes } from '../lint/fix/apply.js';

export { checkDocuments } from '../pipeline/check-documents.js';

/** Applies fixes until none applies (at most three rounds), reports each change, returns the final diagnostics. */
export function fixAndRecheck(first: Diagnostic[], check: () => Diagnostic[], root: string, write: (line: string) => void): Diagnostic[] {
  let current = first;
  let total = 0;
  for (let round = 0; round < 3; round++) {
    const { applied, skipped } = applyFixes(current, root);
    for (const a of applied) write(`diperbaiki ${a.file}:${a.line}:${a.column} ${a.code}: ${a.description}`);
    for (const s of skipped) write(`tidak diperbaiki ${s.file}: ${s.reason}`);
    total += applied.length;
    if (applied.length === 0) break;
    current = check();
  }
  write(total === 0 ? 'Tidak ada perbaikan mekanis yang dapat diterapkan.' : `${total} perbaikan diterapkan.`);
  write('');
  return current;
}
