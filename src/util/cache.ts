/**
 * A private, verified cache on disk for derived data (parsed Markdown trees, bagan layouts): issue 22,
 * "a cache is trusted only when verified".
 *
 * - Where: `$NASKAH_CACHE_DIR`, else `$XDG_CACHE_HOME/naskah`, else `~/.cache/naskah`; the folder is made
 *   with mode 0700 and used only when it is a real folder (not a symlink) owned by the current user and
 *   not writable by group or others. Otherwise nothing is cached (it only costs time).
 * - What: each entry is one JSON file `{ format, kind, tool, key, digest, value }`. `tool` names the exact
 *   versions of the code that made it, `key` is the full hash of the input, `digest` the SHA-256 of the
 *   serialised value. An entry is used only when all of them match; a foreign, corrupt, truncated or stale
 *   entry is ignored (and replaced by the next write), never used.
 * - Writes are atomic (temp file + rename), so a reader never sees half an entry.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const FORMAT = 1;

/** SHA-256 in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The cache folder for this user, or null when no safe folder can be had. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env['NASKAH_CACHE_DIR'] || join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'naskah');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || stat.isSymbolicLink()) return null;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return null;
    if ((stat.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}

/** One kind of cached value (e.g. "mdast"), made by the given tool versions. */
export class VerifiedCache<T> {
  constructor(
    readonly kind: string,
    /** Exact versions of everything that shapes the value, e.g. "remark-parse@11.0.0 remark-gfm@4.0.1". */
    readonly tool: string,
    readonly root: string | null = cacheRoot(),
  ) {}

  /** Path of the entry for an input key (a SHA-256 hex of the input). */
  entryPath(key: string): string | null {
    if (!this.root || !/^[0-9a-f]{64}$/.test(key)) return null;
    return join(this.root, this.kind, `${key}.json`);
  }

  /** The cached value for `key`, or undefined when there is none that verifies. */
  get(key: string): T | undefined {
    const file = this.entryPath(key);
    if (!file) return undefined;
    let raw: string;
    try {
      const stat = lstatSync(file);
      if (!stat.isFile()) return undefined;
      raw = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as { format?: unknown; kind?: unknown; tool?: unknown; key?: unknown; digest?: unknown; value?: unknown };
      if (entry.format !== FORMAT || entry.kind !== this.kind || entry.tool !== this.tool || entry.key !== key) return undefined;
      if (typeof entry.digest !== 'string' || entry.digest !== sha256Hex(JSON.stringify(entry.value))) return undefined;
      return entry.value as T;
    } catch {
      return undefined;
    }
  }

  /** Stores a value; failures are silent (a cache that cannot be written only costs time). */
  set(key: string, value: T): void {
    const file = this.entryPath(key);
    if (!file) return;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
      const serialised = JSON.stringify(value);
      const entry = `{"format":${FORMAT},"kind":${JSON.stringify(this.kind)},"tool":${JSON.stringify(this.tool)},"key":"${key}","digest":"${sha256Hex(serialised)}","value":${serialised}}`;
      writeFileSync(temp, entry, { mode: 0o600 });
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}
