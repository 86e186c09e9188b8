/**
 * `naskah preview [id] [--port N] [--open]`: a local web page with the document's pages, its
 * diagnostics and outline, rebuilt in memory on every save (src/preview/). Runs until interrupted.
 */
import { keepCodeCachesReadOnly } from '../util/code-digest.js';
import { spawn } from 'node:child_process';
import type { ProjectPaths } from '../load/project.js';
import { sourceDate } from '../util/source-date.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SURAT_PREVIEW_ID, SuratPreview } from '../package/paket-surat.js';
import { PreviewHub, type ExtraView } from '../preview/hub.js';
import { startServer } from '../preview/server.js';
import { watchSources } from '../preview/watch.js';
import { selectDocuments } from './documents.js';
import { UsageError, type Io } from './io.js';

/** The package's surat permohonan, shown beside the documents when content/paket.yaml exists. */
export function suratView(paths: ProjectPaths, date: string): ExtraView {
  return {
    id: SURAT_PREVIEW_ID,
    label: 'Surat permohonan fasilitasi (paket)',
    available: () => existsSync(join(paths.content, 'paket.yaml')),
    source: (warm) => {
      const letter = new SuratPreview(paths, warm, date);
      return { build: async (changed) => ({ ir: null, ...(await letter.build(changed)) }) };
    },
  };
}

/** Options of `naskah preview`. */
export interface PreviewOptions {
  readonly port: string | undefined;
  readonly open: boolean;
}

/** Starts the preview; the returned promise settles when the server stops (SIGINT/SIGTERM) or fails to start. */
export async function runPreview(ids: readonly string[], options: PreviewOptions, io: Io): Promise<number> {
  if (ids.length > 1) throw new UsageError('`naskah preview` menerima satu id dokumen.');
  keepCodeCachesReadOnly();
  let port = 0;
  if (options.port !== undefined) {
    port = Number(options.port);
    if (!/^\d+$/.test(options.port) || port < 1 || port > 65535) throw new UsageError(`Port \`${options.port}\` tidak sah; gunakan bilangan 1–65535.`);
  }
  const { paths, ids: selected } = selectDocuments(io.cwd, ids);
  const first = selected[0];
  if (first === undefined) throw new UsageError('Tidak ada dokumen di content/. Buat satu dengan `naskah new`.');
  const date = sourceDate(paths.content, io.env);
  const hub = new PreviewHub(paths, first, date, [suratView(paths, date)]);
  let started;
  try {
    started = await startServer(hub, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') io.err(`naskah: port ${port} sudah dipakai program lain. Pilih port lain dengan --port, atau jalankan tanpa --port agar naskah memilih port yang bebas.`);
    else io.err(`naskah: server pratinjau tidak dapat dimulai (${code ?? (error as Error).message}).`);
    return 1;
  }
  const url = `http://127.0.0.1:${started.port}/?doc=${encodeURIComponent(first)}`;
  io.out(url);
  if (!io.quiet) io.err(`Pratinjau ${first} berjalan; simpan berkas sumber untuk memperbarui halaman. Tekan Ctrl+C untuk berhenti.`);
  const stopWatching = watchSources([paths.content, paths.templates], (files) => void hub.changed(files));
  void hub.session(first);
  if (options.open) openBrowser(url);
  return new Promise((resolve) => {
    const stop = (): void => {
      stopWatching();
      started.server.closeAllConnections();
      started.server.close(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Opens `url` in the desktop's browser (xdg-open, open, start); failures are silent: the URL is printed. */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser: the URL is on stdout
  }
}
