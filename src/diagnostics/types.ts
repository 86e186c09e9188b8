/**
 * Diagnostics as data (STYLE.md point 2): every phase adds these instead of throwing for user mistakes.
 */

/** Severity of a diagnostic: an error blocks output, a warning is shown, info is guidance. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line/column position. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A place elsewhere that a diagnostic relates to ("sudah didefinisikan di …"). */
export interface Related {
  readonly message: string;
  readonly file: string;
  readonly start: Position;
}

/** One message for the user, in Bahasa Indonesia, with a stable code and a place. */
export interface Diagnostic {
  /** Stable code from src/diagnostics/codes.ts (e.g. "NSK301") or a rule id (e.g. "TN-RIN-04"). */
  readonly code: string;
  readonly severity: Severity;
  /** What was found and what was expected. */
  readonly message: string;
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly start: Position;
  readonly end?: Position;
  /** What to do about it. */
  readonly hint?: string;
  readonly related?: readonly Related[];
}

/** A replacement of the characters [start, end) of a source file by `text` (offsets into the file). */
export interface TextEdit {
  readonly absPath: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A mechanical fix for one finding: what it does (Indonesian) and the edits that do it. */
export interface Fix {
  readonly description: string;
  readonly edits: readonly TextEdit[];
}
