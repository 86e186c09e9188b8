/** Builds diagnostics with the registry's default severity. */
import { CODES, type Code } from './codes.js';
import type { Diagnostic, Severity } from './types.js';

/** Fields of a diagnostic besides its code; `severity` overrides the registry's (e.g. an unverified citation in a final document). */
export type DiagnosticFields = Omit<Diagnostic, 'code' | 'severity'> & { readonly severity?: Severity };

/** Makes a diagnostic for a registered code. */
export function diag(code: Code, fields: DiagnosticFields): Diagnostic {
  const { severity, ...rest } = fields;
  return { code, severity: severity ?? CODES[code].severity, ...rest };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
