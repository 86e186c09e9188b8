/**
 * `naskah revision save`: snapshot the current sources of a document under a new sequence number,
 * with its label and date (DESIGN.md, "Revisions"). Labels name revisions, so they are unique per
 * document (NSK604) and cannot look like the other ways of naming one (NSK605); saving sources equal to
 * the last revision stores nothing (NSK606).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProjectPaths } from '../load/project.js';
import { displayPath } from '../load/yaml-source.js';
import { listingHash } from './hash.js';
import { sourceFiles } from './source-files.js';
import { fsTree } from './source-tree.js';
import { snapshotFiles, listRevisions, revisionsFolder, writeRevision } from './store.js';
import type { RevisionManifest, SavedRevision } from './types.js';
import { parseRevisionSpec } from './types.js';

/** Result of a save: the new revision (null when nothing was stored) and what to tell the user. */
export interface SaveResult {
  readonly revision: SavedRevision | null;
  readonly diagnostics: Diagnostic[];
}

/** ISO date of a snapshot: SOURCE_DATE_EPOCH when set, else the newest modification time of its files. */
export function revisionDate(contentDir: string, files: readonly string[], env: NodeJS.ProcessEnv): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  let seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : 0;
  if (seconds === 0) {
    for (const f of files) {
      try {
        seconds = Math.max(seconds, Math.floor(statSync(join(contentDir, f)).mtimeMs / 1000));
      } catch {
        // a file that vanished is not part of the snapshot
      }
    }
  }
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Why a label cannot name a revision, or null. */
function labelProblem(label: string): string | null {
  if (label === '') return 'label kosong';
  if (/[\r\n]/.test(label)) return 'label harus satu baris';
  if (label.length > 200) return 'label lebih dari 200 karakter';
  if (parseRevisionSpec(label).kind !== 'label') return `\`${label}\` dipakai untuk menyebut revisi (nomor, \`working\`, atau \`git:…\`)`;
  return null;
}

/** Saves the current sources of document `id` as a new revision. */
export function saveRevision(paths: ProjectPaths, id: string, rawLabel: string, env: NodeJS.ProcessEnv): SaveResult {
  const label = rawLabel.trim();
  const where = displayPath(paths.root, revisionsFolder(paths.content, id));
  const at = { file: where, start: { line: 1, column: 1 } };
  const problem = labelProblem(label);
  if (problem) {
    return { revision: null, diagnostics: [diag('NSK605', { ...at, message: `Label revisi tidak sah: ${problem}.`, hint: 'Tulis label yang menerangkan revisi itu, mis. --label "Perbaikan hasil konsultasi Bagian Hukum".' })] };
  }
  const existing = listRevisions(paths.content, id);
  const duplicate = existing.find((r) => r.manifest?.label.toLowerCase() === label.toLowerCase());
  if (duplicate) {
    return { revision: null, diagnostics: [diag('NSK604', { file: displayPath(paths.root, join(duplicate.dir, 'revisi.json')), start: { line: 1, column: 1 }, message: `Label "${label}" sudah dipakai oleh revisi ${duplicate.manifest!.nomor}.`, hint: 'Pilih label lain, mis. tambahkan tanggal atau tahap pembahasan.' })] };
  }
  const files = sourceFiles(fsTree(paths.content), id);
  const { entries, contents } = snapshotFiles(paths.content, files);
  const hash = listingHash(entries);
  const last = [...existing].reverse().find((r) => r.problem === null);
  if (last?.manifest?.hash === hash) {
    return { revision: null, diagnostics: [diag('NSK606', { file: displayPath(paths.root, join(last.dir, 'revisi.json')), start: { line: 1, column: 1 }, message: `Sumber ${id} sama dengan revisi ${last.manifest.nomor} ("${last.manifest.label}"); tidak ada revisi baru yang disimpan.`, hint: 'Simpan revisi setelah sumbernya diubah.' })] };
  }
  const number = Math.max(0, ...existing.map((r) => r.manifest?.nomor ?? Number.parseInt(r.name, 10))) + 1;
  const manifest: RevisionManifest = { schema: 'naskah-revisi/1', dokumen: id, nomor: number, label, tanggal: revisionDate(paths.content, files, env), hash, berkas: entries };
  return { revision: writeRevision(paths.content, manifest, contents), diagnostics: [] };
}
