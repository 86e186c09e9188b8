/**
 * Rincian: labels a. › 1. › a) › 1) (TN-RIN-06) and the punctuation authors never type (TN-RIN-04,
 * TN-RIN-05, TN-RIN-07…10): ";" after each item, "; dan" / "; atau" / "; dan/atau" after the
 * penultimate one, ":" after an item with sub-items, whose last sub-item carries the item's own ending.
 */
import type { ButirSource, JenisRincian } from '../load/rincian-source.js';
import type { Rincian } from '../ir/types.js';
import type { YamlPath } from '../load/yaml-source.js';
import { rincianLabel, rincianValue, rincianWord } from '../ir/numbering.js';
import type { DocumentBuilder, Mutable } from './builder.js';
import type { Segment } from './unit-index.js';

export type { ButirSource, JenisRincian };

const CONJUNCTION: Record<JenisRincian, string> = { kumulatif: 'dan', alternatif: 'atau', 'kumulatif-alternatif': 'dan/atau' };

/** Ending of the i-th of n items in a list of a kind whose last item ends with `listEnding`. */
export function itemEnding(i: number, n: number, kind: JenisRincian, listEnding: string): string {
  if (i === n - 1) return listEnding;
  if (i === n - 2) return `; ${CONJUNCTION[kind]}`;
  return ';';
}

/** Where a list stands in the document. */
export interface ListPlace {
  readonly pasalId: string | null;
  readonly ayatId: string | null;
  /** Address of the unit holding the list, e.g. [Pasal 5, ayat (2)]. */
  readonly chain: readonly Segment[];
  /** Id of the unit holding the list. */
  readonly parentId: string;
  readonly around: readonly string[];
  readonly path: YamlPath;
}

/** Builds a rincian list (numbering now, text in the builder's second pass). */
export function buildRincian(b: DocumentBuilder, items: readonly ButirSource[], kind: JenisRincian, depth: number, listEnding: string, place: ListPlace): Rincian[] {
  if (depth > 4) {
    b.error('NSK309', place.path, 'Rincian lebih dari empat tingkat.', 'Pecah rincian ke dalam ayat atau pasal lain (a. › 1. › a) › 1)).');
    return [];
  }
  return items.map((item, i) => {
    const path = [...place.path, i];
    const value = typeof item === 'string' ? { teks: item } : item;
    const id = value.id ?? `${place.parentId}.${rincianValue(depth, i + 1)}`;
    const chain: Segment[] = [...place.chain, { word: rincianWord(depth), value: rincianValue(depth, i + 1) }];
    const textPath = typeof item === 'string' ? path : [...path, 'teks'];
    const node: Mutable<Rincian> = { kind: 'rincian', id, label: rincianLabel(depth, i + 1), depth, isi: [], rincian: [], definisi: null, source: b.pos(path) };
    b.register({ id, kind: 'rincian', chain, pasalId: place.pasalId, ayatId: place.ayatId, parentKey: place.parentId, position: i + 1, source: node.source }, path, value.id !== undefined);
    const ending = itemEnding(i, items.length, kind, listEnding);
    const around = [...place.around, id];
    const hasSub = value.butir !== undefined && value.rincian !== undefined;
    b.text(value.teks, { path: textPath, pasalId: place.pasalId, ayatId: place.ayatId, around }, hasSub ? ':' : ending, (runs) => (node.isi = runs));
    if (hasSub) node.rincian = buildRincian(b, value.butir!, value.rincian!, depth + 1, ending, { ...place, chain, parentId: id, around, path: [...path, 'butir'] });
    return node as Rincian;
  });
}

