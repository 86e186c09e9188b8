/**
 * Deterministic zip writing and safe zip reading (fflate). Entries are written in sorted order with one
 * fixed timestamp and fixed permissions, so the same files give the same bytes; entry names must be
 * plain relative names (no absolute paths, no "..", no backslashes) both when writing and when reading.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Why an entry name is unsafe, or null when it is a plain relative name. */
export function unsafeEntryName(name: string): string | null {
  if (name === '' || name.endsWith('/')) return 'nama kosong atau folder';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'jalur absolut';
  if (name.includes('\\')) return 'memuat garis miring terbalik';
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) return 'memuat ".." atau bagian kosong';
  if (/[\u0000-\u001f]/.test(name)) return 'memuat karakter kendali';
  return null;
}

/** Writes a zip of `files` (name → bytes) with entries sorted by name and all timestamps at `date`. */
export function writeZip(files: ReadonlyMap<string, Uint8Array>, date: Date): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    const reason = unsafeEntryName(name);
    if (reason) throw new Error(`nama entri zip tidak aman (${reason}): ${name}`);
    // 0o100644: a regular file readable by everyone; os 3 = Unix so the attributes are honoured.
    entries[name] = [files.get(name)!, { level: 9, mtime: date, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(entries, { level: 9, mtime: date });
}

/** Reads a zip; returns its entries and the names that were refused as unsafe (never extracted). */
export function readZip(bytes: Uint8Array): { files: Map<string, Uint8Array>; unsafe: { name: string; reason: string }[] } {
  const unsafe: { name: string; reason: string }[] = [];
  const raw = unzipSync(bytes, {
    filter: (file) => {
      const reason = unsafeEntryName(file.name);
      if (reason) unsafe.push({ name: file.name, reason });
      return reason === null;
    },
  });
  return { files: new Map(Object.entries(raw)), unsafe };
}
