/**
 * `naskah revision save <doc-id> --label "…"` and `naskah revision list <doc-id>` (DESIGN.md,
 * "Revisions"), and `naskah build <doc-id> --revision <rev>`, which builds an old revision into
 * output/<doc-id>/revisi/<rev>/.
 */
import { basename, join, relative } from 'node:path';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { loadDocument } from '../pipeline/load-document.js';
import { renderDocument, type Format } from '../pipeline/render-document.js';
import { sourceDate } from '../util/source-date.js';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { displayPath } from '../load/yaml-source.js';
import { longDate } from '../resolve/daerah.js';
import { loadRevision } from '../pipeline/load-revision.js';
import { openRevision, tamperedDiagnostic } from '../revision/open.js';
import { saveRevision } from '../revision/save.js';
import { listRevisions } from '../revision/store.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';
import { exitForUnopened, printHuman, uniqueDiagnostics } from './report.js';

/** "2025-08-11T02:00:00Z" → "11 Agustus 2025". */
export function longRevisionDate(iso: string): string {
  return longDate(iso.slice(0, 10));
}

function singleDocument(args: readonly string[], command: string): string {
  if (args.length !== 1) throw new UsageError(`Sebutkan tepat satu id dokumen: naskah revision ${command} <id-dokumen>.`);
  return args[0]!;
}

/** Runs `naskah revision save|list`. */
export async function runRevision(args: readonly string[], options: { label: string | undefined }, io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'save') return save(rest, options.label, io);
  if (sub === 'list') {
    if (options.label !== undefined) throw new UsageError('Opsi --label hanya untuk `naskah revision save`.');
    return list(rest, io);
  }
  throw new UsageError(sub === undefined ? 'Sebutkan subperintah: `naskah revision save <id-dokumen> --label "…"` atau `naskah revision list <id-dokumen>`.' : `Subperintah \`revision ${sub}\` tidak dikenal; gunakan save atau list.`);
}

async function save(args: readonly string[], label: string | undefined, io: Io): Promise<number> {
  const id = singleDocument(args, 'save');
  if (label === undefined) throw new UsageError('Sebutkan label revisi dengan --label, mis. --label "Perbaikan hasil konsultasi Bagian Hukum".');
  const { paths } = selectDocuments(io.cwd, [id]);
  const loaded = loadDocument(paths, id, { date: sourceDate(paths.content, io.env), strict: false });
  // Only sources the loader cannot turn into a document are refused; a rancangan with findings is history too.
  if (!loaded.ir) {
    const main = loaded.diagnostics.find((d) => d.severity === 'error')!;
    const refused = diag('NSK610', { file: main.file, start: main.start, message: `Sumber ${id} memuat galat; revisi tidak disimpan.`, hint: `Perbaiki galat di bawah ini (\`naskah check ${id}\`), lalu simpan lagi.` });
    printHuman(uniqueDiagnostics([refused, ...loaded.diagnostics]), paths.root, io);
    return 1;
  }
  const { revision, diagnostics } = saveRevision(paths, id, label, io.env);
  if (diagnostics.length > 0) printHuman(diagnostics, paths.root, io);
  if (!revision) return hasErrors(diagnostics) ? 1 : 0;
  const m = revision.manifest;
  io.out(`${id}: revisi ${m.nomor} disimpan — "${m.label}", ${longRevisionDate(m.tanggal)}, ${m.berkas.length} berkas, di ${displayPath(paths.root, revision.dir)}`);
  return 0;
}

async function list(args: readonly string[], io: Io): Promise<number> {
  const id = singleDocument(args, 'list');
  const { paths } = selectDocuments(io.cwd, [id]);
  const all = listRevisions(paths.content, id);
  const tampered: Diagnostic[] = [];
  const rows = all.map((r) => {
    if (r.problem || !r.manifest) {
      tampered.push(tamperedDiagnostic(paths, r));
      return [r.manifest ? String(r.manifest.nomor) : '?', r.manifest ? longRevisionDate(r.manifest.tanggal) : '?', `RUSAK — ${r.manifest?.label ?? r.name}`, r.name];
    }
    return [String(r.manifest.nomor), longRevisionDate(r.manifest.tanggal), r.manifest.label, r.name];
  });
  rows.push(['working', '', 'Sumber kerja saat ini (content/)', '']);
  const head = ['revisi', 'tanggal', 'label', 'folder'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padStart(width[0]!) : c.padEnd(width[i]!))).join('  ').trimEnd();
  io.out(`${id}: ${all.length} revisi tersimpan di ${displayPath(paths.root, join(paths.content, id, 'revisi'))}`);
  io.out(line(head));
  for (const r of rows) io.out(line(r));
  if (tampered.length > 0) printHuman(tampered, paths.root, io);
  return tampered.length > 0 ? 1 : 0;
}

/** `naskah build <doc-id> --revision <rev>`: builds one old revision into output/<doc-id>/revisi/<rev>/. */
export async function buildRevision(ids: readonly string[], revision: string, formats: readonly Format[], strict: boolean, io: Io): Promise<number> {
  if (ids.length !== 1) throw new UsageError('Dengan --revision sebutkan tepat satu id dokumen: naskah build <id-dokumen> --revision <revisi>.');
  const id = ids[0]!;
  const { paths } = selectDocuments(io.cwd, [id]);
  const { source, diagnostics: openDiagnostics } = openRevision(paths, id, revision, io.env);
  if (!source) {
    printHuman(openDiagnostics, paths.root, io);
    return exitForUnopened(openDiagnostics);
  }
  try {
    const loaded = loadRevision(source, id, { date: source.date, strict });
    const reported: Diagnostic[] = [...loaded.diagnostics];
    let failed = !loaded.ir;
    if (loaded.ir) {
      const rendered = await renderDocument(loaded.ir, source.paths, formats);
      reported.push(...rendered.diagnostics.map((d) => ({ ...d, file: source.display(d.file) })));
      if (hasErrors(rendered.diagnostics)) failed = true;
      else {
        const dir = join(paths.output, id, 'revisi', source.name);
        const files = new Map([...rendered.files].map(([path, bytes]) => [join(dir, basename(path)), bytes] as const));
        try {
          writeFilesAtomic(files);
          io.err(`${id} (${source.description}, "${source.label}"): ${[...files.keys()].map((p) => relative(paths.root, p)).join(', ')}${rendered.pages !== null ? ` (${rendered.pages} halaman)` : ''}`);
        } catch (error) {
          failed = true;
          reported.push(diag('NSK501', { file: relative(paths.root, paths.output), start: { line: 1, column: 1 }, message: `Berkas keluaran tidak dapat ditulis: ${(error as Error).message}`, hint: 'Periksa izin folder output/ dan ruang disk.' }));
        }
      }
    }
    if (failed) io.err(`${id} (${source.description}): gagal — tidak ada berkas yang ditulis.`);
    const unique = uniqueDiagnostics(reported);
    if (unique.length > 0) printHuman(unique, paths.root, io);
    return failed ? 1 : 0;
  } finally {
    source.close();
  }
}
