/** `naskah check`: load, validate, resolve and lint every document; print diagnostics; `--fix` repairs what is mechanical. */
import { hasErrors } from '../diagnostics/make.js';
import { toJson } from '../diagnostics/format.js';
import { sourceDate } from '../util/source-date.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';
import { checkDocuments, fixAndRecheck } from './check-fix.js';
import { printHuman } from './report.js';

export async function runCheck(ids: readonly string[], options: { format: string | undefined; strict: boolean; fix?: boolean }, io: Io): Promise<number> {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`Format \`${format}\` tidak dikenal untuk check; gunakan human atau json.`);
  const { paths, ids: selected } = selectDocuments(io.cwd, ids);
  const date = sourceDate(paths.content, io.env);
  // Cross-document rules run when the whole project is checked (a subset cannot tell a missing document).
  const checkAll = () => checkDocuments(paths, selected, { date, strict: options.strict }, ids.length === 0);
  let all = checkAll();
  if (options.fix) all = fixAndRecheck(all, checkAll, paths.root, io.err);
  if (format === 'json') io.out(JSON.stringify(all.map(toJson), null, 2));
  else if (all.length === 0) {
    if (!io.quiet) io.err(`${selected.join(', ')}: tidak ada temuan.`);
  }
  else printHuman(all, paths.root, io);
  return hasErrors(all) ? 1 : 0;
}
