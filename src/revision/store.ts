/**
 * The snapshot store of one document: content/<doc-id>/revisi/<NNN>-<hash12>/ holding revisi.json
 * (the manifest) and berkas/ (the source files as they were, byte for byte, laid out as under content/).
 * Snapshots are written once (temp folder + rename) and never changed; one whose files no longer match
 * their hashes is reported as tampered (NSK602), never used.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { listingHash, folderName, sha256 } from './hash.js';
import { REVISIONS_FOLDER } from './source-files.js';
import { fsTree } from './source-tree.js';
import type { RevisionFile, RevisionManifest, SavedRevision } from './types.js';

/** Name of the manifest file in a snapshot folder. */
export const MANIFEST = 'revisi.json';
/** Folder of the source files in a snapshot folder. */
export const FILES_FOLDER = 'berkas';

/** A snapshot folder as found on disk: intact, or with what is wrong with it. */
export interface CheckedRevision {
  readonly name: string;
  readonly dir: string;
  /** The manifest, when it could be read. */
  readonly manifest: RevisionManifest | null;
  /** What does not match (null when the snapshot is intact), and the file concerned (relative to the snapshot folder). */
  readonly problem: { readonly message: string; readonly file: string } | null;
}

/** content/<id>/revisi. */
export function revisionsFolder(contentDir: string, id: string): string {
  return join(contentDir, id, REVISIONS_FOLDER);
}

function isManifest(value: unknown): value is RevisionManifest {
  const m = value as RevisionManifest | null;
  return m !== null && typeof m === 'object' && m.schema === 'naskah-revisi/1' && typeof m.dokumen === 'string' && Number.isInteger(m.nomor) && m.nomor > 0 &&
    typeof m.label === 'string' && typeof m.tanggal === 'string' && typeof m.hash === 'string' && Array.isArray(m.berkas) &&
    m.berkas.every((f) => f !== null && typeof f === 'object' && typeof f.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number');
}

/**
 * True when a manifest entry names a file inside the snapshot: a relative path of plain segments (no
 * "..", ".", empty segment, backslash, drive letter or control character). Entries are names inside the
 * snapshot only; a manifest naming anything else is tampered, and the file is never read (issue 22 point 3).
 */
export function isEntryName(path: string): boolean {
  if (path.length === 0 || path.length > 1024 || path.startsWith('/') || /[\\\u0000-\u001f\u007f]|^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Checks one snapshot folder against its manifest. */
export function checkRevision(dir: string, name: string): CheckedRevision {
  let manifest: RevisionManifest | null = null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    if (isManifest(parsed)) manifest = parsed;
  } catch {
    // reported below
  }
  const tampered = (message: string, file: string): CheckedRevision => ({ name, dir, manifest, problem: { message, file } });
  if (!manifest) return tampered(`${MANIFEST} tidak ada atau tidak dapat dibaca`, MANIFEST);
  if (listingHash(manifest.berkas) !== manifest.hash) return tampered('daftar berkas di revisi.json tidak cocok dengan hash-nya', MANIFEST);
  if (folderName(manifest.nomor, manifest.hash) !== name) return tampered(`nama folder tidak cocok dengan nomor dan hash di ${MANIFEST} (seharusnya ${folderName(manifest.nomor, manifest.hash)})`, MANIFEST);
  const filesDir = join(dir, FILES_FOLDER);
  const outside = manifest.berkas.find((f) => !isEntryName(f.path));
  if (outside) return tampered(`entri berkas ${JSON.stringify(outside.path)} di ${MANIFEST} bukan nama berkas di dalam snapshot`, MANIFEST);
  for (const f of manifest.berkas) {
    let bytes: Uint8Array;
    try {
      const file = join(filesDir, f.path);
      if (!lstatSync(file).isFile() || !realpathSync(file).startsWith(`${realpathSync(filesDir)}${sep}`)) throw new Error('not a file of the snapshot');
      bytes = readFileSync(file);
    } catch {
      return tampered(`berkas ${f.path} hilang`, `${FILES_FOLDER}/${f.path}`);
    }
    if (sha256(bytes) !== f.sha256) return tampered(`isi berkas ${f.path} tidak sama dengan hash yang tercatat`, `${FILES_FOLDER}/${f.path}`);
  }
  const listed = new Set(manifest.berkas.map((f) => f.path));
  const extra = fsTree(filesDir).list('', true).find((p) => !listed.has(p));
  if (extra !== undefined) return tampered(`berkas ${extra} tidak tercatat di ${MANIFEST}`, `${FILES_FOLDER}/${extra}`);
  return { name, dir, manifest, problem: null };
}

/** Every snapshot folder of document `id`, checked, in sequence order. */
export function listRevisions(contentDir: string, id: string): CheckedRevision[] {
  const base = revisionsFolder(contentDir, id);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{3,}-[0-9a-f]{12}$/.test(e.name))
    .map((e) => checkRevision(join(base, e.name), e.name))
    .sort((a, b) => Number.parseInt(a.name, 10) - Number.parseInt(b.name, 10) || (a.name < b.name ? -1 : 1));
}

/** The files of a snapshot to be, read from the working copy, with their hashes. */
export function snapshotFiles(contentDir: string, paths: readonly string[]): { entries: RevisionFile[]; contents: Map<string, Uint8Array> } {
  const tree = fsTree(contentDir);
  const contents = new Map<string, Uint8Array>();
  const entries = paths.flatMap((path) => {
    const bytes = tree.read(path);
    if (!bytes) return [];
    contents.set(path, bytes);
    return [{ path, sha256: sha256(bytes), bytes: bytes.byteLength }];
  });
  return { entries, contents };
}

/** Writes a new snapshot (all files into a temporary folder, then one rename). */
export function writeRevision(contentDir: string, manifest: RevisionManifest, contents: ReadonlyMap<string, Uint8Array>): SavedRevision {
  const base = revisionsFolder(contentDir, manifest.dokumen);
  const name = folderName(manifest.nomor, manifest.hash);
  const dir = join(base, name);
  const temp = join(base, `.${name}.${process.pid}.tmp`);
  mkdirSync(base, { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const f of manifest.berkas) {
      const target = join(temp, FILES_FOLDER, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, contents.get(f.path)!);
    }
    writeFileSync(join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { manifest, dir, name };
}
