/**
 * Finds the YAML node of an IR unit from the unit's source position: every unit of the IR carries the
 * line and column where its YAML node starts (src/ir/types.ts), so the node, and the text scalar under
 * it (`teks`, `arti`, …), can be found again without repeating the resolver's walk.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { SourcePos } from '../ir/types.js';
import type { YamlSource } from '../load/yaml-source.js';
import { stringScalar } from './locate.js';
import type { Scalar } from 'yaml';

/** Index of a YAML source's nodes by start offset. */
export class SourceIndex {
  readonly #collections = new Map<number, Node>();
  readonly #scalars = new Map<number, Node>();

  constructor(readonly source: YamlSource) {
    const walk = (node: unknown): void => {
      if (isMap(node) || isSeq(node)) {
        this.#collections.set(node.range?.[0] ?? -1, node);
        for (const item of node.items) {
          if (isPair(item)) {
            walk(item.key);
            walk(item.value);
          } else walk(item);
        }
      } else if (isScalar(node)) {
        const at = node.range?.[0] ?? -1;
        if (!this.#scalars.has(at)) this.#scalars.set(at, node);
      }
    };
    walk(source.doc.contents);
  }

  /** File offset of a 1-based position. */
  offsetOf(pos: { readonly line: number; readonly column: number }): number {
    return (this.source.lineCounter.lineStarts[pos.line - 1] ?? 0) + pos.column - 1;
  }

  /** The node that starts at a unit's position (a map in preference to its first key), or null. */
  nodeAt(pos: SourcePos | null): Node | null {
    if (!pos || pos.file !== this.source.file) return null;
    const at = this.offsetOf(pos);
    return this.#collections.get(at) ?? this.#scalars.get(at) ?? null;
  }

  /**
   * The author's text scalar of a unit: the node itself for a plain string item, else the first of
   * `keys` present in its map. Null when the unit has no typed text (a generated formula).
   */
  textOf(pos: SourcePos | null, keys: readonly string[]): Scalar<string> | null {
    const node = this.nodeAt(pos);
    if (!node) return null;
    if (isScalar(node)) return stringScalar(node);
    if (!isMap(node)) return null;
    for (const key of keys) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair) return stringScalar(pair.value as Node);
    }
    return null;
  }

  /** True when the unit's map has the key (e.g. `definisi` or `formula` on a Pasal). */
  hasKey(pos: SourcePos | null, key: string): boolean {
    const node = this.nodeAt(pos);
    return isMap(node) && node.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  }
}
