/**
 * `naskah package verify`: recomputes every hash of a package against its manifest.json and reports
 * missing, extra or altered files and unsafe entry names, each as a coded diagnostic.
 */
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { sha256, type Manifest } from './manifest.js';
import { readZip } from './zip.js';

const at = { line: 1, column: 1 } as const;

/** Verifies the bytes of a package zip named `name` (for messages). */
export function verifyPackage(bytes: Uint8Array, name: string): Diagnostic[] {
  let files: Map<string, Uint8Array>;
  let unsafe: { name: string; reason: string }[];
  try {
    ({ files, unsafe } = readZip(bytes));
  } catch (error) {
    return [diag('NSK701', { file: name, start: at, message: `Berkas ${name} bukan zip yang dapat dibaca (${(error as Error).message}).`, hint: 'Unduh atau salin ulang paket dari sumbernya.' })];
  }
  const out: Diagnostic[] = unsafe.map((u) => diag('NSK702', { file: `${name}!/${u.name}`, start: at, message: `Entri "${u.name}" ditolak: ${u.reason}.`, hint: 'Paket naskah hanya memuat nama berkas relatif biasa; jangan membuka paket ini dengan alat lain.' }));
  const manifestBytes = files.get('manifest.json');
  let manifest: Manifest | null = null;
  try {
    manifest = manifestBytes ? (JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest) : null;
  } catch {
    manifest = null;
  }
  if (!manifest || manifest.format !== 'naskah-paket/1' || !Array.isArray(manifest.files)) {
    out.push(diag('NSK703', { file: `${name}!/manifest.json`, start: at, message: 'manifest.json tidak ada atau tidak sah.', hint: 'Paket hanya dapat diperiksa bila dibuat dengan `naskah package`.' }));
    return out;
  }
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const data = files.get(entry.path);
    if (!data) {
      out.push(diag('NSK704', { file: `${name}!/${entry.path}`, start: at, message: `Berkas ${entry.path} tercantum dalam manifest tetapi tidak ada dalam paket.`, hint: 'Paket tidak lengkap; buat ulang dengan `naskah package`.' }));
    } else if (data.byteLength !== entry.size || sha256(data) !== entry.sha256) {
      out.push(diag('NSK706', { file: `${name}!/${entry.path}`, start: at, message: `Berkas ${entry.path} telah berubah: SHA-256 ${sha256(data).slice(0, 16)}… tidak sama dengan manifest ${entry.sha256.slice(0, 16)}….`, hint: 'Isi paket berbeda dari yang dibuat; jangan kirim paket ini, buat ulang dari sumber yang tercatat.' }));
    }
  }
  for (const path of [...files.keys()].sort()) {
    if (path !== 'manifest.json' && !listed.has(path)) out.push(diag('NSK705', { file: `${name}!/${path}`, start: at, message: `Berkas ${path} ada dalam paket tetapi tidak tercantum dalam manifest.`, hint: 'Berkas ditambahkan sesudah paket dibuat; hapus atau buat ulang paket.' }));
  }
  return out;
}
