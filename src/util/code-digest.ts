/**
 * Which build of naskah is running, for caches of values naskah's own code computes (issue 11): the
 * bundled command line (scripts/bundle.mjs) is built with `__NASKAH_CODE__` set to the SHA-256 of its
 * own files, so an entry made by one build is never trusted by another. Unbundled code (tsc's output,
 * the tests) has no such digest: there `codeDigest()` is null and those caches are not used at all.
 */
import { createRequire } from 'node:module';
import { VerifiedCache } from './cache.js';

declare const __NASKAH_CODE__: string | undefined;

/** SHA-256 (hex) of the running bundle, or null when not running from the bundle. */
export function codeDigest(): string | null {
  const digest = typeof __NASKAH_CODE__ === 'string' ? __NASKAH_CODE__ : null;
  return digest !== null && /^[0-9a-f]{64}$/.test(digest) ? digest : null;
}

let readOnly = false;

/**
 * Long-running commands (`naskah preview`, `naskah lsp`) read the build's caches but write none: a
 * store costs 10–30 ms per edited file, on the path from a save to the page, and the entry would be
 * stale at the next keystroke anyway. The one-shot commands (check, build, …) fill the caches.
 */
export function keepCodeCachesReadOnly(): void {
  readOnly = true;
}

/** True when caches keyed by the build may write new entries. */
export function codeCachesWritable(): boolean {
  return !readOnly;
}

/** Exact version of an installed package (its package.json), or null when it cannot be read. */
export function packageVersion(name: string): string | null {
  try {
    return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  } catch {
    return null;
  }
}

/**
 * A verified cache of values this build of naskah computes, keyed by the build's digest and `tools`
 * (exact versions of whatever else shapes the values, e.g. "yaml@2.9.1"); null outside the bundle.
 */
export function codeCache<T>(kind: string, tools = ''): VerifiedCache<T> | null {
  const code = codeDigest();
  return code === null ? null : new VerifiedCache<T>(kind, tools === '' ? `naskah:${code}` : `naskah:${code} ${tools}`);
}
