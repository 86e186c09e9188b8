/** `naskah package [--out DIR]` and `naskah package verify <zip>`. */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { stepLine } from '../util/progress.js';
import { sourceDate } from '../util/source-date.js';
import { toolRoot } from '../load/project.js';
import { buildPackage } from '../package/build-package.js';
import { verifyPackage } from '../package/verify.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';
import { progressOf } from './progress.js';
import { printHuman, uniqueDiagnostics } from './report.js';

function version(): string {
  return (JSON.parse(readFileSync(join(toolRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs `naskah package …`. */
export async function runPackage(args: readonly string[], options: { out: string | undefined }, io: Io): Promise<number> {
  if (args[0] === 'verify') {
    const [, zip, ...extra] = args;
    if (!zip || extra.length > 0) throw new UsageError('Pemakaian: naskah package verify <berkas.zip>.');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(io.cwd, zip));
    } catch {
      throw new UsageError(`Berkas ${zip} tidak dapat dibaca.`);
    }
    const diagnostics = verifyPackage(bytes, basename(zip));
    if (diagnostics.length > 0) {
      printHuman(diagnostics, io.cwd, io);
      return 1;
    }
    io.out(`${basename(zip)}: utuh — setiap berkas cocok dengan ukuran dan SHA-256 dalam manifest.json.`);
    return 0;
  }
  if (args.length > 0) throw new UsageError(`Argumen \`${args[0]}\` tidak dikenal; pemakaian: naskah package [--out FOLDER] atau naskah package verify <berkas.zip>.`);
  const { paths } = selectDocuments(io.cwd, []);
  const date = sourceDate(paths.content, io.env);
  const progress = progressOf(io);
  const built = await buildPackage(paths, { date, version: version(), env: io.env, progress });
  const shown = uniqueDiagnostics(built.diagnostics.filter((d) => d.severity === 'error' || !built.bytes));
  if (!built.bytes || !built.name) {
    printHuman(shown, paths.root, io);
    return 1;
  }
  const outDir = options.out ? resolve(io.cwd, options.out) : join(paths.output, 'paket');
  const target = join(outDir, built.name);
  progress?.(stepLine(`Menulis ${relative(paths.root, target)}`));
  writeFilesAtomic(new Map([[target, built.bytes]]));
  io.out(`${relative(paths.root, target)}: ${built.entries.length} berkas, ${built.bytes.byteLength} bita`);
  for (const entry of built.entries) io.out(`  ${entry}`);
  return 0;
}
