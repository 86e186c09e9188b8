/**
 * Where a span of a Buku Pedoman's rendered paragraph or list item stands in its Markdown chapter: the
 * block's text is read from the file at the block's source position (a paragraph up to the next blank line;
 * a list item's own line after its marker), and the rendered offset is mapped through it as for YAML
 * texts (source-map.ts: `*italic*` markers and `[[id]]` skipped; line breaks read as the spaces they render
 * as). A span the text does not match character for character keeps the block's own position and has
 * no exact edit; a span of plain text becomes an exact edit of the file (for `--apply`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextEdit } from '../diagnostics/types.js';
import type { Runs, SourcePos } from '../ir/types.js';
import { valueOffset } from './source-map.js';

/** A list marker at the start of an item's line ("1. ", "- ", "a) "). */
const MARKER = /^\s*(?:\d+[.)]|[a-z][.)]|[-*+])\s+/;

/** A block of a Markdown chapter: rendered offsets to file positions and exact edits. */
export interface MarkdownPlace {
  readonly locate: (k: number) => SourcePos;
  /** The edit replacing the rendered span [k, k + length) by `replacement`, or null when it is not plain text. */
  readonly edit: (k: number, length: number, replacement: string) => TextEdit | null;
}

/** The place of a rendered paragraph (or list item) whose block starts at `source`, or null when unreadable. */
export function markdownPlace(root: string, source: SourcePos, runs: Runs, item: boolean): MarkdownPlace | null {
  const absPath = join(root, source.file);
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const first = source.line - 1;
  const head = lines[first]?.slice(source.column - 1) ?? '';
  const skip = item ? (MARKER.exec(head)?.[0].length ?? 0) : 0;
  const block = [head.slice(skip)];
  if (!item) for (let i = first + 1; i < lines.length && lines[i]!.trim() !== ''; i++) block.push(lines[i]!);
  // Joined with spaces, the block keeps the file's offsets: each line break is one space.
  const value = block.join(' ');
  let base = source.column - 1 + skip;
  for (let i = 0; i < first; i++) base += lines[i]!.length + 1;
  const locate = (k: number): SourcePos => {
    let rest = valueOffset(runs, value, Math.max(0, k)).offset;
    for (let i = 0; i < block.length; i++) {
      if (rest <= block[i]!.length || i === block.length - 1) {
        return { file: source.file, line: source.line + i, column: i === 0 ? source.column + skip + rest : rest + 1 };
      }
      rest -= block[i]!.length + 1;
    }
    return source;
  };
  const edit = (k: number, length: number, replacement: string): TextEdit | null => {
    if (k < 0 || text.includes('\r')) return null;
    const start = valueOffset(runs, value, k);
    // An insertion at the very end (before the generated final punctuation) goes after the last character.
    if (!start.plain && !(length === 0 && start.offset === value.length)) return null;
    if (length > 0) {
      const last = valueOffset(runs, value, k + length - 1);
      if (!last.plain || last.offset - start.offset !== length - 1) return null;
    }
    return { absPath, start: base + start.offset, end: base + start.offset + length, text: replacement };
  };
  return { locate, edit };
}
