/**
 * The lint phase (DESIGN.md pipeline): runs every rule on a document (or on all documents of a project)
 * and turns findings into diagnostics with the rule id as code. Severity policy:
 * - an ERROR rule reports `error`; a WARN rule `warning`; an INFO rule `info`;
 * - house style (content/naskah.config.yaml) may re-level or switch off WARN and INFO rules only;
 * - a finding already reported by an earlier phase (the rule's `coveredBy` codes, same line) is dropped
 *   and its fix handed to that diagnostic.
 * Whether lint errors stop the output is decided by the caller (src/lint/index.ts: final or --strict).
 */
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { rangeAt } from '../load/yaml-source.js';
import { NO_CONFIG, type LintConfig } from './config.js';
import { attachFix } from '../diagnostics/fixes.js';
import { DocumentIndex } from '../ir-index/document.js';
import { ProjectIndex } from '../ir-index/project.js';
import type { Finding, Level, Place, Rule } from './types.js';

/** Options of one lint run. */
export interface LintOptions {
  readonly config?: LintConfig;
  /** Diagnostics of earlier phases for the same files. */
  readonly prior?: readonly Diagnostic[];
  /** The rules to run (all registered rules by default, see src/lint/index.ts). */
  readonly rules: readonly Rule[];
}

const BASE: Record<Level, Severity> = { ERROR: 'error', WARN: 'warning', INFO: 'info' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Severity of a rule's findings under a house style, or null when switched off. */
export function ruleSeverity(rule: Rule, config: LintConfig): Severity | null {
  if (rule.level === 'ERROR') return 'error';
  const override = config.overrides.get(rule.id);
  return override === undefined ? BASE[rule.level] : override;
}

/** Lints one document. */
export function lintDocument(doc: DocumentIndex, options: LintOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of options.rules) {
    if (!rule.check || (rule.jenis && !rule.jenis.includes(doc.jenis))) continue;
    const severity = ruleSeverity(rule, options.config ?? NO_CONFIG);
    if (severity === null) continue;
    rule.check(doc, (finding) => emit(rule, severity, finding, doc, options.prior ?? [], out));
  }
  return out;
}

/** Lints the documents of one project together (cross-document rules). */
export function lintProject(documents: readonly DocumentIndex[], options: LintOptions): Diagnostic[] {
  const project = new ProjectIndex(documents);
  const out: Diagnostic[] = [];
  for (const rule of options.rules) {
    if (!rule.checkProject) continue;
    const severity = ruleSeverity(rule, options.config ?? NO_CONFIG);
    if (severity === null) continue;
    rule.checkProject(project, (finding) => emit(rule, severity, finding, documents[0] ?? null, options.prior ?? [], out));
  }
  return out;
}

function emit(rule: Rule, severity: Severity, finding: Finding, doc: DocumentIndex | null, prior: readonly Diagnostic[], out: Diagnostic[]): void {
  const where = locate(finding.place, doc);
  // An earlier phase reports a mistake in a text at the start of its YAML value: match on the value's lines.
  const span = 'text' in finding.place ? finding.place.text.lines() : null;
  const onLine = (line: number) => (span ? line >= span.first && line <= span.last : line === where.start.line);
  const codes = finding.coveredBy ?? rule.coveredBy ?? [];
  const covering = codes.length > 0 ? prior.find((d) => codes.includes(d.code) && d.file === where.file && onLine(d.start.line)) : undefined;
  if (covering) {
    if (finding.fix) attachFix(covering, finding.fix);
    return;
  }
  const effective = finding.severity && RANK[finding.severity] < RANK[severity] ? finding.severity : severity;
  const diagnostic: Diagnostic = {
    code: rule.id,
    severity: effective,
    message: finding.message,
    file: where.file,
    start: where.start,
    ...(where.end ? { end: where.end } : {}),
    hint: finding.hint,
    ...(finding.related && finding.related.length > 0 ? { related: finding.related } : {}),
  };
  if (finding.fix) attachFix(diagnostic, finding.fix);
  out.push(diagnostic);
}

/** File and position of a place; without better knowledge, the start of the document's file. */
export function locate(place: Place, doc: DocumentIndex | null): { file: string; start: { line: number; column: number }; end?: { line: number; column: number } } {
  const fallback = { file: doc?.file ?? '', start: { line: 1, column: 1 } };
  if ('text' in place) return place.text.locate(place.index ?? 0, place.length ?? place.text.value.length);
  if ('unit' in place) {
    const pos = place.unit?.source;
    return pos ? { file: pos.file, start: { line: pos.line, column: pos.column } } : fallback;
  }
  if ('path' in place) {
    const source = doc?.source;
    if (!source) return fallback;
    return { file: source.file, ...rangeAt(source, place.path, place.key ?? false) };
  }
  return place;
}
