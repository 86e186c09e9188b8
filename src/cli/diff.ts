/**
 * `naskah diff <doc-id> <revA> [<revB>|working]`: compares two revisions by stable ids and writes
 * output/<doc-id>/perubahan/<a>..<b>/ — redline.docx (tracked changes), matriks.docx and matriks.pdf
 * (matriks perubahan), perubahan.json (the change set) and perubahan.html (side-by-side view).
 */
import { join, relative } from 'node:path';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { buildChanges, changesDir } from '../pipeline/changes.js';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { WORKING } from '../revision/types.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';
import { progressOf } from './progress.js';
import { exitForUnopened, printHuman, uniqueDiagnostics } from './report.js';

/** Runs `naskah diff`. */
export async function runDiff(args: readonly string[], options: { strict: boolean }, io: Io): Promise<number> {
  const [id, revA, revB = WORKING, ...extra] = args;
  if (id === undefined || revA === undefined || extra.length > 0) throw new UsageError('Pemakaian: naskah diff <id-dokumen> <revisi-A> [<revisi-B>|working].');
  const { paths } = selectDocuments(io.cwd, [id]);
  const result = await buildChanges(paths, id, revA, revB, { strict: options.strict, env: io.env, progress: progressOf(io) });
  if (!result.files) return fail(result.diagnostics, paths.root, io);
  const dir = changesDir(paths, id, result.folder);
  try {
    // The five files of a comparison are one set: a journal beside them marks an interrupted swap.
    writeFilesAtomic(new Map([...result.files].map(([name, bytes]) => [join(dir, name), bytes])), join(dir, '.naskah-perubahan.json'));
  } catch (error) {
    return fail([diag('NSK501', { file: relative(paths.root, paths.output), start: { line: 1, column: 1 }, message: `Berkas keluaran tidak dapat ditulis: ${(error as Error).message}`, hint: 'Periksa izin folder output/ dan ruang disk.' })], paths.root, io);
  }
  io.out(result.summary);
  io.out(`${relative(paths.root, dir)}/: ${[...result.files.keys()].join(', ')}`);
  if (io.isTTY) io.err(`perbandingan ${result.diffMs.toFixed(1).replace('.', ',')} ms`);
  // Warnings of the sources (e.g. unverified citations) belong to `naskah check`; only layout warnings here.
  const layout = result.diagnostics.filter((d) => d.code.startsWith('NSK4'));
  if (layout.length > 0) printHuman(uniqueDiagnostics(layout), paths.root, io);
  return 0;
}

/** Prints the errors (warnings of the sources belong to `naskah check`) and gives exit code 1. */
function fail(reported: readonly Diagnostic[], root: string, io: Io): number {
  printHuman(uniqueDiagnostics(reported.filter((d) => d.severity === 'error')), root, io);
  io.err('Tidak ada berkas perubahan yang ditulis.');
  return exitForUnopened(reported);
}
