/**
 * Reads a Markdown file into an mdast tree with positions (unified + remark-parse + remark-gfm), the
 * Markdown counterpart of yaml-source.ts. Unreadable files become NSK103 diagnostics.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type remarkGfmType from 'remark-gfm';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { sha256Hex, VerifiedCache } from '../util/cache.js';
import { BytesMemo } from '../util/bytes-memo.js';
import { readSource } from './overlay.js';
import { decodeSource, invisibleCharacters } from './text-checks.js';
import { toolRoot } from './project.js';
import { displayPath } from './yaml-source.js';

/** A parsed Markdown file. */
export interface MarkdownSource {
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  readonly absPath: string;
  /** The project root the file was read under (paths the file names are confined to it). */
  readonly root: string;
  readonly text: string;
  readonly tree: Root;
}

/** What this module uses of the unified processor. */
interface Processor {
  parse(text: string): unknown;
  runSync(tree: unknown): unknown;
}
let processor: Processor | null = null;

/**
 * The Markdown parser, loaded on the first cache miss (issue 11): with the trees of unchanged
 * files in the cache, `naskah check` and `build` never load its ± 100 modules. The packages are
 * ES modules without top-level await, which Node (≥ 20.19) loads synchronously with `require`.
 */
function markdownProcessor(): Processor {
  if (processor === null) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as { unified: typeof unifiedType };
    const remarkParse = (require('remark-parse') as { default: typeof remarkParseType }).default;
    const remarkGfm = (require('remark-gfm') as { default: typeof remarkGfmType }).default;
    processor = unified().use(remarkParse).use(remarkGfm) as unknown as Processor;
  }
  return processor;
}

/**
 * Files read in this process, their result given again while their bytes are exactly the same (a Pedoman
 * is read as Lampiran and as book, and the preview reads every chapter on each save): no decoding, no
 * character checks, the same source object.
 */
const memo = new BytesMemo<{ readonly source: MarkdownSource; readonly diagnostics: readonly Diagnostic[] }>(64);

let cache: VerifiedCache<Root> | undefined;

/** The exactly pinned versions of the parser packages (package.json), part of every cache entry. */
function parserVersions(): string {
  const pkg = JSON.parse(readFileSync(join(toolRoot(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return ['remark-parse', 'remark-gfm', 'unified'].map((name) => `${name}@${pkg.dependencies[name] ?? '?'}`).join(' ');
}

/**
 * Parses Markdown, reusing a tree parsed earlier on this machine from the same text by the same parser
 * versions (src/util/cache.ts: a private, verified cache; reading an entry takes milliseconds where
 * micromark takes hundreds).
 */
function parseCached(text: string): Root {
  cache ??= new VerifiedCache<Root>('mdast', parserVersions());
  const key = sha256Hex(text);
  const hit = cache.get(key);
  if (hit) return hit;
  const p = markdownProcessor();
  const tree = p.runSync(p.parse(text)) as Root;
  cache.set(key, tree);
  return tree;
}

/** Reads and parses one Markdown file. */
export function loadMarkdown(absPath: string, root: string): { source: MarkdownSource | null; diagnostics: Diagnostic[] } {
  const file = displayPath(root, absPath);
  let bytes: Uint8Array;
  try {
    bytes = readSource(absPath);
  } catch {
    return { source: null, diagnostics: [diag('NSK103', { message: `Berkas ${file} tidak ditemukan atau tidak dapat dibaca.`, file, start: { line: 1, column: 1 }, hint: 'Periksa nama berkas dalam daftar `bab` di pedoman.yaml.' })] };
  }
  const key = `${root}\u0000${absPath}`;
  const known = memo.get(key, bytes);
  if (known?.same) return { source: known.value.source, diagnostics: known.value.diagnostics.map((d) => ({ ...d })) };
  const decoded = decodeSource(bytes, file);
  if (decoded.text === null) return { source: null, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  const checks = invisibleCharacters(text, file, absPath);
  const source = { file, absPath, root, text, tree: parseCached(text) };
  memo.set(key, bytes, { source, diagnostics: checks.map((d) => ({ ...d })) });
  return { source, diagnostics: checks };
}
