/**
 * Which files are "the sources of a document": the shared YAML files at the top of content/
 * (daerah.yaml, dasar-hukum.yaml), everything in the document's folder except its revisi/, and the
 * folders of the documents it draws on (a Lampiran's `sumber`, a Buku Pedoman's `peraturan`), so a
 * snapshot builds exactly as the document did when it was saved.
 */
import { posix } from 'node:path';
import { parse } from 'yaml';
import type { SourceTree } from './source-tree.js';

/** Folder of saved revisions inside a document folder. */
export const REVISIONS_FOLDER = 'revisi';

/** Ids of the document folders that `doc` (the parsed main file of folder `id`) refers to. */
function referencedFolders(id: string, doc: unknown): string[] {
  const out: string[] = [];
  if (doc === null || typeof doc !== 'object') return out;
  const data = doc as { peraturan?: unknown; lampiran?: unknown };
  if (typeof data.peraturan === 'string') out.push(data.peraturan);
  if (Array.isArray(data.lampiran)) {
    for (const l of data.lampiran as unknown[]) {
      const source = (l as { sumber?: unknown } | null)?.sumber;
      if (typeof source !== 'string') continue;
      const target = posix.normalize(posix.join(id, source));
      const first = target.split('/')[0];
      if (first && first !== '..' && target.includes('/')) out.push(first);
    }
  }
  return out;
}

/** Parses a YAML file of the tree, or null (a broken file is still snapshotted, just not followed). */
function parseMain(tree: SourceTree, path: string): unknown {
  const bytes = tree.read(path);
  if (!bytes) return null;
  try {
    return parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}

/** The source files of document `id`, relative to content/, sorted. */
export function sourceFiles(tree: SourceTree, id: string): string[] {
  const files = new Set(tree.list('', false).filter((p) => p.endsWith('.yaml') || p.endsWith('.yml')));
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const folder = queue.shift()!;
    if (seen.has(folder)) continue;
    seen.add(folder);
    for (const p of tree.list(folder, true)) if (!p.startsWith(`${folder}/${REVISIONS_FOLDER}/`)) files.add(p);
    for (const main of ['naskah.yaml', 'pedoman.yaml']) queue.push(...referencedFolders(folder, parseMain(tree, `${folder}/${main}`)));
  }
  return [...files].sort();
}
