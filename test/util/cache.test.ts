/**
 * The private verified cache (issue 22 point 4): entries live in a per-user folder of mode 0700; a
 * planted, corrupt, truncated, foreign or stale entry is ignored, never used; an unsafe folder is not
 * used at all.
 */
import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRoot, sha256Hex, VerifiedCache } from '../../src/util/cache.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'naskah-cache-test-')), 'cache');

describe('verified cache', () => {
  it('makes a private folder and round-trips a value', () => {
    const root = cacheRoot({ NASKAH_CACHE_DIR: fresh() });
    expect(root).not.toBeNull();
    expect(statSync(root!).mode & 0o777).toBe(0o700);
    const cache = new VerifiedCache<{ a: number[] }>('t', 'tool@1', root);
    const key = sha256Hex('input');
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { a: [1, 2, 3] });
    expect(cache.get(key)).toEqual({ a: [1, 2, 3] });
    expect(statSync(cache.entryPath(key)!).mode & 0o777).toBe(0o600);
  });

  it('ignores a planted, tampered, truncated, foreign or stale entry', () => {
    const root = cacheRoot({ NASKAH_CACHE_DIR: fresh() });
    const cache = new VerifiedCache<string>('mdast', 'remark@11', root);
    const key = sha256Hex('the real chapter text');
    const file = cache.entryPath(key)!;
    cache.set(key, 'genuine');
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

    // A value replaced without its digest (what a planted file in the old shared temp folder did).
    writeFileSync(file, JSON.stringify({ ...entry, value: 'planted' }));
    expect(cache.get(key)).toBeUndefined();
    // A bare payload, as the old cache format stored it.
    writeFileSync(file, JSON.stringify('planted'));
    expect(cache.get(key)).toBeUndefined();
    // Truncated.
    cache.set(key, 'genuine');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    expect(cache.get(key)).toBeUndefined();
    // Made by another tool version, or filed under another key.
    writeFileSync(file, JSON.stringify({ ...entry, tool: 'remark@10' }));
    expect(cache.get(key)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...entry, key: sha256Hex('other') }));
    expect(cache.get(key)).toBeUndefined();
    // A new write repairs it.
    cache.set(key, 'genuine');
    expect(cache.get(key)).toBe('genuine');
  });

  it('does not use a folder that others can write, or a symlink', () => {
    const open = fresh();
    cacheRoot({ NASKAH_CACHE_DIR: open });
    chmodSync(open, 0o777);
    expect(cacheRoot({ NASKAH_CACHE_DIR: open })).toBeNull();
    const link = `${fresh()}-link`;
    const target = fresh();
    cacheRoot({ NASKAH_CACHE_DIR: target });
    symlinkSync(target, link);
    expect(cacheRoot({ NASKAH_CACHE_DIR: link })).toBeNull();
    const none = new VerifiedCache<string>('t', 'x', null);
    none.set(sha256Hex('a'), 'v');
    expect(none.get(sha256Hex('a'))).toBeUndefined();
  });
});
