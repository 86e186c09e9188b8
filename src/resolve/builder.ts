/**
 * Shared machinery of the resolve phase for one document: the unit index with duplicate-id
 * detection, source positions, and the deferred text pass (texts are resolved after numbering so
 * forward references get their final numbers).
 */
import type { Code } from '../diagnostics/codes.js';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Runs, SourcePos } from '../ir/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../load/yaml-source.js';
import { TextResolver } from './text-resolver.js';
import { UnitIndex, type IndexedUnit } from './unit-index.js';

/** Removes `readonly` so a node can be filled in while it is being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A text waiting for the second pass. */
interface PendingText {
  readonly value: string;
  readonly place: { readonly path: YamlPath; readonly pasalId: string | null; readonly ayatId: string | null; readonly around: readonly string[] };
  readonly suffix: string;
  readonly set: (runs: Runs) => void;
}

/** Builds one document's IR from one YAML source. */
export class DocumentBuilder {
  readonly index = new UnitIndex();
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Other documents this one cites as `[[dokumen:id]]`: their name as a reference ends with it
   * ("Pasal 11 ayat (6) Peraturan Bupati Nomor … tentang …"), or null when the document could not be
   * loaded (its loading error is reported once; its ids are then not reported as missing).
   */
  readonly documents = new Map<string, string | null>();
  readonly #pending: PendingText[] = [];

  constructor(readonly source: YamlSource) {}

  /** The source position of the node at `path`. */
  pos(path: YamlPath): SourcePos {
    const { start } = rangeAt(this.source, path);
    return { file: this.source.file, line: start.line, column: start.column };
  }

  /** Adds an error (or the code's default severity) at the node at `path`. */
  error(code: Code, path: YamlPath, message: string, hint: string, key = false): void {
    this.diagnostics.push(diag(code, { file: this.source.file, ...rangeAt(this.source, path, key), message, hint }));
  }

  /** Registers a referable unit; reports NSK302 when an author-given id is already taken. */
  register(unit: Omit<IndexedUnit, 'order'>, path: YamlPath, explicit: boolean): void {
    const existing = this.index.add(unit);
    if (existing && explicit) {
      const idPath = typeof path[path.length - 1] === 'number' ? [...path, 'id'] : path;
      const at = rangeAt(this.source, idPath);
      this.diagnostics.push(diag('NSK302', {
        file: this.source.file, ...at,
        message: `Id \`${unit.id}\` sudah dipakai oleh unsur lain.`,
        hint: 'Ganti id ini dengan id yang unik dalam dokumen.',
        related: existing.source ? [{ message: 'Id itu sudah didefinisikan di sini.', file: existing.source.file, start: { line: existing.source.line, column: existing.source.column } }] : [],
      }));
    }
  }

  /** Queues a text for the second pass; `suffix` is the final punctuation naskah adds. */
  text(value: string, place: PendingText['place'], suffix: string, set: (runs: Runs) => void): void {
    this.#pending.push({ value, place, suffix, set });
  }

  /** Runs the second pass: resolves every queued text. */
  resolveTexts(): void {
    const resolver = new TextResolver(this.index, this.documents);
    for (const p of this.#pending) {
      const place = { ...p.place, source: this.source };
      if (p.suffix !== '') resolver.checkNoFinalPunctuation(p.value, place);
      p.set(resolver.runs(p.value, place, p.suffix));
    }
    this.diagnostics.push(...resolver.diagnostics);
  }
}
