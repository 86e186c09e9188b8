/**
 * A YAML file parsed again after an edit that stays inside one item of a block sequence — a Menimbang,
 * a Pasal, an ayat — by parsing that item alone and putting it in place of the old one (issue 12: the
 * preview parses the SLRT Perbup's 1,200 lines on every save, ± 12 ms of the 150). The result is what
 * a full parse gives: the same node classes, values, styles and ranges, the same line starts
 * (test/load/yaml-splice.test.ts compares the two over thousands of edits of the real sources).
 *
 * An item of a block sequence is self-contained: it begins with "- " on a line of its own indentation
 * and ends where the next line of content at that indentation or less begins; with the text up to that
 * line unchanged around it, it parses alone as it parses in place. Anything else parses whole (`null`):
 * an edit outside every item, one that reaches the "- " or the line break before that next line, an
 * item that parses alone with an error or a warning, into more or fewer than one item, or into another
 * kind of node; anchors, aliases and tags in the item (an alias elsewhere may name its anchor); a comment
 * after a value (which node it belongs to depends on the lines after it), an edit next to a "#";
 * directives and document markers. The random edits of the test found each of these limits.
 *
 * Nothing of the earlier parse is changed: nodes before the item are shared (their ranges hold),
 * the item is the new parse's, nodes after it and the item's ancestors are copies with their ranges
 * moved by the length the edit added.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** An earlier parse of the file. */
export interface ParsedText {
  readonly text: string;
  readonly doc: Document.Parsed;
}

type Range = [number, number, number];

/**
 * Whether the comments of an item's text are all of a kind that parses the same alone and in place:
 * whole lines with more of the item's value after them (a note above a key). A comment after a value
 * on its line, or after the item's value, ends a node where the lines that follow decide.
 */
