/**
 * The date stamped into document properties. Never the wall clock, so builds are reproducible:
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the last git commit touching content/,
 * else 1980-01-01 (the zip epoch).
 */
import { execFileSync } from 'node:child_process';

/** ISO 8601 (UTC, seconds) build date. */
export function sourceDate(contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return iso(Number(epoch));
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(out)) return iso(Number(out));
  } catch {
    // not a git checkout: fall through
  }
  return iso(315532800);
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
