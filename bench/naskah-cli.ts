/**
 * Runs the naskah command line as a user does — a fresh `node dist/src/cli/main.js` process per
 * command (cold start included) — and tells which commands exist yet: a command that is not there
 * answers exit code 2 with "Perintah `x` tidak dikenal" (src/cli/main.ts).
 */
import { join } from 'node:path';
import { toolRoot } from '../src/load/project.js';
import { measure, type Run } from './measure.js';

/** Path of the built CLI entry point. */
export function cliPath(): string {
  return join(toolRoot(), 'dist', 'src', 'cli', 'main.js');
}

/** Runs `naskah <args>` in `cwd` and measures it. */
export function naskah(args: readonly string[], cwd: string): Run {
  return measure({ cmd: process.execPath, args: [cliPath(), ...args], cwd });
}

/** True unless `naskah <command>` answers that the command is unknown. */
export function commandExists(command: string, cwd: string): boolean {
  const r = naskah([command], cwd);
  return !(r.exitCode === 2 && r.stderr.includes('tidak dikenal') && r.stderr.includes(command));
}

/** Total pages reported by `naskah build` on stderr ("… (19 halaman)"); null when none. */
export function pagesFromReport(stderr: string): number | null {
  const pages = [...stderr.matchAll(/\((\d+) halaman\)/g)].map((m) => Number(m[1]));
  return pages.length > 0 ? pages.reduce((a, b) => a + b, 0) : null;
}

/** The first coded error of a failed run's stderr (else its first error line), short enough for a table cell. */
export function summarizeError(r: Run): string {
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const coded = lines.find((l) => /\bgalat [A-Z][A-Z0-9-]+\b/.test(l));
  const first = coded ?? lines.find((l) => /\bgalat\b|gagal|Error|error:/.test(l) && !/^\d+ galat/.test(l)) ?? lines[0] ?? `kode keluar ${r.exitCode}`;
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}
