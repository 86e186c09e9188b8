/**
 * `naskah review import --apply`: writes the reviewer's tracked changes into the sources as minimal edits
 * (the splice and the YAML proof of `check --fix`, src/lint/fix/apply.ts: comments and layout kept), all
 * or nothing. Refused before anything is written when a tracked change has no exact place in the source
 * (inside a reference, a generated word, a paragraph mark) or edits overlap; refused and undone when the
 * result does not check clean. Both writes are atomic (util/atomic-write.ts).
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { formatCompact } from '../diagnostics/format.js';
import type { TextEdit } from '../diagnostics/types.js';
import { overlap, proof, splice } from '../lint/fix/apply.js';
import type { ProjectPaths } from '../load/project.js';
import { checkDocuments } from '../pipeline/check-documents.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import type { Finding } from './compare.js';

export interface ApplyOutcome {
  readonly ok: boolean;
  /** Why it was refused (empty when applied). */
  readonly reasons: string[];
  /** Changed lines, per file: "file:line" with the line before and after. */
  readonly diff: string[];
  readonly applied: number;
}

const TRACKED = new Set<Finding['kind']>(['sisip', 'hapus', 'ganti', 'pindah', 'paragraf']);

function lineDiff(file: string, before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length === b.length) {
    // Edits inside lines (the usual case): each changed line with its number.
    const out = [`--- ${file} (kerja)`, `+++ ${file} (sesudah ulasan)`];
    a.forEach((l, i) => {
      if (l !== b[i]) out.push(`@@ baris ${i + 1} @@`, `-${l}`, `+${b[i]}`);
    });
    return out;
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const out = [`--- ${file} (kerja)`, `+++ ${file} (sesudah ulasan)`, `@@ baris ${start + 1} @@`];
  for (const l of a.slice(start, a.length - end)) out.push(`-${l}`);
  for (const l of b.slice(start, b.length - end)) out.push(`+${l}`);
  return out;
}

/** Applies the tracked changes among `findings` to the sources of document `id`. */
export function applyReview(paths: ProjectPaths, id: string, findings: readonly Finding[], date: string): ApplyOutcome {
  const tracked = findings.filter((f) => TRACKED.has(f.kind));
  const reasons: string[] = [];
  for (const f of tracked) if (!f.edit) reasons.push(`${f.file ?? '(tanpa sumber)'}:${f.line ?? 1}:${f.column ?? 1} ${f.unit ?? ''}: perubahan terlacak “${f.old || f.new}” tidak dapat diterapkan tepat (di dalam rujukan, kata yang disusun naskah, pemindahan, atau tanda paragraf)`);
  if (tracked.length === 0) reasons.push('tidak ada perubahan terlacak untuk diterapkan');
  const byFile = new Map<string, TextEdit[]>();
  for (const f of tracked) if (f.edit) byFile.set(f.edit.absPath, [...(byFile.get(f.edit.absPath) ?? []), f.edit]);
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const [absPath, edits] of byFile) {
    const file = relative(paths.root, absPath).split(sep).join('/');
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const clash = overlap(sorted);
    if (clash) {
      reasons.push(`${file}: dua perubahan mengenai bagian yang sama (${clash})`);
      continue;
    }
    const text = readFileSync(absPath, 'utf8');
    const edited = splice(text, sorted);
    const problem = /\.ya?ml$/i.test(absPath) ? proof(text, edited) : null;
    if (problem) reasons.push(`${file}: ${problem}`);
    before.set(absPath, text);
    after.set(absPath, edited);
  }
  if (reasons.length > 0) return { ok: false, reasons, diff: [], applied: 0 };
  writeFilesAtomic(after);
  const errors = checkDocuments(paths, [id], { date, strict: false }, false).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    writeFilesAtomic(before);
    return { ok: false, reasons: ['hasil perubahan tidak lolos pemeriksaan; sumber dikembalikan seperti semula:', ...errors.map((d) => `  ${formatCompact(d)}`)], diff: [], applied: 0 };
  }
  const diff = [...after].flatMap(([absPath, text]) => lineDiff(relative(paths.root, absPath).split(sep).join('/'), before.get(absPath)!, text));
  return { ok: true, reasons: [], diff, applied: tracked.length };
}
