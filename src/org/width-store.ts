/**
 * Text widths kept on disk between runs (issue 11): the bagan's boxes measure their texts with the real
 * glyphs, and the first width asked of a face made opentype.js parse the font file (± 20–40 ms a face of
 * a cold `naskah check`). A width is a pure function of the text, the font file and naskah's own code
 * (font-metrics.ts), so the widths measured in one run are stored per font — keyed by the SHA-256 of the
 * font file, made by the running build (src/util/code-digest.ts; it bundles opentype.js; unbundled
 * code stores nothing) — and read back by the next; JSON carries the numbers exactly. Stored once, when
 * the process exits, and only when it measured something new; the verified cache (src/util/cache.ts)
 * refuses a tampered or foreign entry, which is then measured again.
 */
import { createHash } from 'node:crypto';
import { VerifiedCache } from '../util/cache.js';
import { codeCache, codeCachesWritable } from '../util/code-digest.js';
import { fileDigest } from '../util/file-digest.js';

/** Texts longer than this are not stored (a long table cell is measured again; it is rare). */
const MAX_TEXT = 200;
/** Most widths stored per font. */
const MAX_ENTRIES = 20_000;

let store: VerifiedCache<Record<string, number>> | null | undefined;
const pending = new Map<string, Map<string, number>>();
let hooked = false;

function storeOf(): VerifiedCache<Record<string, number>> | null {
  if (store === undefined) {
    store = codeCache<Record<string, number>>('lebar');
  }
  return store;
}

function flush(): void {
  const cache = storeOf();
  if (!cache) return;
  for (const [key, widths] of pending) {
    const kept: Record<string, number> = {};
    let n = 0;
    for (const [text, w] of widths) {
      if (text.length > MAX_TEXT || !Number.isFinite(w) || Object.is(w, -0)) continue;
      if (++n > MAX_ENTRIES) break;
      kept[text] = w;
    }
    cache.set(key, kept);
  }
  pending.clear();
}

/**
 * The widths (at 1 pt) stored for the font file at `path`, as a live map: what the caller adds to it
 * after `changed()` is stored at exit. Null when nothing can be stored (no build digest, unreadable file).
 */
export function storedWidths(path: string): { widths: Map<string, number>; changed: () => void } | null {
  const cache = storeOf();
  if (!cache) return null;
  let key: string;
  try {
    // The build is part of the entry's name: two builds of naskah on one machine keep their own.
    key = createHash('sha256').update(cache.tool).update('\u0000').update(fileDigest(path)).digest('hex');
  } catch {
    return null;
  }
  const widths = new Map<string, number>();
  const value = cache.get(key);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [text, w] of Object.entries(value)) if (typeof w === 'number') widths.set(text, w);
  }
  return {
    widths,
    changed() {
      if (pending.has(key) || !codeCachesWritable()) return;
      pending.set(key, widths);
      if (!hooked) {
        hooked = true;
        process.once('exit', flush);
      }
    },
  };
}
