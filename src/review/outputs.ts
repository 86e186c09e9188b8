/**
 * The files `naskah review import` writes to output/<id>/: the report as ulasan.md and ulasan.html, and
 * the reply table "Tanggapan atas masukan" as tanggapan.docx and tanggapan.pdf (its TANGGAPAN column
 * filled from a tanggapan file when one is given). Rendering only; the CLI writes them atomically.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProjectPaths } from '../load/project.js';
import { renderTanggapanDocx } from '../render/tanggapan/docx.js';
import type { Tanggapan } from '../render/tanggapan/model.js';
import { renderTanggapanPdf } from '../render/tanggapan/pdf.js';
import type { ReviewResult } from './import.js';
import { reportHtml } from './report-html.js';
import { reportLines } from './report.js';
import { buildTanggapan, masukanByNo, readAnswers } from './tanggapan.js';

export interface ReviewOutputs {
  /** Absolute path → contents, in the order they are named to the user. */
  readonly files: Map<string, Uint8Array | string>;
  readonly tanggapan: Tanggapan;
  /** Typst's messages when the PDF could not be laid out (the PDF is then left out). */
  readonly diagnostics: Diagnostic[];
}

/** Renders every output of a review; `answersPath` is an absolute tanggapan file, or undefined. */
export async function reviewOutputs(paths: ProjectPaths, r: ReviewResult, date: string, answersPath: string | undefined): Promise<ReviewOutputs> {
  const answers = answersPath === undefined ? new Map<number, string>() : readAnswers(answersPath, paths.root, masukanByNo(r));
  const tanggapan = buildTanggapan(r, r.ir, date, answers);
  const dir = join(paths.output, r.id);
  const files = new Map<string, Uint8Array | string>([
    [join(dir, 'ulasan.md'), reportLines(r).join('\n')],
    [join(dir, 'ulasan.html'), reportHtml(r)],
    [join(dir, 'tanggapan.docx'), await renderTanggapanDocx(tanggapan)],
  ]);
  const pdf = renderTanggapanPdf(tanggapan, { templatesDir: paths.templates, fontsDir: paths.fonts });
  if (pdf.bytes) files.set(join(dir, 'tanggapan.pdf'), pdf.bytes);
  return { files, tanggapan, diagnostics: pdf.diagnostics };
}
