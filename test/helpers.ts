/** Shared test helpers: in-process CLI runs and golden files. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import { main } from '../src/cli/main.js';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Result of one CLI run. */
export interface Transcript {
  readonly command: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs `naskah <args>` in-process in `cwd` with a fixed SOURCE_DATE_EPOCH and no terminal. */
export async function runCli(args: readonly string[], cwd: string): Promise<Transcript> {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, cwd, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  return { command: `naskah ${args.join(' ')}`, stdout: out.join('\n'), stderr: err.join('\n'), exitCode };
}

/** The transcript as a readable document: command, exit code, stdout, stderr. */
export function formatTranscript(t: Transcript): string {
  return `$ ${t.command}\n# exit ${t.exitCode}\n# stdout\n${t.stdout}\n# stderr\n${t.stderr}\n`;
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function expectGolden(actual: string, file: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env['UPDATE_GOLDEN'] !== '1' && process.env['CI']) throw new Error(`golden file missing: ${file}`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Path (relative to `root`) → SHA-256 of every file under `root`: to show that a command wrote nothing. */
export function fileHashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(root, abs), createHash('sha256').update(readFileSync(abs)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** A fresh copy of a project folder (e.g. a fixture) in a new temporary folder named after `prefix`. */
export function copyFixture(from: string, prefix = 'naskah-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true });
  return dir;
}
