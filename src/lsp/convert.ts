/** naskah's positions (1-based line/column, file offsets) as LSP positions (0-based line/character). */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from '../diagnostics/types.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The range of a diagnostic; without an end it covers the rest of the word at its start. */
export function rangeOf(d: Diagnostic, doc: TextDocument | null): Range {
  const start = { line: d.start.line - 1, character: d.start.column - 1 };
  if (d.end && (d.end.line > d.start.line || d.end.column > d.start.column)) return { start, end: { line: d.end.line - 1, character: d.end.column - 1 } };
  const line = doc?.getText({ start, end: { line: start.line + 1, character: 0 } }) ?? '';
  const word = /^[^\s,:]*/.exec(line)?.[0].length ?? 0;
  return { start, end: { line: start.line, character: start.character + Math.max(1, word) } };
}

/** A naskah diagnostic as the editor shows it: code, message, and the hint on its own line. */
export function toLsp(d: Diagnostic, doc: TextDocument | null): LspDiagnostic {
  return {
    range: rangeOf(d, doc),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'naskah',
    message: d.hint ? `${d.message}\nSaran: ${d.hint}` : d.message,

  };
}

/** The document to measure offsets in: the open buffer, else the file on disk (null when unreadable). */
export function documentFor(absPath: string, open: (uri: string) => TextDocument | undefined): TextDocument | null {
  const uri = pathToFileURL(absPath).href;
  const doc = open(uri);
  if (doc) return doc;
  try {
    return TextDocument.create(uri, 'plaintext', 0, readFileSync(absPath, 'utf8'));
  } catch {
    return null;
  }
}

/** A fix's file-offset edits as LSP edits grouped by URI. */
export function editsOf(edits: readonly TextEdit[], open: (uri: string) => TextDocument | undefined): Record<string, LspTextEdit[]> | null {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const doc = documentFor(e.absPath, open);
    if (!doc) return null;
    (changes[doc.uri] ??= []).push({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text });
  }
  return changes;
}
