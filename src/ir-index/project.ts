/**
 * All documents of one project under lint together, for cross-document rules: references from the
 * Pedoman and the Keputusan to Perbup units, terms that must agree, the SLRT structure named in the
 * Keputusan against the Perbup's kelembagaan.
 */
import type { JenisNaskah } from '../ir/types.js';
import type { DocumentIndex } from './document.js';

/** The documents of a project that loaded far enough to have an IR. */
export class ProjectIndex {
  constructor(readonly documents: readonly DocumentIndex[]) {}

  /** Documents of one kind. */
  ofJenis(jenis: JenisNaskah): DocumentIndex[] {
    return this.documents.filter((d) => d.jenis === jenis);
  }

  /** The document with this id (the folder name under content/). */
  byId(id: string): DocumentIndex | undefined {
    return this.documents.find((d) => d.ir.id === id);
  }
}
