/** A throw-away copy of the revision test project (test/revision/fixtures/proyek) per test. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROYEK = join(import.meta.dirname, 'fixtures', 'proyek');

const dibuat: string[] = [];

/** Copies the project to a temporary folder and returns its root. */
export function salinProyek(): string {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-revisi-'));
  cpSync(PROYEK, dir, { recursive: true });
  dibuat.push(dir);
  return dir;
}

/** Removes every copy made by salinProyek. */
export function bersihkan(): void {
  for (const dir of dibuat.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` by `to` in a file of the copy (exactly once). */
export function ubah(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`"${from}" tidak tepat satu kali di ${file}`);
  writeFileSync(path, text.replace(from, to));
}
