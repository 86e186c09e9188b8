/**
 * The index of every referable unit of a document: its kind, its number chain and its place in
 * document order. Built in the numbering pass, read when reference phrases are rendered.
 */
import type { SourcePos } from '../ir/types.js';

/** One segment of a unit's address, e.g. {word: "Pasal", value: "5"} or {word: "ayat", value: "(2)"}. */
export interface Segment {
  readonly word: string;
  readonly value: string;
}

/** What can be referred to. */
export type UnitKind = 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'rincian' | 'definisi' | 'lampiran' | 'menimbang' | 'diktum';

/** A referable unit. */
export interface IndexedUnit {
  readonly id: string;
  readonly kind: UnitKind;
  /** Full address from the top, e.g. [Pasal 5, ayat (2), huruf a]. */
  readonly chain: readonly Segment[];
  /** Id of the Pasal that contains (or is) this unit, if any. */
  readonly pasalId: string | null;
  /** Id of the ayat that contains (or is) this unit, if any. */
  readonly ayatId: string | null;
  /** Id of the parent list/unit (siblings share it; consecutive `position`s form ranges). */
  readonly parentKey: string;
  /** 1-based position among its siblings. */
  readonly position: number;
  /** Document order. */
  readonly order: number;
  readonly source: SourcePos | null;
}

/** What is read of an index: a unit by id, and every id (for suggestions). */
export type UnitLookup = Pick<UnitIndex, 'get' | 'ids'>;

/** The index with duplicate detection left to the caller. */
export class UnitIndex {
  readonly #units = new Map<string, IndexedUnit>();
  #order = 0;

  /** Adds a unit; returns the existing unit when the id is taken. */
  add(unit: Omit<IndexedUnit, 'order'>): IndexedUnit | undefined {
    const existing = this.#units.get(unit.id);
    if (existing) return existing;
    this.#units.set(unit.id, { ...unit, order: this.#order++ });
    return undefined;
  }

  get(id: string): IndexedUnit | undefined {
    return this.#units.get(id);
  }

  ids(): IterableIterator<string> {
    return this.#units.keys();
  }

  units(): IterableIterator<IndexedUnit> {
    return this.#units.values();
  }
}
