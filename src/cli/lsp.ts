/** `naskah lsp`: the Language Server over stdio (src/lsp/); runs until the client disconnects. */
import { keepCodeCachesReadOnly } from '../util/code-digest.js';
import { UsageError, type Io } from './io.js';

export async function runLsp(args: readonly string[], io: Io): Promise<number> {
  if (args.length > 0) throw new UsageError('`naskah lsp` tidak menerima argumen; editor menjalankannya lewat stdio.');
  keepCodeCachesReadOnly();
  const { startLanguageServer } = await import('../lsp/server.js');
  return startLanguageServer(io.cwd);
}
