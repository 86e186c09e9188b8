/**
 * The mechanical fix of TN-DH-03: reorders the `mengingat` keys of a naskah.yaml into hierarchy and
 * chronological order by moving whole source lines, so each key keeps its own comments (a trailing
 * "# LN/TLN unverified" stays with its key, comment lines above a key move with it). A flow sequence
 * `[a, b, c]` without comments has its keys swapped in place. Anything else is left alone.
 */
import { isScalar, isSeq, type Node } from 'yaml';
import { nodeAt, type YamlSource } from '../../load/yaml-source.js';
import type { Fix } from '../types.js';

/** A fix putting the keys of `mengingat` in `order`, or undefined when it cannot be done exactly. */
export function reorderMengingatFix(source: YamlSource, order: readonly string[]): Fix | undefined {
  const seq = nodeAt(source, ['mengingat']);
  if (!isSeq(seq)) return undefined;
  const items = seq.items as Node[];
  if (!items.every((i) => isScalar(i) && typeof i.value === 'string' && i.range)) return undefined;
  const keys = items.map((i) => String((i as { value: unknown }).value));
  if (keys.length !== order.length || [...keys].sort().join('\n') !== [...order].sort().join('\n') || new Set(keys).size !== keys.length) return undefined;
  if (keys.every((k, i) => k === order[i])) return undefined;
  const text = source.text;
  const description = `urutkan Mengingat: ${order.join(', ')}`;
  const at = (k: string) => items[keys.indexOf(k)]!.range!;

  if (seq.flow) {
    const [start, end] = seq.range ?? [0, 0];
    if (text.slice(start, end).includes('#')) return undefined;
    const raw = (k: string) => text.slice(at(k)[0], at(k)[1]);
    const edits = keys.map((k, i) => ({ absPath: source.absPath, start: at(k)[0], end: at(k)[1], text: raw(order[i]!) }));
    return { description, edits };
  }

  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
  };
  const blocks = new Map<string, string>();
  let from = lineStart(at(keys[0]!)[0]);
  const first = from;
  for (const k of keys) {
    const [s, e] = at(k);
    if (text.slice(s, e).includes('\n')) return undefined;
    const end = lineEnd(e);
    const line = text.slice(lineStart(s), end);
    if (!/^\s*-\s+\S+\s*(?:#.*)?\n?$/.test(line)) return undefined;
    const block = text.slice(from, end);
    blocks.set(k, block.endsWith('\n') ? block : `${block}\n`);
    from = end;
  }
  const last = from;
  let replacement = order.map((k) => blocks.get(k)!).join('');
  if (!text.slice(first, last).endsWith('\n')) replacement = replacement.slice(0, -1);
  return { description, edits: [{ absPath: source.absPath, start: first, end: last, text: replacement }] };
}
