/**
 * Rename of a unit id across the project: its definition (`id: x` or `pasal: x` in the YAML) and
 * every `[[x]]`, `[[=x]]`, `[[a, x]]` and `[[doc:x]]` that names the same unit, in every YAML and
 * Markdown source of content/ (revision snapshots under revisi/ are immutable and left alone).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectPaths } from '../load/project.js';
import { documentOf, lookupUnit, type Analysis, type KnownUnit } from './analysis.js';

/** An edit as file offsets (converted to LSP ranges by the caller). */
export interface IdEdit {
  readonly absPath: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What an id may look like (the schemas' id pattern: lower-case words joined by hyphens). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The id defined on the line at `offset` (`id: x`, `pasal: x`) when the cursor is on it, or null. */
export function definitionAt(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = /^(\s*(?:-\s*)?(?:id|pasal)\s*:\s*)([a-z0-9][a-z0-9-]*)\s*(?:#.*)?$/.exec(line);
  if (!m) return null;
  const start = lineStart + m[1]!.length;
  return offset >= start && offset <= start + m[2]!.length ? m[2]! : null;
}

/** The edits that rename `target` to `newId`. */
export function renameEdits(paths: ProjectPaths, a: Analysis, target: KnownUnit, newId: string, read: (absPath: string) => string | null): IdEdit[] {
  const edits: IdEdit[] = [];
  const same = (u: KnownUnit | undefined): boolean => u !== undefined && u.documentId === target.documentId && u.unit.id === target.unit.id;
  for (const absPath of sourceFiles(paths.content)) {
    const text = read(absPath);
    if (text === null) continue;
    const fromDocument = documentOf(paths, absPath);
    const re = /\[\[=?([^\]]*)\]\]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let at = m.index + m[0].indexOf(m[1]!);
      for (const part of m[1]!.split(',')) {
        const ref = part.trim();
        const start = at + part.indexOf(ref);
        if (ref !== '' && same(lookupUnit(a, ref, fromDocument))) {
          const colon = ref.indexOf(':');
          edits.push({ absPath, start: start + colon + 1, end: start + ref.length, text: newId });
        }
        at += part.length + 1;
      }
    }
  }
  const source = target.unit.source;
  if (source) {
    const absPath = join(paths.root, source.file);
    const text = read(absPath);
    const lines = text?.split('\n') ?? [];
    let offset = lines.slice(0, source.line - 1).reduce((n, l) => n + l.length + 1, 0);
    for (let i = source.line - 1; i < Math.min(lines.length, source.line + 6); i++) {
      const m = /^(\s*(?:-\s*)?(?:id|pasal)\s*:\s*)([a-z0-9][a-z0-9-]*)\s*(?:#.*)?$/.exec(lines[i]!);
      if (m && m[2] === target.unit.id) {
        edits.push({ absPath, start: offset + m[1]!.length, end: offset + m[1]!.length + m[2]!.length, text: newId });
        break;
      }
      offset += lines[i]!.length + 1;
    }
  }
  return edits;
}

/** YAML and Markdown files under content/, without revision snapshots and hidden folders. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || (e.isDirectory() && e.name === 'revisi')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ya?ml|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}
