/**
 * The shape of a tata naskah rule (STYLE.md point 5: one rule = one file named after its catalogue id,
 * with its statement, source, explanation and examples) and of what a rule reports.
 */
import type { Fix, Position, Related, Severity } from '../diagnostics/types.js';

export type { Fix, TextEdit } from '../diagnostics/types.js';
import type { JenisNaskah, SourcePos } from '../ir/types.js';
import type { YamlPath } from '../load/yaml-source.js';
import type { DocumentIndex } from '../ir-index/document.js';
import type { ProjectIndex } from '../ir-index/project.js';
import type { AuthorText } from '../ir-index/text.js';

/** Level of a rule in the catalogue (RULES.md §0.2): ERROR is statutory, WARN house style, INFO guidance. */
export type Level = 'ERROR' | 'WARN' | 'INFO';

/** Where a finding points: a span of an author text, a unit of the IR, a YAML path, or a place. */
export type Place =
  | { readonly text: AuthorText; readonly index?: number; readonly length?: number }
  | { readonly unit: { readonly source: SourcePos | null } | null }
  | { readonly path: YamlPath; readonly key?: boolean }
  | { readonly file: string; readonly start: Position; readonly end?: Position };

/** One mistake found by a rule. */
export interface Finding {
  readonly place: Place;
  /** What was found and what was expected (Indonesian). */
  readonly message: string;
  /** What to do (Indonesian). */
  readonly hint: string;
  readonly related?: readonly Related[];
  readonly fix?: Fix;
  /**
   * A milder severity for this finding only (e.g. the WARN half of a rule whose catalogue entry is
   * "ERROR (…), WARN (…)"). Never raises the rule's level.
   */
  readonly severity?: Exclude<Severity, 'error'>;
  /** Overrides the rule's `coveredBy` for this finding (e.g. `[]` for a mistake no earlier phase sees). */
  readonly coveredBy?: readonly string[];
}

/** Receives the findings of one rule. */
export type Report = (finding: Finding) => void;

/** A tata naskah rule. */
export interface Rule {
  /** Catalogue id, e.g. "TN-RIN-03" (the file is src/lint/rules/tn-rin-03.ts). */
  readonly id: string;
  readonly level: Level;
  /** One-line statement in Indonesian (`naskah rules`). */
  readonly statement: string;
  /** Where the rule comes from (RULES.md source abbreviations). */
  readonly source: string;
  /** Long explanation in Indonesian (`naskah explain`). */
  readonly explanation: string;
  /** A correct example. */
  readonly correct: string;
  /** An incorrect example. */
  readonly incorrect: string;
  /** Document kinds the rule applies to; every kind when absent. */
  readonly jenis?: readonly JenisNaskah[];
  /**
   * Codes of earlier phases that report the same mistake (e.g. NSK304 for the order of Mengingat): a
   * finding on the same line as such a diagnostic is dropped and its fix is given to that diagnostic.
   */
  readonly coveredBy?: readonly string[];
  /** Checks one document. */
  readonly check?: (doc: DocumentIndex, report: Report) => void;
  /** Checks all documents of a project together (cross-document rules). */
  readonly checkProject?: (project: ProjectIndex, report: Report) => void;
}
