/**
 * One formatter for diagnostics (STYLE.md point 2): human (with a code frame), compact
 * (`file:line:col severity code message`) and JSON.
 */
import { readFileSync } from 'node:fs';
import { isInside } from '../util/inside.js';
import { isAbsolute, join } from 'node:path';
import type { Diagnostic, Severity } from './types.js';

const WORD: Record<Severity, string> = { error: 'galat', warning: 'peringatan', info: 'info' };

/** `file:line:col galat NSK301 message`. */
export function formatCompact(d: Diagnostic): string {
  return `${d.file}:${d.start.line}:${d.start.column} ${WORD[d.severity]} ${d.code} ${d.message}`;
}

/** The JSON form printed by `check --format json`: flat, 1-based line and column. */
export function toJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.start.line,
    column: d.start.column,
    ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
    hint: d.hint ?? null,
    ...(d.related && d.related.length > 0 ? { related: d.related.map((r) => ({ message: r.message, file: r.file, line: r.start.line, column: r.start.column })) } : {}),
  };
}

const COLOUR: Record<Severity, string> = { error: '\u001b[31;1m', warning: '\u001b[33;1m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Human form: compact line, code frame of the source line, hint and related places (ANSI colours when asked). */
export function formatHuman(d: Diagnostic, root: string, cache = new Map<string, string[] | null>(), colour = false): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${RESET}` : s);
  const lines = [colour ? `${d.file}:${d.start.line}:${d.start.column} ${paint(COLOUR[d.severity], WORD[d.severity])} ${paint(DIM, d.code)} ${d.message}` : formatCompact(d)];
  let source = cache.get(d.file);
  if (source === undefined) {
    try {
      // Only a file of the project is ever quoted: never one outside it (issue 22 point 2).
      if (isAbsolute(d.file) || !isInside(root, join(root, d.file))) throw new Error('outside the project');
      source = readFileSync(join(root, d.file), 'utf8').split('\n');
    } catch {
      source = null;
    }
    cache.set(d.file, source);
  }
  const text = source?.[d.start.line - 1];
  if (text !== undefined) {
    const gutter = String(d.start.line).length;
    if (d.start.line > 1 && source?.[d.start.line - 2] !== undefined) lines.push(`  ${String(d.start.line - 1).padStart(gutter)} | ${source[d.start.line - 2]}`);
    lines.push(`> ${String(d.start.line).padStart(gutter)} | ${text}`);
    const width = d.end && d.end.line === d.start.line ? Math.max(1, d.end.column - d.start.column) : 1;
    lines.push(`  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, d.start.column - 1))}${paint(COLOUR[d.severity], '^'.repeat(Math.min(width, 60)))}`);
  }
  if (d.hint) lines.push(`  ${paint(DIM, 'petunjuk:')} ${d.hint}`);
  for (const r of d.related ?? []) lines.push(`  lihat: ${r.file}:${r.start.line}:${r.start.column} ${r.message}`);
  return lines.join('\n');
}

/** "2 galat, 1 peringatan". */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const parts = [`${count('error')} galat`, `${count('warning')} peringatan`];
  if (count('info') > 0) parts.push(`${count('info')} info`);
  return parts.join(', ');
}
