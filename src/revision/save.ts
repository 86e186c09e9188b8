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
import { hashDaftar } from './hash.js';
import { sourceFiles } from './source-files.js';
import { fsTree } from './source-tree.js';
import { berkasSumber, daftarRevisi, folderRevisi, tulisRevisi } from './store.js';
import type { ManifestRevisi, RevisiTersimpan } from './types.js';
import { parseSpesifikasi } from './types.js';

/** Result of a save: the new revision (null when nothing was stored) and what to tell the user. */
export interface HasilSimpan {
  readonly revisi: RevisiTersimpan | null;
  readonly diagnostics: Diagnostic[];
}

/** ISO date of a snapshot: SOURCE_DATE_EPOCH when set, else the newest modification time of its files. */
export function tanggalRevisi(contentDir: string, files: readonly string[], env: NodeJS.ProcessEnv): string {
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
function labelSalah(label: string): string | null {
  if (label === '') return 'label kosong';
  if (/[\r\n]/.test(label)) return 'label harus satu baris';
  if (label.length > 200) return 'label lebih dari 200 karakter';
  if (parseSpesifikasi(label).jenis !== 'label') return `\`${label}\` dipakai untuk menyebut revisi (nomor, \`working\`, atau \`git:…\`)`;
  return null;
}

/** Saves the current sources of document `id` as a new revision. */
export function simpanRevisi(paths: ProjectPaths, id: string, labelMentah: string, env: NodeJS.ProcessEnv): HasilSimpan {
  const label = labelMentah.trim();
  const where = displayPath(paths.root, folderRevisi(paths.content, id));
  const at = { file: where, start: { line: 1, column: 1 } };
  const salah = labelSalah(label);
  if (salah) {
    return { revisi: null, diagnostics: [diag('NSK605', { ...at, message: `Label revisi tidak sah: ${salah}.`, hint: 'Tulis label yang menerangkan revisi itu, mis. --label "Perbaikan hasil konsultasi Bagian Hukum".' })] };
  }
  const ada = daftarRevisi(paths.content, id);
  const kembar = ada.find((r) => r.manifest?.label.toLowerCase() === label.toLowerCase());
  if (kembar) {
    return { revisi: null, diagnostics: [diag('NSK604', { file: displayPath(paths.root, join(kembar.dir, 'revisi.json')), start: { line: 1, column: 1 }, message: `Label "${label}" sudah dipakai oleh revisi ${kembar.manifest!.nomor}.`, hint: 'Pilih label lain, mis. tambahkan tanggal atau tahap pembahasan.' })] };
  }
  const files = sourceFiles(fsTree(paths.content), id);
  const { berkas, isi } = berkasSumber(paths.content, files);
  const hash = hashDaftar(berkas);
  const terakhir = [...ada].reverse().find((r) => r.masalah === null);
  if (terakhir?.manifest?.hash === hash) {
    return { revisi: null, diagnostics: [diag('NSK606', { file: displayPath(paths.root, join(terakhir.dir, 'revisi.json')), start: { line: 1, column: 1 }, message: `Sumber ${id} sama dengan revisi ${terakhir.manifest.nomor} ("${terakhir.manifest.label}"); tidak ada revisi baru yang disimpan.`, hint: 'Simpan revisi setelah sumbernya diubah.' })] };
  }
  const nomor = Math.max(0, ...ada.map((r) => r.manifest?.nomor ?? Number.parseInt(r.nama, 10))) + 1;
  const manifest: ManifestRevisi = { schema: 'naskah-revisi/1', dokumen: id, nomor, label, tanggal: tanggalRevisi(paths.content, files, env), hash, berkas };
  return { revisi: tulisRevisi(paths.content, manifest, isi), diagnostics: [] };
}
