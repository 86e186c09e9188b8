/** `naskah check`: load, validate and resolve every document; print diagnostics. */
import { hasErrors } from '../diagnostics/make.js';
import { toJson } from '../diagnostics/format.js';
import { loadDocument } from '../build/load-document.js';
import { sourceDate } from '../build/source-date.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';
import { printHuman, uniqueDiagnostics } from './report.js';

export async function runCheck(ids: readonly string[], options: { format: string | undefined; strict: boolean }, io: Io): Promise<number> {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`Format \`${format}\` tidak dikenal untuk check; gunakan human atau json.`);
  const { paths, ids: selected } = selectDocuments(io.cwd, ids);
  const date = sourceDate(paths.content, io.env);
  const all = uniqueDiagnostics(selected.flatMap((id) => loadDocument(paths, id, { date, strict: options.strict }).diagnostics));
  if (format === 'json') io.out(JSON.stringify(all.map(toJson), null, 2));
  else if (all.length === 0) io.out(`${selected.join(', ')}: tidak ada temuan.`);
  else printHuman(all, paths.root, io.out);
  return hasErrors(all) ? 1 : 0;
}
