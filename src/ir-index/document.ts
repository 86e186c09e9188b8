/**
 * A read-only index over one document's IR (built in one direction: IR → index, never back): the IR,
 * its YAML source when there is one (for exact positions and fixes), and the views lint rules
 * share (author texts, defined terms, unit order), each computed once on first use.
 */
import type { JenisNaskah, Naskah } from '../ir/types.js';
import type { YamlSource } from '../load/yaml-source.js';
import { collectTexts } from './collect.js';
import { collectTerms, type DefinedTerms } from './istilah.js';
import { SourceIndex } from './source-index.js';
import type { AuthorText, TextKind } from './text.js';
import { UnitOrder } from './units.js';

/** What the lint phase receives for one document. */
export interface IndexInput {
  readonly ir: Naskah;
  /** The document's naskah.yaml; null when linting an IR alone (positions then fall back to units). */
  readonly source: YamlSource | null;
  /** Display path of the document's main file. */
  readonly file: string;
  /** content/dasar-hukum.yaml, for rules on Mengingat. */
  readonly registry?: YamlSource | null;
  /** content/daerah.yaml, for rules on names and signatures. */
  readonly daerah?: YamlSource | null;
}

/** The region a document belongs to, read from the IR. */
export interface Region {
  /** "Bupati" or "Wali Kota". */
  readonly kepala: string;
  /** "Kabupaten Purwakarta". */
  readonly namaDaerah: string;
  /** "Purwakarta". */
  readonly nama: string;
}

/** A document under lint. */
export class DocumentIndex {
  #index: SourceIndex | null | undefined;
  #texts: readonly AuthorText[] | undefined;
  #terms: DefinedTerms | undefined;
  #units: UnitOrder | undefined;
  readonly #byKinds = new Map<string, readonly AuthorText[]>();

  constructor(readonly input: IndexInput) {}

  get ir(): Naskah {
    return this.input.ir;
  }

  get source(): YamlSource | null {
    return this.input.source;
  }

  get file(): string {
    return this.input.file;
  }

  get jenis(): JenisNaskah {
    return this.input.ir.jenis;
  }

  /** Index of the source's nodes by position (null without a source). */
  get index(): SourceIndex | null {
    if (this.#index === undefined) this.#index = this.input.source ? new SourceIndex(this.input.source) : null;
    return this.#index;
  }

  /** Every author text in document order. */
  get texts(): readonly AuthorText[] {
    this.#texts ??= collectTexts(this.ir, this.source, this.index, this.file);
    return this.#texts;
  }

  /** Texts of the given kinds (cached per combination of kinds). */
  textsOf(...kinds: readonly TextKind[]): readonly AuthorText[] {
    const key = kinds.join(' ');
    let found = this.#byKinds.get(key);
    if (!found) {
      const wanted = new Set(kinds);
      found = this.texts.filter((t) => wanted.has(t.kind));
      this.#byKinds.set(key, found);
    }
    return found;
  }

  /** Definitions of Ketentuan Umum. */
  get terms(): DefinedTerms {
    this.#terms ??= collectTerms(this.ir, this.texts);
    return this.#terms;
  }

  /** Units and references in reading order. */
  get units(): UnitOrder {
    this.#units ??= new UnitOrder(this.ir);
    return this.#units;
  }

  /** "Peraturan Bupati" or "Keputusan Bupati" (the jenis as running text names it). */
  get jenisPeraturan(): string {
    const kepala = this.region.kepala;
    return this.jenis === 'keputusan-bupati' ? `Keputusan ${kepala}` : `Peraturan ${kepala}`;
  }

  /** The region, from the IR's author ("Pemerintah Kabupaten Purwakarta") and jabatan ("BUPATI PURWAKARTA,"). */
  get region(): Region {
    const namaDaerah = this.ir.metadata.author.replace(/^Pemerintah\s+/, '').trim();
    const nama = namaDaerah.replace(/^(Kabupaten|Kota)\s+/, '');
    const kepala = /^(?:(?:Pj|Plt)\.\s+)?WALI\s*KOTA\b/i.test(this.ir.pembukaan.jabatan) ? 'Wali Kota' : 'Bupati';
    return { kepala, namaDaerah, nama };
  }
}