function commentsSafe(chunk: string, valueEnd: number): boolean {
  for (const m of chunk.matchAll(/(^|[ \t])#/gm)) {
    const at = m.index + m[1]!.length;
    const line = chunk.lastIndexOf('\n', at - 1) + 1;
    if (chunk.slice(line, at).trim() !== '' || at >= valueEnd) return false;
  }
  return true;
}

/** Whether the edit [start, end) of the old text lies in a node's value. */
const holds = (r: readonly number[], start: number, end: number): boolean => r[0]! <= start && end <= r[1]!;

/** The deepest item of a block sequence under `node` whose value holds [start, end) of the old text. */
function deepestItem(node: unknown, start: number, end: number, best: Node | null): Node | null {
  if (isSeq(node) && !node.flow) {
    for (const item of node.items) {
      const r = (item as Node | null)?.range;
      if (r && holds(r, start, end)) return deepestItem(item, start, end, item as Node);
    }
  } else if (isMap(node) && !node.flow) {
    for (const pair of node.items) {
      const r = (pair.value as Node | null)?.range;
      if (r && holds(r, start, end)) return deepestItem(pair.value, start, end, best);
    }
  }
  return best;
}

/** Whether a subtree has an anchor, an alias or a tag. */
function marked(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Node(_, n) {
      if (isAlias(n) || (n as { anchor?: string }).anchor !== undefined || (n as { tag?: string }).tag !== undefined) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The line starts of `text` as a full parse records them. */
export function lineCounterOf(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/**
 * A copy of one node, pair or document (its own properties), not of its children. `yaml` marks a node's
 * kind with a symbol property that is not enumerable (and so not copied by Object.assign): set again.
 */
function copy<T extends object>(node: T): T {
  const out = Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node);
  for (const key of Object.getOwnPropertySymbols(node)) {
    if (!Object.prototype.propertyIsEnumerable.call(node, key)) Object.defineProperty(out, key, { value: (node as Record<symbol, unknown>)[key] });
  }
  return out;
}

/**
 * `node` for the new text: shared when it ends before `from` (the start of the replaced item's line),
 * the new item in place of `old`, else a copy with its offsets mapped by `at`.
 */
function moved(node: unknown, old: Node, replacement: Node, from: number, at: (offset: number) => number): unknown {
  if (node === old) return replacement;
  if (node === null || typeof node !== 'object') return node;
  if (isPair(node)) {
    const pair = copy(node as Pair);
    pair.key = moved(node.key, old, replacement, from, at);
    pair.value = moved(node.value, old, replacement, from, at);
    return pair;
  }
  const n = node as Node;
  if (n.range && n.range[2] < from) return node;
  const out = copy(n);
  if (n.range) out.range = n.range.map(at) as Range;
  if (isMap(n) || isSeq(n)) (out as YAMLMap | YAMLSeq).items = (n as YAMLMap | YAMLSeq).items.map((c: unknown) => moved(c, old, replacement, from, at)) as never;
  return out;
}

/**
 * Where the text an item's parse depends on ends: the first line after the item's last character that
 * is neither blank nor a comment and is indented no deeper than the item's "-" (`indent`). Everything
 * in the item is indented deeper, so that line ends the item whatever the item holds; the blank and
 * comment lines before it may belong to the item (a literal block keeps trailing blank lines).
 */
function contextEnd(text: string, from: number, indent: number): number {
  let line = text.lastIndexOf('\n', from - 1) + 1;
  if (line < from) line = text.indexOf('\n', from) + 1 || text.length;
  while (line < text.length) {
    const next = text.indexOf('\n', line);
    const stop = next === -1 ? text.length : next;
    const m = /^( *)([^\s#])/.exec(text.slice(line, stop));
    if (m && m[1]!.length <= indent) return line;
    line = stop + 1;
  }
  return text.length;
}

/** The new item's offsets, from its own text to the file's. */
function shiftAll(node: Node, by: number): void {
  // Pairs have no range of their own; their keys and values are visited as nodes.
  visit(node, {
    Node(_, n) {
      if (n.range) n.range = n.range.map((o) => o + by) as Range;
    },
  });
}

/** The new text's document and line starts by parsing only the edited item, or null to parse the whole text. */
export function spliceParse(earlier: ParsedText, text: string): { doc: Document.Parsed; lineCounter: LineCounter } | null {
  const before = earlier.text;
  if (before === text || earlier.doc.errors.length > 0 || earlier.doc.warnings.length > 0) return null;
  if (/^(?:---|\.\.\.|%)/m.test(text) || /^(?:---|\.\.\.|%)/m.test(before)) return null;
  let p = 0;
  const shorter = Math.min(before.length, text.length);
  while (p < shorter && before.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < shorter - p && before.charCodeAt(before.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const start = p;
  const end = before.length - s;
  const delta = text.length - before.length;
  // An edit that makes or unmakes a comment parses whole (a comment's place in the tree, and so the
  // extent of the node before it, depends on the lines around it).
  if (before.slice(Math.max(0, start - 1), end + 1).includes('#') || text.slice(Math.max(0, start - 1), end + delta + 1).includes('#')) return null;
  const old = deepestItem(earlier.doc.contents, start, end, null);
  if (old === null || marked(old)) return null;
  const range = old.range!;
  const lineStart = before.lastIndexOf('\n', range[0] - 1) + 1;
  const dash = /^( *)- +$/.exec(before.slice(lineStart, range[0]));
  if (dash === null || start <= lineStart) return null;
  const stop = contextEnd(before, range[2], dash[1]!.length);
  // The line break before that line is not edited (else the line would join the item).
  if (end >= stop || !commentsSafe(before.slice(lineStart, stop), range[1] - lineStart)) return null;
  const chunk = text.slice(lineStart, stop + delta);
  const part = parseDocument(chunk, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (part.errors.length > 0 || part.warnings.length > 0) return null;
  const seq = part.contents;
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1) return null;
  const item = seq.items[0] as Node | null;
  if (!item?.range || item.range[0] !== range[0] - lineStart || item.range[2] > chunk.length || !commentsSafe(chunk, item.range[1]) || marked(item) || !sameKind(item, old)) return null;
  shiftAll(item, lineStart);
  const now = item.range;
  // Old offsets: before the item as they were; the item's ends (its ancestors end where it ends, with
  // its line break: its node end first) where the new item ends; after the item, moved by the edit's length.
  const at = (o: number): number => (o < range[0] ? o : o === range[2] ? now[2] : o === range[1] ? now[1] : o + delta);
  const doc = copy(earlier.doc);
  doc.contents = moved(earlier.doc.contents, old, item, lineStart, at) as Document.Parsed['contents'];
  if (earlier.doc.range) doc.range = earlier.doc.range.map(at) as Range;
  return { doc, lineCounter: lineCounterOf(text) };
}

/** A scalar stays a scalar, a map a map, a sequence a sequence (a change of kind parses whole: simpler to trust). */
function sameKind(a: Node, b: Node): boolean {
  return (isScalar(a) && isScalar(b)) || (isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b));
}
