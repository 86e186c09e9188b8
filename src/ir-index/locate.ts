/**
 * Positions of words inside a YAML text value. The value of a folded or plain multi-line scalar differs
 * from its source (line breaks and indentation become one space, quotes and escapes disappear), so the
 * value is walked against its source character by character to map every value offset to a file offset.
 * The same map tells whether a replacement can be spliced into the file exactly (for `--fix`).
 */
import { isScalar, type Node, type Scalar } from 'yaml';
import type { Position } from '../diagnostics/types.js';
import { positionAt, type YamlSource } from '../load/yaml-source.js';

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** Maps offsets of a scalar's string value to offsets in its source file. */
export class ScalarMap {
  readonly #offsets: (number | null)[];

  constructor(readonly source: YamlSource, readonly node: Scalar, readonly value: string) {
    this.#offsets = mapOffsets(source.text, node, value);
  }

  /** File offset of the value character at `index`, or null when it has no counterpart in the source. */
  offset(index: number): number | null {
    return this.#offsets[Math.max(0, Math.min(index, this.#offsets.length - 1))] ?? null;
  }

  /** Start and end positions of the value span [index, index + length). */
  positions(index: number, length: number): { start: Position; end: Position } | null {
    const first = this.offset(index);
    const last = this.offset(index + Math.max(length, 1) - 1);
    if (first === null || last === null) return null;
    return { start: positionAt(this.source, first), end: positionAt(this.source, last + 1) };
  }

  /**
   * File offsets of the value span when the span is written verbatim on one stretch of the source
   * (no line fold, quote escape or indentation inside it); null otherwise.
   */
  exactSpan(index: number, length: number): { start: number; end: number } | null {
    if (length === 0) {
      const at = this.offset(index);
      return at === null ? null : { start: at, end: at };
    }
    const first = this.offset(index);
    if (first === null) return null;
    for (let k = 1; k < length; k++) if (this.offset(index + k) !== first + k) return null;
    const raw = this.source.text.slice(first, first + length);
    return raw === this.value.slice(index, index + length) ? { start: first, end: first + length } : null;
  }
}

/** The text scalar of a node (itself when it is a string scalar). */
export function stringScalar(node: Node | null | undefined): Scalar<string> | null {
  return isScalar(node) && typeof node.value === 'string' ? (node as Scalar<string>) : null;
}

function contentStart(text: string, node: Scalar): number {
  const start = node.range?.[0] ?? 0;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const newline = text.indexOf('\n', start);
    return newline < 0 ? start : newline + 1;
  }
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return start + 1;
  return start;
}

function mapOffsets(text: string, node: Scalar, value: string): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(value.length).fill(null);
  const end = node.range?.[1] ?? text.length;
  let j = contentStart(text, node);
  for (let i = 0; i < value.length; ) {
    if (j >= end) break;
    const v = value[i];
    const r = text[j];
    if (v === r) {
      out[i++] = j++;
    } else if (isSpace(r)) {
      j++;
    } else if (isSpace(v)) {
      out[i++] = j;
    } else {
      // An escape or a doubled quote in the source: skip the source character.
      j++;
    }
  }
  return out;
}
