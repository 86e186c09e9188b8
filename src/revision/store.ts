/**
 * The snapshot store of one document: content/<doc-id>/revisi/<NNN>-<hash12>/ holding revisi.json
 * (the manifest) and berkas/ (the source files as they were, byte for byte, laid out as under content/).
 * Snapshots are written once (temp folder + rename) and never changed; one whose files no longer match
 * their hashes is reported as tampered (NSK602), never used.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashDaftar, namaFolder, sha256 } from './hash.js';
import { FOLDER_REVISI } from './source-files.js';
import { fsTree } from './source-tree.js';
import type { BerkasRevisi, ManifestRevisi, RevisiTersimpan } from './types.js';

/** Name of the manifest file in a snapshot folder. */
export const MANIFEST = 'revisi.json';
/** Folder of the source files in a snapshot folder. */
export const FOLDER_BERKAS = 'berkas';

/** A snapshot folder as found on disk: intact, or with what is wrong with it. */
export interface RevisiDiperiksa {
  readonly nama: string;
  readonly dir: string;
  /** The manifest, when it could be read. */
  readonly manifest: ManifestRevisi | null;
  /** What does not match (null when the snapshot is intact), and the file concerned (relative to the snapshot folder). */
  readonly masalah: { readonly pesan: string; readonly berkas: string } | null;
}

/** content/<id>/revisi. */
export function folderRevisi(contentDir: string, id: string): string {
  return join(contentDir, id, FOLDER_REVISI);
}

function isManifest(value: unknown): value is ManifestRevisi {
  const m = value as ManifestRevisi | null;
  return m !== null && typeof m === 'object' && m.schema === 'naskah-revisi/1' && typeof m.dokumen === 'string' && Number.isInteger(m.nomor) && m.nomor > 0 &&
    typeof m.label === 'string' && typeof m.tanggal === 'string' && typeof m.hash === 'string' && Array.isArray(m.berkas) &&
    m.berkas.every((f) => f !== null && typeof f === 'object' && typeof f.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number');
}

/** Checks one snapshot folder against its manifest. */
export function periksaRevisi(dir: string, nama: string): RevisiDiperiksa {
  let manifest: ManifestRevisi | null = null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    if (isManifest(parsed)) manifest = parsed;
  } catch {
    // reported below
  }
  const rusak = (pesan: string, berkas: string): RevisiDiperiksa => ({ nama, dir, manifest, masalah: { pesan, berkas } });
  if (!manifest) return rusak(`${MANIFEST} tidak ada atau tidak dapat dibaca`, MANIFEST);
  if (hashDaftar(manifest.berkas) !== manifest.hash) return rusak('daftar berkas di revisi.json tidak cocok dengan hash-nya', MANIFEST);
  if (namaFolder(manifest.nomor, manifest.hash) !== nama) return rusak(`nama folder tidak cocok dengan nomor dan hash di ${MANIFEST} (seharusnya ${namaFolder(manifest.nomor, manifest.hash)})`, MANIFEST);
  const berkasDir = join(dir, FOLDER_BERKAS);
  for (const f of manifest.berkas) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(berkasDir, f.path));
    } catch {
      return rusak(`berkas ${f.path} hilang`, `${FOLDER_BERKAS}/${f.path}`);
    }
    if (sha256(bytes) !== f.sha256) return rusak(`isi berkas ${f.path} tidak sama dengan hash yang tercatat`, `${FOLDER_BERKAS}/${f.path}`);
  }
  const listed = new Set(manifest.berkas.map((f) => f.path));
  const extra = fsTree(berkasDir).list('', true).find((p) => !listed.has(p));
  if (extra !== undefined) return rusak(`berkas ${extra} tidak tercatat di ${MANIFEST}`, `${FOLDER_BERKAS}/${extra}`);
  return { nama, dir, manifest, masalah: null };
}

/** Every snapshot folder of document `id`, checked, in sequence order. */
export function daftarRevisi(contentDir: string, id: string): RevisiDiperiksa[] {
  const base = folderRevisi(contentDir, id);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{3,}-[0-9a-f]{12}$/.test(e.name))
    .map((e) => periksaRevisi(join(base, e.name), e.name))
    .sort((a, b) => Number.parseInt(a.nama, 10) - Number.parseInt(b.nama, 10) || (a.nama < b.nama ? -1 : 1));
}

/** The files of a snapshot to be, read from the working copy, with their hashes. */
export function berkasSumber(contentDir: string, paths: readonly string[]): { berkas: BerkasRevisi[]; isi: Map<string, Uint8Array> } {
  const tree = fsTree(contentDir);
  const isi = new Map<string, Uint8Array>();
  const berkas = paths.flatMap((path) => {
    const bytes = tree.read(path);
    if (!bytes) return [];
    isi.set(path, bytes);
    return [{ path, sha256: sha256(bytes), bytes: bytes.byteLength }];
  });
  return { berkas, isi };
}

/** Writes a new snapshot (all files into a temporary folder, then one rename). */
export function tulisRevisi(contentDir: string, manifest: ManifestRevisi, isi: ReadonlyMap<string, Uint8Array>): RevisiTersimpan {
  const base = folderRevisi(contentDir, manifest.dokumen);
  const nama = namaFolder(manifest.nomor, manifest.hash);
  const dir = join(base, nama);
  const temp = join(base, `.${nama}.${process.pid}.tmp`);
  mkdirSync(base, { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const f of manifest.berkas) {
      const target = join(temp, FOLDER_BERKAS, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, isi.get(f.path)!);
    }
    writeFileSync(join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { manifest, dir, nama };
}
