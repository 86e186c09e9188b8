/**
 * The parts of `naskah check` that go beyond one document: the cross-document lint pass over all loaded
 * documents, and `--fix` (apply the mechanical fixes, report them, check again).
 */
import { loadDocument, sortDiagnostics, type LoadOptions } from '../pipeline/load-document.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Naskah } from '../ir/types.js';
import { lintLoadedProject } from '../lint/index.js';
import { applyFixes } from '../lint/fix/apply.js';
import type { ProjectPaths } from '../load/project.js';
import { uniqueDiagnostics } from './report.js';

/** Loads the documents (every phase including lint) and, for the whole project, runs the cross-document rules. */
export function checkDocuments(paths: ProjectPaths, ids: readonly string[], options: LoadOptions, project: boolean): Diagnostic[] {
  const cached = { ...options, cache: options.cache ?? new Map() };
  const loaded = ids.map((id) => loadDocument(paths, id, cached));
  const diagnostics = loaded.flatMap((l) => l.diagnostics);
  if (project) {
    const irs = loaded.map((l) => l.ir).filter((ir): ir is Naskah => ir?.jenis === 'peraturan-bupati' || ir?.jenis === 'keputusan-bupati');
    diagnostics.push(...lintLoadedProject(paths, irs, diagnostics));
  }
  return uniqueDiagnostics(sortDiagnostics(diagnostics));
}

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
