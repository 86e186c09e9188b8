/**
 * Positions inside a YAML text value: finds the n-th `[[…]]` token in the scalar's raw source, so a
 * diagnostic points at the token itself even in folded block scalars.
 */
import type { Position } from '../diagnostics/types.js';
import { nodeAt, positionAt, type YamlPath, type YamlSource } from '../load/yaml-source.js';

/** Position of the start of the value at `path`, or of its n-th `[[` token when `refIndex` ≥ 0. */
export function positionInText(source: YamlSource, path: YamlPath, refIndex = -1): { start: Position; end: Position } {
  const node = nodeAt(source, path);
  const range = node?.range;
  if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (refIndex >= 0) {
    const raw = source.text.slice(range[0], range[1]);
    const re = /\[\[/g;
    let m: RegExpExecArray | null = null;
    for (let i = 0; i <= refIndex; i++) {
      m = re.exec(raw);
      if (!m) break;
    }
    if (m) {
      const close = raw.indexOf(']]', m.index);
      const endOffset = close >= 0 ? close + 2 : m.index + 2;
      return { start: positionAt(source, range[0] + m.index), end: positionAt(source, range[0] + endOffset) };
    }
  }
  return { start: positionAt(source, range[0]), end: positionAt(source, range[1]) };
}
