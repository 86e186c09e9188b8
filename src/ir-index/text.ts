/**
 * An author text as rules read it: the words the drafter typed (`*italic*` and `[[id]]` kept as typed,
 * without the final punctuation naskah adds), where it stands in the document, and how to point at
 * (or splice into) any span of it in the YAML source. Without a source the text is rebuilt from the IR
 * and findings point at the unit.
 */
import type { Position } from '../diagnostics/types.js';
import type { Ayat, Bab, Diktum, Pasal, Rincian, Runs, SourcePos } from '../ir/types.js';
import type { TextEdit } from '../diagnostics/types.js';
import type { ScalarMap } from './locate.js';

/** What kind of text it is. */
export type TextKind =
  | 'tentang'
  | 'menimbang'
  | 'judul-bab'
  | 'judul-bagian'
  | 'judul-paragraf'
  | 'ayat'
  | 'rincian'
  | 'istilah'
  | 'definisi'
  | 'diktum'
  | 'lampiran-judul'
  | 'lampiran-subjudul'
  | 'lampiran-alinea'
  | 'lampiran-rincian';

/** Where a text stands. */
export interface TextContext {
  readonly bab: Bab | null;
  readonly pasal: Pasal | null;
  readonly ayat: Ayat | null;
  readonly diktum: Diktum | null;
  /** The rincian item holding the text (rincian, istilah, definisi). */
  readonly rincian: Rincian | null;
  /** Index among its siblings and their count, for items of a list. */
  readonly list: { readonly index: number; readonly count: number } | null;
  /** True when the text introduces a list (its sentence ends with ":"). */
  readonly opensList: boolean;
  readonly lampiran: number | null;
}

/** A located place: file and 1-based start/end. */
export interface Located {
  readonly file: string;
  readonly start: Position;
  readonly end?: Position;
}

/** One text typed by the author. */
export class AuthorText {
  /** The text with every `[[…]]` replaced by "§" characters of the same length (offsets unchanged). */
  readonly masked: string;

  constructor(
    readonly kind: TextKind,
    /** The typed text: `*italic*` and `[[id]]` as typed, no generated final punctuation. */
    readonly value: string,
    readonly context: TextContext,
    /** The IR node holding the text (for its source position). */
    readonly unit: { readonly source: SourcePos | null } | null,
    /** Document order of the text. */
    readonly order: number,
    /** Display path of the document, used when nothing better is known. */
    readonly file: string,
    readonly map: ScalarMap | null,
  ) {
    this.masked = value.replace(/\[\[[^\]]*\]\]/g, (m) => '§'.repeat(m.length));
  }

  /** True when the text comes from the YAML source (positions are exact, fixes possible). */
  get fromSource(): boolean {
    return this.map !== null;
  }

  /** Where the span [index, index + length) is; the unit (or the file start) without a source. */
  locate(index = 0, length = this.value.length): Located {
    const span = this.map?.positions(index, length);
    if (span && this.map) return { file: this.map.source.file, ...span };
    const pos = this.unit?.source;
    if (pos) return { file: pos.file, start: { line: pos.line, column: pos.column } };
    return { file: this.file, start: { line: 1, column: 1 } };
  }

  /** First and last source line of the whole YAML value (header line included), or null without a source. */
  lines(): { readonly first: number; readonly last: number } | null {
    const range = this.map?.node.range;
    if (!range || !this.map) return null;
    return { first: this.map.source.lineCounter.linePos(range[0]).line, last: this.map.source.lineCounter.linePos(Math.max(range[0], range[1] - 1)).line };
  }

  /** An edit replacing the span by `text`, or null when the span cannot be spliced exactly. */
  edit(index: number, length: number, text: string): TextEdit | null {
    const span = this.map?.exactSpan(index, length);
    if (!span || !this.map) return null;
    return { absPath: this.map.source.absPath, start: span.start, end: span.end, text };
  }
}

const GENERATED_END = /(?:;\s*(?:dan\/atau|dan|atau)|[.;:,])$/;

/** Rebuilds author syntax from IR runs; with `stripEnd`, drops the final punctuation naskah added. */
export function authorSyntax(runs: Runs, stripEnd: boolean): string {
  const text = runs
    .map((r) => (r.kind === 'text' ? r.text : r.kind === 'italic' ? `*${r.text}*` : `[[${r.targets.join(', ')}]]`))
    .join('')
    .trim();
  return stripEnd ? text.replace(GENERATED_END, '').trimEnd() : text;
}

/** Plain text of IR runs (what the reader sees). */
export function runsText(runs: Runs): string {
  return runs.map((r) => r.text).join('');
}
