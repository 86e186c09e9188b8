/**
 * The findings of a set of documents, the same for `naskah check` and `naskah build` (issue 16 point
 * 2): every phase of each document including lint, and — when the whole project is checked — the
 * cross-document rules over all loaded documents (TN-KEP-14, TN-REF-13, …). A subset of documents
 * cannot tell a missing document, so cross-document rules run only for the whole project.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Naskah } from '../ir/types.js';
import { lintLoadedProject } from '../lint/index.js';
import type { ProjectPaths } from '../load/project.js';
import { loadDocument, sortDiagnostics, type Loaded, type LoadOptions } from './load-document.js';

/** Drops repeated diagnostics (a Perbup's findings reached through the Keputusan that loads it). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.start.line}:${d.start.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a check of several documents found, and the documents as loaded. */
export interface Checked {
  readonly loaded: readonly Loaded[];
  /** Every finding, sorted and without repeats. */
  readonly diagnostics: Diagnostic[];
  /** The cross-document findings alone (part of `diagnostics`). */
  readonly project: readonly Diagnostic[];
}

/** Loads the documents (every phase including lint) and, for the whole project, runs the cross-document rules. */
export function checkProject(paths: ProjectPaths, ids: readonly string[], options: LoadOptions, whole: boolean): Checked {
  const cached = { ...options, cache: options.cache ?? new Map<string, Loaded>() };
  const loaded = ids.map((id) => loadDocument(paths, id, cached));
  const diagnostics = loaded.flatMap((l) => l.diagnostics);
  let project: Diagnostic[] = [];
  if (whole) {
    // A document held back only by its own lint findings still takes part (one mistake, one finding).
    const irs = loaded.map((l) => l.ir ?? l.resolved ?? null).filter((ir): ir is Naskah => ir?.jenis === 'peraturan-bupati' || ir?.jenis === 'keputusan-bupati');
    project = lintLoadedProject(paths, irs, diagnostics);
  }
  return { loaded, diagnostics: uniqueDiagnostics(sortDiagnostics([...diagnostics, ...project])), project };
}

/** Loads and checks; the findings only (what `naskah check` prints). */
export function checkDocuments(paths: ProjectPaths, ids: readonly string[], options: LoadOptions, whole: boolean): Diagnostic[] {
  return checkProject(paths, ids, options, whole).diagnostics;
}
