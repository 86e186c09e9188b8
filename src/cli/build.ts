/**
 * `naskah build`: check, render and write the documents. The findings are those of `naskah check` for
 * the same documents (src/pipeline/check-documents.ts), cross-document rules included when the whole
 * project is built; the files of all documents are written as one set, or none when any fails.
 */
import { join, relative } from 'node:path';
import { interruptedSet, writeFilesAtomic } from '../util/atomic-write.js';
import type { Loaded } from '../pipeline/load-document.js';
import { checkProject } from '../pipeline/check-documents.js';
import { FORMATS, renderDocument, type Format } from '../pipeline/render-document.js';
import { KeptSplits } from '../pipeline/split-memory.js';
import { sourceDate } from '../util/source-date.js';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { selectDocuments } from './documents.js';
import { takesParaf } from '../pipeline/paraf.js';
import { projectConfig } from '../lint/index.js';
import type { Paraf } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { UsageError, type Io } from './io.js';
import { buildRevision } from './revision.js';
import { printHuman, uniqueDiagnostics } from './report.js';

/** The journal of the last set of outputs, in output/ (src/util/atomic-write.ts). */
const JOURNAL = '.naskah-build.json';

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return ['docx', 'pdf'];
  const formats = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of formats) if (!FORMATS.includes(f as Format)) throw new UsageError(`Format \`${f}\` tidak dikenal; gunakan docx, pdf, atau ir.`);
  return formats as Format[];
}

/** The project's paraf table for `--paraf`; a usage error when content/naskah.config.yaml has none. */
function parafTable(paths: ProjectPaths): Paraf {
  const paraf = projectConfig(paths).paraf;
  if (!paraf) throw new UsageError('Tabel paraf belum diatur: tambahkan `paraf:` dengan daftar `hierarki` dan `koordinasi` ke content/naskah.config.yaml (lihat `naskah build --help`).');
  return paraf;
}

export async function runBuild(ids: readonly string[], options: { format: string | undefined; strict: boolean; revision?: string | undefined; paraf?: boolean }, io: Io): Promise<number> {
  const formats = parseFormats(options.format);
  if (options.revision !== undefined) return buildRevision(ids, options.revision, formats, options.strict, io);
  const { paths, ids: selected } = selectDocuments(io.cwd, ids);
  const paraf = options.paraf ? parafTable(paths) : undefined;
  const date = sourceDate(paths.content, io.env);
  const cache = new Map<string, Loaded>();
  let started = performance.now();
  const checked = checkProject(paths, selected, { date, strict: options.strict, cache }, ids.length === 0);
  const reported: Diagnostic[] = [...checked.diagnostics];
  const journal = join(paths.output, JOURNAL);
  const interrupted = interruptedSet(journal);
  if (interrupted) reported.push(diag('NSK503', { file: relative(paths.root, journal), start: { line: 1, column: 1 }, message: `Build sebelumnya terhenti saat menukar ${interrupted.length} berkas keluaran; sebagian berkas di output/ mungkin masih dari build lama.`, hint: 'Build ini menulis set yang lengkap; bila masih gagal, jalankan `naskah build` tanpa id dokumen.' }));
  // Every document is rendered first; the files of all of them are then swapped in as one set, so a
  // Perbup and the Pedoman that is its Lampiran never come from two different builds.
  const files = new Map<string, Uint8Array | string>();
  const done: string[] = [];
  let failed = false;
  // Catchword split sets of the last build, kept under output/ (one Typst compile per unchanged PDF).
  const splits = new KeptSplits(paths.output);
  for (const [i, id] of selected.entries()) {
    const loaded = checked.loaded[i]!;
    const crossErrors = checked.project.some((d) => d.severity === 'error' && d.file.startsWith(`content/${id}/`));
    if (!loaded.ir || crossErrors) {
      failed = true;
      io.err(`${id}: gagal — galat dalam sumber.`);
      continue;
    }
    if (paraf && !takesParaf(loaded.ir)) continue; // a Buku Pedoman has no signature page
    const rendered = await renderDocument(loaded.ir, paths, formats, paraf ? { paraf } : { splitMemory: splits });
    reported.push(...rendered.diagnostics);
    if (hasErrors(rendered.diagnostics)) {
      failed = true;
      io.err(`${id}: gagal — galat saat menyusun keluaran.`);
      continue;
    }
    for (const [path, bytes] of rendered.files) files.set(path, bytes);
    const written = [...rendered.files.keys()].map((p) => relative(paths.root, p)).join(', ');
    const pages = rendered.pages !== null ? ` (${rendered.pages} halaman)` : '';
    const time = io.isTTY ? ` dalam ${((performance.now() - started) / 1000).toFixed(2).replace('.', ',')} detik` : '';
    done.push(`${id}: ${written}${pages}${time}`);
    started = performance.now();
  }
  if (failed) {
    io.err('Tidak ada berkas yang ditulis: dokumen satu proyek ditulis bersama atau tidak sama sekali.');
  } else {
    try {
      writeFilesAtomic(files, journal);
      splits.flush();
      if (!io.quiet) for (const line of done) io.err(line);
    } catch (error) {
      failed = true;
      reported.push(diag('NSK501', { file: relative(paths.root, paths.output), start: { line: 1, column: 1 }, message: `Berkas keluaran tidak dapat ditulis: ${(error as Error).message}`, hint: 'Periksa izin folder output/ dan ruang disk.' }));
    }
  }
  const unique = uniqueDiagnostics(reported);
  if (unique.length > 0) printHuman(unique, paths.root, io);
  return failed ? 1 : 0;
}
