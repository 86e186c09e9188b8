/**
 * `naskah review import <id> <reviewed.docx> [--format json]`: reports every comment, tracked change and
 * untracked edit of a DOCX a reviewer sent back, per unit, with the source position (src/review/), and
 * writes the report to output/<id>/ulasan.md. Bad input is refused with its code and exit 1; content/ is
 * never written.
 */
import { isAbsolute, join, relative } from 'node:path';
import { importReview, ReviewError } from '../review/import.js';
import { reportJson, reportLines } from '../review/report.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { sourceDate } from '../util/source-date.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';

export async function runReview(args: readonly string[], options: { format: string | undefined }, io: Io): Promise<number> {
  const [sub, id, file, ...extra] = args;
  if (sub !== 'import') throw new UsageError(sub === undefined ? 'Sebutkan subperintah: `naskah review import <id> <berkas.docx>`.' : `Subperintah review \`${sub}\` tidak dikenal; gunakan \`import\`.`);
  if (id === undefined || file === undefined || extra.length > 0) throw new UsageError('Pemakaian: `naskah review import <id-dokumen> <berkas.docx> [--format json]`.');
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'human') throw new UsageError(`Format \`${options.format}\` tidak dikenal; gunakan human atau json.`);
  const { paths } = selectDocuments(io.cwd, [id]);
  const absPath = isAbsolute(file) ? file : join(io.cwd, file);
  const display = relative(paths.root, absPath).split('\\').join('/');
  try {
    const result = await importReview(paths, id, absPath, display, sourceDate(paths.content, io.env));
    const lines = reportLines(result);
    const target = join(paths.output, id, 'ulasan.md');
    writeFilesAtomic(new Map([[target, lines.join('\n')]]));
    if (options.format === 'json') io.out(reportJson(result).trimEnd());
    else {
      for (const l of lines) io.out(l);
      io.out(`Laporan ditulis ke ${relative(paths.root, target).split('\\').join('/')}.`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof ReviewError)) throw e;
    io.err(`${display}:1:1 galat ${e.code} ${e.message}`);
    io.err(`  saran: ${e.hint}`);
    return 1;
  }
}
