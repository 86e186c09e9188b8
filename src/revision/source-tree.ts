/**
 * A read-only view of a content/ folder: the working copy on disk, a saved snapshot, or the tree of a
 * git commit. Paths are relative to content/ with forward slashes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files of a content/ folder. */
export interface SourceTree {
  /** Every file under `dir` (recursively, "" for the top level only), sorted. */
  list(dir: string, recursive: boolean): string[];
  /** Bytes of a file, or null when it does not exist. */
  read(path: string): Uint8Array | null;
}

/** A content/ folder on disk (the working copy or a snapshot's berkas/). */
export function fsTree(contentDir: string): SourceTree {
  return {
    list(dir, recursive) {
      const base = join(contentDir, dir);
      if (!existsSync(base) || !statSync(base).isDirectory()) return [];
      const out: string[] = [];
      const walk = (abs: string): void => {
        for (const e of readdirSync(abs, { withFileTypes: true })) {
          if (e.name.startsWith('.')) continue;
          const child = join(abs, e.name);
          if (e.isDirectory()) {
            if (recursive) walk(child);
          } else if (e.isFile()) out.push(relative(contentDir, child).split(sep).join('/'));
        }
      };
      walk(base);
      return out.sort();
    },
    read(path) {
      try {
        return readFileSync(join(contentDir, path));
      } catch {
        return null;
      }
    },
  };
}

/** Runs git in `cwd`; returns stdout as bytes, or null when git fails. */
function git(cwd: string, args: readonly string[]): Buffer | null {
  try {
    return execFileSync('git', [...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/** Where content/ sits in its git repository, or null when the project is not a git checkout. */
export function gitPrefix(contentDir: string): { top: string; prefix: string } | null {
  const top = git(contentDir, ['rev-parse', '--show-toplevel'])?.toString('utf8').trim();
  if (!top) return null;
  return { top, prefix: relative(top, contentDir).split(sep).join('/') };
}

/** The commit a ref names, or null when it names none. */
export function gitCommit(contentDir: string, ref: string): string | null {
  if (ref === '' || ref.startsWith('-')) return null;
  const out = git(contentDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.toString('utf8').trim();
  return out && /^[0-9a-f]{40,64}$/.test(out) ? out : null;
}

/** content/ as it was in `commit` (read with `git ls-tree` and `git show`). */
export function gitTree(contentDir: string, commit: string): SourceTree {
  const where = gitPrefix(contentDir);
  const full = (path: string): string => [where?.prefix ?? '', path].filter((s) => s !== '').join('/');
  return {
    list(dir, recursive) {
      if (!where) return [];
      const target = full(dir);
      // "<mode> <type> <object>\t<path>" entries; only blobs are files.
      const args = ['ls-tree', '-z', ...(recursive ? ['-r'] : []), commit, '--', target === '' ? '.' : `${target}/`];
      const out = git(where.top, args)?.toString('utf8') ?? '';
      const strip = where.prefix === '' ? 0 : where.prefix.length + 1;
      return out
        .split('\0')
        .filter((entry) => /^\d+ blob /.test(entry))
        .map((entry) => entry.slice(entry.indexOf('\t') + 1).slice(strip))
        .filter((p) => !p.split('/').some((s) => s.startsWith('.')))
        .sort();
    },
    read(path) {
      if (!where) return null;
      return git(where.top, ['show', `${commit}:${full(path)}`]);
    },
  };
}
