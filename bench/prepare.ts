/**
 * Prepares the bench inputs: the synthetic project (every size, both revisions), a copy of the real
 * content/ (so the bench never writes into the user's output/), and for each document the Markdown
 * equivalent written from its IR for pandoc.
 */
import { cpSync, existsSync, mkdirSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import { loadDocument } from '../src/pipeline/load-document.js';
import { findProject, listDocuments, type ProjectPaths } from '../src/load/project.js';
import type { BenchInput } from './results.js';
import { irToMarkdown } from './ir-markdown.js';
import { writeSyntheticProject } from './synthetic-project.js';
import { documentId, type SizeSpec } from './sizes.js';

const DATE = '2026-01-01T00:00:00Z';

/** A prepared input: its project root, document ids and Markdown files. */
export interface PreparedInput extends BenchInput {
  readonly root: string;
  readonly markdown: readonly string[];
}

function bytesIn(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (s.isFile()) return s.size;
  return readdirSync(path).filter((n) => n !== 'revisi').reduce((sum, n) => sum + bytesIn(join(path, n)), 0);
}

/** Writes the Markdown equivalent of document `id`; returns its path and size, or the first error. */
function writeMarkdown(paths: ProjectPaths, id: string, dir: string): { path: string; bytes: number; kata: number } | { galat: string } {
  const loaded = loadDocument(paths, id, { date: DATE, strict: false });
  if (!loaded.ir) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    return { galat: `${count} galat, mis. ${first ? `${first.file}:${first.start.line} ${first.code}` : '?'}` };
  }
  const { markdown, files } = irToMarkdown(loaded.ir, paths.root, dir);
  const path = join(dir, `${id}.md`);
  writeFilesAtomic(new Map([[path, markdown], ...files]));
  return { path, bytes: Buffer.byteLength(markdown), kata: markdown.split(/\s+/).filter(Boolean).length };
}

/** Generates the synthetic project under `root` and the Markdown of each size's revision 0. */
export function prepareSynthetic(root: string, specs: readonly SizeSpec[]): PreparedInput[] {
  const written = writeSyntheticProject(root, specs);
  const paths = findProject(root)!;
  const mdDir = join(root, 'markdown');
  return specs.map((spec, i) => {
    const id = documentId(spec.size, 0);
    const md = writeMarkdown(paths, id, mdDir);
    const base = { nama: spec.size, ids: [id], pasal: spec.pasal, babLampiran: spec.babLampiran, bytesSumber: written[i]!.bytes, revisi: written[i]!.revision, root };
    if ('galat' in md) return { ...base, bytesMarkdown: 0, kata: 0, galat: md.galat, markdown: [] };
    return { ...base, bytesMarkdown: md.bytes, kata: md.kata, galat: null, markdown: [md.path] };
  });
}

/** Copies the real content/ to `root` and prepares every document that loads without errors. */
export function prepareReal(contentDir: string, root: string): PreparedInput {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(contentDir, join(root, 'content'), { recursive: true });
  const paths = findProject(root)!;
  const ids: string[] = [];
  const markdown: string[] = [];
  const errors: string[] = [];
  let markdownBytes = 0;
  let words = 0;
  const sourceBytes = bytesIn(paths.content);
  for (const id of listDocuments(paths)) {
    const md = writeMarkdown(paths, id, join(root, 'markdown'));
    if ('galat' in md) {
      errors.push(`${id}: ${md.galat}`);
      continue;
    }
    ids.push(id);
    markdown.push(md.path);
    markdownBytes += md.bytes;
    words += md.kata;
  }
  return { nama: 'slrt', ids, pasal: null, babLampiran: null, bytesSumber: sourceBytes, bytesMarkdown: markdownBytes, kata: words, revisi: null, galat: errors.length > 0 ? errors.join('; ') : null, root, markdown };
}
