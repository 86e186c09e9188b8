/** Resolves the document ids a command works on. */
import { findProject, listDocuments, type ProjectPaths } from '../load/project.js';
import { closest } from '../util/suggest.js';
import { UsageError } from './io.js';

/** The project and the ids asked for (all documents when none are named). */
export function selectDocuments(cwd: string, ids: readonly string[]): { paths: ProjectPaths; ids: string[] } {
  const paths = findProject(cwd);
  if (!paths) throw new UsageError('Folder content/ tidak ditemukan di folder ini atau di atasnya. Jalankan naskah dari folder proyek.');
  const all = listDocuments(paths);
  for (const id of ids) {
    if (!all.includes(id)) {
      const suggestion = closest(id, all);
      throw new UsageError(`Dokumen \`${id}\` tidak ada di content/ (NSK502).${suggestion ? ` Mungkin maksud Anda \`${suggestion}\`?` : ` Dokumen yang ada: ${all.join(', ')}.`}`);
    }
  }
  return { paths, ids: ids.length > 0 ? [...ids] : all };
}
