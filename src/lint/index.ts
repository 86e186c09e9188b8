/**
 * Entry points of the lint phase for the build pipeline (src/pipeline/load-document.ts) and the CLI:
 * lint one loaded document with the project's house style, and lint all documents of a project together.
 * Policy: findings of ERROR rules are errors like any other: `naskah check` fails and `naskah build` writes
 * nothing (exit 1), in a rancangan too. What only a final document (or --strict) turns into an error is
 * decided before lint, e.g. unverified citation numbers (NSK306).
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/types.js';
import { hasErrors } from '../diagnostics/make.js';
import type { Naskah } from '../ir/types.js';
import { join } from 'node:path';
import { loadYaml, type YamlSource } from '../load/yaml-source.js';
import { loadLintConfig, type LintConfig } from './config.js';
import { lintDocument, lintProject, ruleSeverity } from './engine.js';
import { attachFix, fixOf } from '../diagnostics/fixes.js';
import { DocumentIndex } from '../ir-index/document.js';
import { storedLint, storeLint } from './lint-cache.js';
import { RULES } from './registry.js';
import type { Fix } from './types.js';

/** Project paths the lint phase needs (a subset of ProjectPaths). */
export interface LintPaths {
  readonly root: string;
  readonly content: string;
  readonly schemas: string;
}

/** What load-document hands over after resolve. */
export interface LoadedSources {
  readonly ir: Naskah;
  readonly source: YamlSource;
  readonly registry?: YamlSource | null;
  readonly daerah?: YamlSource | null;
}

/** Result of linting one document. */
export interface LintOutcome {
  readonly diagnostics: Diagnostic[];
  /** True when lint found errors: the output must not be written. */
  readonly blocks: boolean;
}

/** The house style of a project. */
export function projectConfig(paths: LintPaths): LintConfig {
  return loadLintConfig(paths, RULES);
}

/**
 * Results of recent lints by their inputs: a Perbup is loaded again by the Keputusan and the Buku Pedoman
 * that implement it, and the same inputs give the same findings.
 */
const recent = new Map<string, { readonly found: Diagnostic[]; readonly priorFixes: readonly (readonly [number, Fix])[] }>();

function inputKey(loaded: LoadedSources, prior: readonly Diagnostic[], config: LintConfig, only: LintScope): string {
  const hash = createHash('sha256');
  for (const part of [only, JSON.stringify(loaded.ir), loaded.source.absPath, loaded.source.file, loaded.source.text, loaded.registry?.text ?? '', loaded.daerah?.text ?? '', JSON.stringify(prior), JSON.stringify([...config.overrides])]) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Which rules run: `all`, or only those whose findings are errors under the house style (`errors`):
 * enough to decide whether the document blocks, for a caller that shows no warnings of the sources
 * (`naskah diff`: its revisions' warnings belong to `naskah check`).
 */
export type LintScope = 'all' | 'errors';

/**
 * The findings of the lint whose inputs hash to `key`: from this process or from an earlier run
 * (lint-cache.ts, bundled CLI only) when the same inputs were linted, else from `run`. Lint gives fixes to
 * earlier phases' diagnostics (coveredBy): a remembered lint gives them to this run's `prior` objects too.
 */
function cachedLint(key: string, prior: readonly Diagnostic[], run: () => Diagnostic[]): Diagnostic[] {
  let cached = recent.get(key) ?? storedLint(key, attachFix);
  if (cached) {
    for (const [i, fix] of cached.priorFixes) if (prior[i]) attachFix(prior[i]!, fix);
  } else {
    const found = run();
    const priorFixes = prior.flatMap((d, i) => {
      const fix = fixOf(d);
      return fix ? [[i, fix] as const] : [];
    });
    cached = { found, priorFixes };
    storeLint(key, cached, fixOf);
  }
  recent.set(key, cached);
  if (recent.size > 16) recent.delete(recent.keys().next().value!);
  return cached.found;
}

/** Lints a loaded document; `prior` are the diagnostics of the earlier phases. */
export function lintLoaded(paths: LintPaths, loaded: LoadedSources, prior: readonly Diagnostic[], strict: boolean, only: LintScope = 'all'): LintOutcome {
  const config = projectConfig(paths);
  const found = cachedLint(inputKey(loaded, prior, config, only), prior, () => {
    const doc = new DocumentIndex({ ir: loaded.ir, source: loaded.source, file: loaded.source.file, registry: loaded.registry ?? null, daerah: loaded.daerah ?? null });
    const rules = only === 'errors' ? RULES.filter((r) => ruleSeverity(r, config) === 'error') : RULES;
    return lintDocument(doc, { rules, config, prior });
  });
  const diagnostics = [...config.diagnostics, ...found];
  return { diagnostics, blocks: hasErrors(diagnostics) };
}

/** Lints the IRs of a project's documents together (cross-document rules). */
export function lintLoadedProject(paths: LintPaths, irs: readonly Naskah[], prior: readonly Diagnostic[]): Diagnostic[] {
  // With its source, a cross-document finding points at the word in the YAML, not at the start of its unit.
  const sources = irs.map((ir) => ({ ir, source: loadYaml(join(paths.content, ir.id, 'naskah.yaml'), paths.root).source, file: `content/${ir.id}/naskah.yaml` }));
  const config = projectConfig(paths);
  // The same inputs give the same findings.
  const hash = createHash('sha256').update('project\0');
  for (const s of sources) for (const part of [JSON.stringify(s.ir), s.file, s.source?.absPath ?? '', s.source?.text ?? '']) hash.update(part).update('\0');
  for (const part of [JSON.stringify(prior), JSON.stringify([...config.overrides])]) hash.update(part).update('\0');
  return [...cachedLint(hash.digest('hex'), prior, () => lintProject(sources.map((s) => new DocumentIndex(s)), { rules: RULES, config, prior }))];
}

export { RULES } from './registry.js';
