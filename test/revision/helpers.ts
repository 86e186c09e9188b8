/** A throw-away copy of the revision test project (test/revision/fixtures/project) per test. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, 'fixtures', 'project');

const created: string[] = [];

/** Copies the project to a temporary folder and returns its root. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-revisi-'));
  cpSync(PROJECT, dir, { recursive: true });
  created.push(dir);
  return dir;
}

/** Removes every copy made by salinProyek. */
export function cleanUp(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` by `to` in a file of the copy (exactly once). */
export function replaceOnce(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`"${from}" tidak tepat satu kali di ${file}`);
  writeFileSync(path, text.replace(from, to));
}
