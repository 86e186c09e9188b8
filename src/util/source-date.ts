/**
 * The date stamped into document properties. Never the wall clock, so builds are reproducible:
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the last git commit touching content/,
 * else the newest modification time of a file in content/ (a copy outside git, e.g. an unpacked zip:
 * the sources' own age, as reproducible-builds.org advises), else 1980-01-01 (the zip epoch).
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
  const newest = newestModification(contentDir);
  return iso(newest ?? 315532800);
}

/** Seconds of the newest modification of a file below `dir` (symlinks are not followed), or null. */
function newestModification(dir: string): number | null {
  let newest: number | null = null;
  const walk = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) newest = Math.max(newest ?? 0, Math.floor(stat.mtimeMs / 1000));
    }
  };
  walk(dir);
  return newest;
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
