/**
 * Reads a Markdown file into an mdast tree with positions (unified + remark-parse + remark-gfm), the
 * Markdown counterpart of yaml-source.ts. Unreadable files become NSK103 diagnostics.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { toolRoot } from './project.js';
import { displayPath } from './yaml-source.js';

/** A parsed Markdown file. */
export interface MarkdownSource {
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  readonly absPath: string;
  readonly text: string;
  readonly tree: Root;
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parsed trees by file, reused while the text is unchanged (a Pedoman is read as Lampiran and as book). */
const parsed = new Map<string, { readonly text: string; readonly tree: Root }>();

let versions: string | undefined;

/** The exactly pinned versions of the parser packages (package.json), part of the cache key. */
function parserVersions(): string {
  const pkg = JSON.parse(readFileSync(join(toolRoot(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return ['remark-parse', 'remark-gfm', 'unified'].map((name) => pkg.dependencies[name] ?? '?').join('-');
}

/**
 * Parses Markdown, reusing a tree parsed earlier on this machine from the same text by the same parser
 * versions (a JSON file in the temp folder: reading it takes milliseconds where micromark takes hundreds).
 */
function parseCached(text: string): Root {
  versions ??= parserVersions();
  const file = join(tmpdir(), `naskah-mdast-${versions}`, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Root;
  } catch {
    // not cached yet: parse
  }
  const tree = processor.runSync(processor.parse(text)) as Root;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(tree));
    renameSync(temp, file);
  } catch {
    // a cache that cannot be written only costs time
  }
  return tree;
}

/** Reads and parses one Markdown file. */
export function loadMarkdown(absPath: string, root: string): { source: MarkdownSource | null; diagnostics: Diagnostic[] } {
  const file = displayPath(root, absPath);
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch {
    return { source: null, diagnostics: [diag('NSK103', { message: `Berkas ${file} tidak ditemukan atau tidak dapat dibaca.`, file, start: { line: 1, column: 1 }, hint: 'Periksa nama berkas dalam daftar `bab` di pedoman.yaml.' })] };
  }
  let entry = parsed.get(absPath);
  if (entry?.text !== text) {
    entry = { text, tree: parseCached(text) };
    parsed.set(absPath, entry);
  }
  return { source: { file, absPath, text, tree: entry.tree }, diagnostics: [] };
}
