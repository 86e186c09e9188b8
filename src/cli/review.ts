/**
 * `naskah review import <id> <reviewed.docx> [--format json] [--apply]`: reports every comment, tracked change and
 * untracked edit of a DOCX a reviewer sent back, per unit, with the source position (src/review/), and
 * writes the report to output/<id>/ulasan.md and ulasan.html and the reply table to tanggapan.docx and .pdf. Bad input is refused with its code and exit 1; content/ is
 * written only by --apply (src/review/apply.ts), all or nothing.
 */
import { isAbsolute, join, relative } from 'node:path';
import { applyReview } from '../review/apply.js';
import { importReview, ReviewError } from '../review/import.js';
import { formatCompact } from '../diagnostics/format.js';
import { reviewOutputs } from '../review/outputs.js';
import { reportJson, reportLines } from '../review/report.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { sourceDate } from '../util/source-date.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';

export async function runReview(args: readonly string[], options: { format: string | undefined; apply: boolean; tanggapan?: string | undefined }, io: Io): Promise<number> {
  const [sub, id, file, ...extra] = args;
  if (sub !== 'import') throw new UsageError(sub === undefined ? 'Sebutkan subperintah: `naskah review import <id> <berkas.docx>`.' : `Subperintah review \`${sub}\` tidak dikenal; gunakan \`import\`.`);
  if (id === undefined || file === undefined || extra.length > 0) throw new UsageError('Pemakaian: `naskah review import <id-dokumen> <berkas.docx> [--format json] [--apply]`.');
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'human') throw new UsageError(`Format \`${options.format}\` tidak dikenal; gunakan human atau json.`);
  const { paths } = selectDocuments(io.cwd, [id]);
  const absPath = isAbsolute(file) ? file : join(io.cwd, file);
  const display = relative(paths.root, absPath).split('\\').join('/');
  try {
    const date = sourceDate(paths.content, io.env);
    const result = await importReview(paths, id, absPath, display, date);
    const lines = reportLines(result);
    const answers = options.tanggapan === undefined ? undefined : isAbsolute(options.tanggapan) ? options.tanggapan : join(io.cwd, options.tanggapan);
    const outputs = await reviewOutputs(paths, result, date, answers);
    for (const d of outputs.diagnostics) io.err(formatCompact(d));
    writeFilesAtomic(outputs.files);
    const written = [...outputs.files.keys()].map((p) => relative(paths.root, p).split('\\').join('/'));
    if (options.format === 'json') io.out(reportJson(result).trimEnd());
    else {
      for (const l of lines) io.out(l);
      io.out(`Laporan ditulis ke ${written.slice(0, 2).join(' dan ')}; tabel tanggapan (${outputs.tanggapan.rows.length} masukan) ke ${written.slice(2).join(' dan ')}.`);
    }
    if (!options.apply) return 0;
    const outcome = applyReview(paths, id, result.findings, date);
    if (!outcome.ok) {
      io.err(`${display}:1:1 galat NSK626 Perubahan ulasan tidak diterapkan; tidak ada berkas yang diubah:`);
      for (const r of outcome.reasons) io.err(`  ${r}`);
      io.err('  saran: terapkan perubahan yang tersisa dengan tangan sesuai laporan, lalu jalankan `naskah check`.');
      return 1;
    }
    io.out(`${outcome.applied} perubahan terlacak diterapkan ke sumber; hasilnya lolos pemeriksaan. Perbedaan dengan sumber kerja sebelumnya:`);
    for (const l of outcome.diff) io.out(l);
    if (result.findings.some((f) => f.kind === 'tak-terlacak')) io.out('PERHATIAN: suntingan tanpa tanda revisi di atas TIDAK diterapkan; periksa dan terapkan dengan tangan.');
    return 0;
  } catch (e) {
    if (!(e instanceof ReviewError)) throw e;
    io.err(`${e.at ? `${e.at.file}:${e.at.line}:${e.at.column}` : `${display}:1:1`} galat ${e.code} ${e.message}`);
    io.err(`  saran: ${e.hint}`);
    return 1;
  }
}
