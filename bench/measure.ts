/**
 * Measures one whole process: wall time from performance.now() around spawnSync, and — when GNU time
 * is installed (Debian package `time`, /usr/bin/time) — peak resident memory (the largest process of
 * the tree: GNU time reports the child's ru_maxrss, which covers waited-for grandchildren such as
 * LibreOffice's soffice.bin) and CPU time. Without GNU time, memory and CPU are reported as missing,
 * never guessed: Node has no getrusage(RUSAGE_CHILDREN).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured run. */
export interface Run {
  /** Wall time in milliseconds. */
  readonly wallMs: number;
  /** Peak RSS in MiB, null without GNU time. */
  readonly rssMiB: number | null;
  /** User + system CPU in milliseconds, null without GNU time. */
  readonly cpuMs: number | null;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command to run. */
export interface Command {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill after this many milliseconds (default 10 minutes). */
  readonly timeoutMs?: number;
}

let gnuTime: boolean | undefined;

/** Path of GNU time; NASKAH_BENCH_GNU_TIME overrides it (e.g. to check the fallback without it). */
const TIME = process.env['NASKAH_BENCH_GNU_TIME'] ?? '/usr/bin/time';

/** True when /usr/bin/time is GNU time (it accepts -f and -o). */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    const r = spawnSync(TIME, ['--version'], { encoding: 'utf8' });
    gnuTime = r.status === 0 && /GNU/.test(`${r.stdout}${r.stderr}`);
  }
  return gnuTime;
}

const scratch = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs `p` once and measures it. */
export function measure(p: Command): Run {
  const useTime = hasGnuTime();
  const report = join(scratch, 'time.txt');
  const [cmd, args] = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', report, p.cmd, ...p.args]] : [p.cmd, [...p.args]];
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: p.cwd, env: p.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: p.timeoutMs ?? 600_000 });
  const wallMs = performance.now() - started;
  let rssMiB: number | null = null;
  let cpuMs: number | null = null;
  if (useTime) {
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
    const [, user, sys, maxKb] = last.split(' ').map(Number);
    if (maxKb !== undefined && Number.isFinite(maxKb)) rssMiB = maxKb / 1024;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuMs = (user + sys) * 1000;
  }
  const exitCode = r.error ? -1 : (r.status ?? -1);
  return { wallMs, rssMiB, cpuMs, exitCode, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max of a list of numbers (null entries ignored); null when none. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

/** Summarises measured values. */
export function summarize(values: readonly (number | null)[]): Summary | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length === 0) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}
