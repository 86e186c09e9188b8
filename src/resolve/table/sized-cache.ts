/**
 * Sized tables kept on disk between runs (issue 11): measuring every cell with the real glyphs — and
 * parsing the four font files for it — was the costliest step of a cold `naskah check` of the SLRT set
 * (± 0.3 s of 1.4 s). Sizing is a pure function of the table (its runs, declared widths and source
 * position), the width it stands in, the font files and naskah's own code, so an entry is keyed by all
 * of them: the SHA-256 of the table and its place, of the four font files, and of the running build
 * (src/util/code-digest.ts). Without a build digest (unbundled code, the tests) nothing is cached.
 * The store is the verified cache of src/util/cache.ts: private folder, entries checked, bad ones rebuilt.
 */
import { createHash } from 'node:crypto';
import type { BlokLampiran } from '../../ir/types.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { sha256Hex, VerifiedCache } from '../../util/cache.js';
import { codeCache, codeCachesWritable } from '../../util/code-digest.js';
import { fileDigest } from '../../util/file-digest.js';
import type { TableFonts } from './measure-cells.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

/** One sized table: what sizeTable returns. */
export interface SizedTable {
  readonly tabel: Tabel;
  readonly diagnostic: Diagnostic | null;
}

/** The store per set of fonts (null: no build digest, unreadable fonts or no cache folder). */
const stores = new WeakMap<TableFonts, VerifiedCache<SizedTable> | null>();

function storeFor(fonts: TableFonts): VerifiedCache<SizedTable> | null {
  if (stores.has(fonts)) return stores.get(fonts)!;
  let store: VerifiedCache<SizedTable> | null = null;
  if (fonts.files !== undefined && fonts.files.length > 0) {
    try {
      const digest = createHash('sha256');
      for (const file of fonts.files) digest.update(fileDigest(file)).update('\u0000');
      store = codeCache<SizedTable>('tabel', `fonts:${digest.digest('hex')}`);
    } catch {
      store = null;
    }
  }
  stores.set(fonts, store);
  return store;
}

/** The sized table for `key` (the table and its place, serialised), computed by `size` on a miss. */
export function sizedOnDisk(fonts: TableFonts, key: string, size: () => SizedTable): SizedTable {
  const store = storeFor(fonts);
  if (!store) return size();
  // The build and fonts are part of the entry's name: two builds of naskah on one machine keep their own.
  const hash = sha256Hex(`${store.tool}\u0000${key}`);
  const hit = store.get(hash);
  if (hit !== undefined) return hit;
  const result = size();
  if (codeCachesWritable()) store.set(hash, result);
  return result;
}
