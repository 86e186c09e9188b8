/**
 * The last resolution of each Buku Pedoman, kept in the process and given again while nothing it read
 * has changed. A save in the batang tubuh of the SLRT Perbup resolves its Lampiran (the 47 pages of the
 * pedoman) again, for nothing in most saves (issue 12: ± 9 ms of the preview's 150).
 *
 * Besides its key (the manifest, the chapters' and kata pengantar's texts, the Peraturan's name, the
 * standalone book's identity, the fonts), a resolution reads three things from outside, and each read is
 * recorded and made again before a kept result is given: the units of the Peraturan that its references
 * name (`get`), the ids of all units when it suggests one for an unknown id (`ids`), and whether each
 * image file exists. A Pasal renumbered, a unit added that a suggestion would name, an image put in
 * place: the pedoman is resolved afresh. The units are handed over without their source positions
 * (`source: null`): a line added above a Pasal moves them, no phrase prints them, and so a resolution
 * cannot depend on them. Of their place in document order (`order`, which a phrase sorts by) only the
 * order among the units it read is kept: an ayat added anywhere moves every later unit's number in
 * that order, the Lampiran's own among them, without changing a phrase.
 *
 * The result given again is the same object (its blocks the same array): the renderers keep their
 * per-Lampiran work by it (render/lampiran-memo.ts). Nothing downstream changes IR values.
 */
import { existsSync } from 'node:fs';
import type { IndexedUnit, UnitIndex, UnitLookup } from '../unit-index.js';

/** What a resolution reads from outside its key, through these recording functions. */
export interface Reads {
  readonly peraturan: UnitLookup;
  readonly exists: (absPath: string) => boolean;
}

interface Record {
  /** Unit id → what `get` gave (its signature), null for none. */
  readonly units: Map<string, string | null>;
  /** The units read that exist, in document order (set when the resolution is done). */
  ranks: string;
  /** All ids joined, when `ids` was asked. */
  ids: string | null;
  readonly files: Map<string, boolean>;
}

interface Kept<T> {
  readonly key: readonly string[];
  readonly record: Record;
  readonly result: T;
}

/** Resolutions kept: one per pedoman and edition (Lampiran, book); the oldest goes beyond this many. */
const MAX_KEPT = 8;
const kept = new Map<string, Kept<unknown>>();

/** Everything of a unit a reference phrase reads (rujukan.ts) but its place in document order (`ranks`) and its source position. */
function signature(u: IndexedUnit | undefined): string | null {
  return u === undefined ? null : JSON.stringify([u.id, u.kind, u.chain, u.pasalId, u.ayatId, u.parentKey, u.position]);
}

/** The ids of the units `record` read that exist, in their document order now. */
function ranks(record: Record, index: UnitIndex): string {
  const units = [...record.units.keys()].flatMap((id) => index.get(id) ?? []);
  return units.sort((a, b) => a.order - b.order).map((u) => u.id).join('\u0000');
}

const allIds = (index: UnitLookup): string => [...index.ids()].join('\u0000');

function recording(index: UnitIndex, record: Record): Reads {
  return {
    peraturan: {
      get(id) {
        const u = index.get(id);
        record.units.set(id, signature(u));
        return u === undefined ? undefined : { ...u, source: null };
      },
      ids() {
        record.ids = allIds(index);
        return index.ids();
      },
    },
    exists(absPath) {
      const there = existsSync(absPath);
      record.files.set(absPath, there);
      return there;
    },
  };
}

/** Whether every read of `record` gives the same answer now. */
function stillTrue(record: Record, index: UnitIndex): boolean {
  for (const [id, sig] of record.units) if (signature(index.get(id)) !== sig) return false;
  if (ranks(record, index) !== record.ranks) return false;
  if (record.ids !== null && allIds(index) !== record.ids) return false;
  for (const [file, there] of record.files) if (existsSync(file) !== there) return false;
  return true;
}

const sameKey = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The result of `resolve` for `key` in `slot` (a pedoman and edition): the kept one, the same object,
 * when the key is the same and every recorded read still gives the same answer; else `resolve` runs
 * with recording reads and its result is kept.
 */
export function keptResolution<T>(slot: string, key: readonly string[], index: UnitIndex, resolve: (reads: Reads) => T): T {
  const old = kept.get(slot) as Kept<T> | undefined;
  if (old && sameKey(old.key, key) && stillTrue(old.record, index)) return old.result;
  const record: Record = { units: new Map(), ranks: '', ids: null, files: new Map() };
  const result = resolve(recording(index, record));
  record.ranks = ranks(record, index);
  kept.delete(slot);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(slot, { key, record, result });
  return result;
}
