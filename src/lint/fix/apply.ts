/**
 * `naskah check --fix`: applies the mechanical fixes attached to diagnostics by splicing their edits into
 * the source files, then proves the result before writing it: the file must still parse, keep every
 * comment, and keep its shape (same keys, same list lengths). A file whose fixes overlap (two rules
 * editing the same characters differently) or fail the proof is not touched at all. Writes are atomic.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Lexer, parseDocument } from 'yaml';
import { writeFilesAtomic } from '../../util/atomic-write.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { TextEdit } from '../types.js';
import { fixOf } from '../../diagnostics/fixes.js';

/** One fix applied. */
export interface AppliedFix {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly description: string;
}

/** A file left alone, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** What `applyFixes` did. */
export interface FixOutcome {
  readonly applied: AppliedFix[];
  readonly skipped: SkippedFile[];
}

interface Planned {
  readonly diagnostic: Diagnostic;
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

/** Applies the fixes attached to `diagnostics`; `root` makes paths readable. */
export function applyFixes(diagnostics: readonly Diagnostic[], root: string): FixOutcome {
  const byFile = new Map<string, Planned[]>();
  for (const d of diagnostics) {
    const fix = fixOf(d);
    if (!fix || fix.edits.length === 0) continue;
    const file = fix.edits[0]!.absPath;
    if (fix.edits.some((e) => e.absPath !== file)) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), { diagnostic: d, description: fix.description, edits: fix.edits }]);
  }
  const applied: AppliedFix[] = [];
  const skipped: SkippedFile[] = [];
  const writes = new Map<string, string>();
  for (const [absPath, planned] of byFile) {
    const file = relative(root, absPath).split(sep).join('/');
    const edits = uniqueEdits(planned.flatMap((p) => p.edits));
    const clash = overlap(edits);
    if (clash) {
      skipped.push({ file, reason: `dua perbaikan mengubah bagian yang sama (${clash}); berkas tidak diubah, perbaiki sendiri lalu jalankan lagi` });
      continue;
    }
    const before = readFileSync(absPath, 'utf8');
    const after = splice(before, edits);
    // YAML must still parse with the same shape; Markdown takes any text.
    const problem = /\.ya?ml$/i.test(absPath) ? proof(before, after) : null;
    if (problem) {
      skipped.push({ file, reason: `${problem}; berkas tidak diubah` });
      continue;
    }
    writes.set(absPath, after);
    for (const p of planned) applied.push({ file, line: p.diagnostic.start.line, column: p.diagnostic.start.column, code: p.diagnostic.code, description: p.description });
  }
  if (writes.size > 0) writeFilesAtomic(writes);
  applied.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { applied, skipped };
}

function uniqueEdits(edits: readonly TextEdit[]): TextEdit[] {
  const seen = new Map<string, TextEdit>();
  for (const e of edits) seen.set(`${e.start}:${e.end}:${e.text}`, e);
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A description of the first two edits that touch the same characters, or null. */
function overlap(edits: readonly TextEdit[]): string | null {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1]!;
    const b = edits[i]!;
    if (b.start < a.end || (a.start === b.start && a.end === b.end)) return `karakter ${a.start}–${Math.max(a.end, b.end)}`;
  }
  return null;
}

function splice(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Why the edited text is not a safe replacement of the original, or null when it is. */
function proof(before: string, after: string): string | null {
  const doc = parseDocument(after);
  if (doc.errors.length > 0) return 'hasil perbaikan bukan YAML yang sah';
  const comments = (text: string) => [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).sort().join('\n');
  if (comments(before) !== comments(after)) return 'hasil perbaikan mengubah komentar';
  if (shape(parseDocument(before).toJS()) !== shape(doc.toJS())) return 'hasil perbaikan mengubah susunan berkas';
  return null;
}

/** The structure of a value: keys and list lengths, with every scalar replaced by its type. */
function shape(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shape).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${k}:${shape((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return typeof value;
}
