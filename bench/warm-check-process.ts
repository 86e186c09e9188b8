/**
 * Child process of the bench: `naskah check` warm in-process (issue 11, target ≤ 30 ms for the SLRT
 * set). One Session (src/pipeline/session.ts) checks the documents once cold, then again with
 * nothing changed, then after each source file of the first document is rewritten with the same
 * bytes (its stamp changes, so that document and every document drawing on it are loaded again).
 * Prints the timings (wall and CPU, milliseconds) as one JSON line on stdout.
 *
 * Usage: node dist/bench/warm-check-process.js <project-root> <id…>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProject } from '../src/load/project.js';
import { Session } from '../src/pipeline/session.js';

/** One timed check. */
export interface CheckTiming {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly dimuatUlang: number;
}

/** What the child prints. */
export interface WarmCheckResult {
  readonly dingin: CheckTiming;
  readonly hangatSama: readonly CheckTiming[];
  readonly setelahSentuh: readonly CheckTiming[];
  readonly galat: string | null;
}

function timed(session: Session, ids: readonly string[], changed: readonly string[]): CheckTiming {
  const t = performance.now();
  const c = process.cpuUsage();
  session.check(ids, ids.length > 1, changed);
  const cpu = process.cpuUsage(c);
  return { wallMs: performance.now() - t, cpuMs: (cpu.user + cpu.system) / 1000, dimuatUlang: session.last.reloaded.length };
}

function main(): void {
  const [root, ...ids] = process.argv.slice(2);
  const paths = root ? findProject(root) : null;
  if (!paths || ids.length === 0) throw new Error('pemakaian: warm-check-process.js <root> <id…>');
  const session = new Session(paths, { date: '2026-01-01T00:00:00Z', strict: false });
  const dingin = timed(session, ids, []);
  const hangatSama: CheckTiming[] = [];
  for (let i = 0; i < 7; i++) hangatSama.push(timed(session, ids, []));
  const setelahSentuh: CheckTiming[] = [];
  const file = join(paths.content, ids[0]!, 'naskah.yaml');
  for (let i = 0; i < 3; i++) {
    writeFileSync(file, readFileSync(file));
    setelahSentuh.push(timed(session, ids, [file]));
  }
  const result: WarmCheckResult = { dingin, hangatSama, setelahSentuh, galat: null };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

try {
  main();
} catch (error: unknown) {
  process.stdout.write(`${JSON.stringify({ galat: (error as Error).message })}\n`);
  process.exitCode = 1;
}
