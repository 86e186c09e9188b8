/**
 * Cold CLI runs of `naskah check` and `naskah diff` (issue 8). `diff` needs a saved revision: the
 * bench writes revision 0 as the document, saves it with `naskah revision save`, writes revision 1
 * over the working copy and times `naskah diff <id> 1 working`. Commands that do not exist yet are
 * reported as not available, never timed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import type { CommandResult } from './results.js';
import { naskah, commandExists, summarizeError } from './naskah-cli.js';
import { documentFiles } from './synthetic-project.js';
import { DAERAH_YAML, DASAR_HUKUM_YAML } from './fixed-project.js';
import { pedomanFolderId } from './sizes.js';
import type { SyntheticDocument } from './source.js';
import { summarize, type Run } from './measure.js';

/** Runs `naskah <args>` `runs` times after `warmup` uncounted runs; null result fields when it fails. */
export function measureCommand(name: string, args: readonly string[], root: string, runs: number, warmup: number): CommandResult {
  const text = `naskah ${args.join(' ')}`;
  const list: Run[] = [];
  let total = warmup + runs;
  for (let i = 0; i < total; i++) {
    const r = naskah(args, root);
    if (r.exitCode !== 0) return { nama: name, perintah: text, tersedia: true, galat: `kode keluar ${r.exitCode}: ${summarizeError(r)}`, wallMs: null, rssMiB: null };
    if (i >= warmup) list.push(r);
    // A command that takes more than ten seconds is shown well enough by two runs.
    if (r.wallMs > 10_000) total = Math.min(total, Math.max(i + 1, warmup + Math.min(runs, 2)));
  }
  return { nama: name, perintah: text, tersedia: true, galat: null, wallMs: summarize(list.map((r) => r.wallMs)), rssMiB: summarize(list.map((r) => r.rssMiB)), cpuMs: summarize(list.map((r) => r.cpuMs)) };
}

/** Revision 1 written under revision 0's id, as the working copy that follows a saved revision. */
function asR0(r0: SyntheticDocument, r1: SyntheticDocument): SyntheticDocument {
  return { id: r0.id, naskah: { ...r1.naskah, lampiran: r0.naskah.lampiran }, pedoman: { ...r1.pedoman, peraturan: r0.id } };
}

/** Times `naskah diff <id> 1 working` between the two revisions of one size, in its own project. */
export function measureDiffCli(name: string, r0: SyntheticDocument, r1: SyntheticDocument, root: string, runs: number, warmup: number): CommandResult {
  const args = ['diff', r0.id, '1', 'working'];
  const text = `naskah ${args.join(' ')}`;
  if (!commandExists('diff', root) || !commandExists('revision', root)) return { nama: name, perintah: text, tersedia: false, galat: null, wallMs: null, rssMiB: null };
  const content = join(root, 'content');
  rmSync(content, { recursive: true, force: true });
  rmSync(join(root, 'output'), { recursive: true, force: true });
  writeFilesAtomic(new Map([[join(content, 'daerah.yaml'), DAERAH_YAML], [join(content, 'dasar-hukum.yaml'), DASAR_HUKUM_YAML], ...documentFiles(content, r0)]));
  const saved = naskah(['revision', 'save', r0.id, '--label', 'r0 sintetis'], root);
  if (saved.exitCode !== 0) return { nama: name, perintah: text, tersedia: true, galat: `revision save: ${summarizeError(saved)}`, wallMs: null, rssMiB: null };
  rmSync(join(content, pedomanFolderId(r0.id)), { recursive: true, force: true });
  writeFilesAtomic(documentFiles(content, asR0(r0, r1)));
  return measureCommand(name, args, root, runs, warmup);
}

