/**
 * Parsed YAML sources kept on disk between runs (issue 11): parsing the SLRT sources with the `yaml`
 * library took 0.1–0.4 s of every cold `naskah check`. An entry holds what a parse gives the later
 * phases — the node tree with each node's range and scalar style, the line starts, and the plain value
 * — and is rebuilt into `yaml` nodes of the same classes on a hit, so every file:line:col stays exact.
 *
 * Trusted only when verified (src/util/cache.ts): keyed by the SHA-256 of the source bytes and the file's
 * display path, made by the exact `yaml` version and the running build of naskah (src/util/code-digest.ts;
 * unbundled code caches nothing); a corrupt, foreign or stale entry is parsed again and replaced.
 * Only what round-trips exactly is stored: a source with findings, tags, complex keys,
 * or values JSON cannot carry (±Infinity, NaN, -0) is always parsed.
 */
import { createHash } from 'node:crypto';
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { VerifiedCache } from '../util/cache.js';
import { codeCache, codeCachesWritable, packageVersion } from '../util/code-digest.js';

type Range = [number, number, number];
/** A node as stored: scalar, map (keys and values alternating) or sequence. */
type Encoded =
  | { readonly a: string; readonly r: Range }
  | { readonly s: string | number | boolean | null; readonly t: string | null; readonly r: Range; readonly n?: string }
  | { readonly m: (Encoded | null)[]; readonly f: boolean; readonly r: Range; readonly n?: string }
  | { readonly q: (Encoded | null)[]; readonly f: boolean; readonly r: Range; readonly n?: string };

/** What a parse without findings gives the later phases. */
export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly data: unknown;
}

/** One stored parse. */
export interface YamlEntry {
  readonly tree: Encoded | null;
  readonly lines: number[];
  readonly data: unknown;
}

class Unsupported extends Error {}

let store: VerifiedCache<YamlEntry> | null | undefined;

function storeOf(): VerifiedCache<YamlEntry> | null {
  if (store === undefined) {
    const version = packageVersion('yaml');
    store = version === null ? null : codeCache<YamlEntry>('yaml', `yaml@${version}`);
  }
  return store;
}

/** The entry's name: the build is part of it, so two builds of naskah on one machine keep their own entries. */
function keyOf(tool: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(tool).update('\u0000').update(file).update('\u0000').update(bytes).digest('hex');
}

function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(jsonSafe);
  return false;
}

function rangeOf(node: Node): Range {
  const r = node.range;
  if (!r) throw new Unsupported();
  return [r[0], r[1], r[2]];
}

function encode(node: unknown): Encoded | null {
  if (node === null || node === undefined) return null;
  const n = node as Node & { anchor?: string; tag?: string };
  if (n.tag !== undefined) throw new Unsupported();
  // An anchor (&name) is kept on its node; an alias (*name) stays an alias node: the plain value, with
  // aliases expanded, is stored whole beside the tree.
  if (isAlias(n)) return { a: n.source, r: rangeOf(n) };
  const anchor = typeof n.anchor === 'string' ? { n: n.anchor } : {};
  if (isScalar(n)) {
    if (!jsonSafe(n.value) || typeof n.value === 'object' && n.value !== null) throw new Unsupported();
    return { s: n.value as string | number | boolean | null, t: n.type ?? null, r: rangeOf(n), ...anchor };
  }
  if (isMap(n) && n.constructor === YAMLMap) {
    const items: (Encoded | null)[] = [];
    for (const pair of n.items) {
      if (!isPair(pair) || !isScalar(pair.key)) throw new Unsupported();
      items.push(encode(pair.key), encode(pair.value));
    }
    return { m: items, f: n.flow === true, r: rangeOf(n), ...anchor };
  }
  if (isSeq(n) && n.constructor === YAMLSeq) return { q: n.items.map((item) => encode(item)), f: n.flow === true, r: rangeOf(n), ...anchor };
  throw new Unsupported();
}

function decode(e: Encoded | null): Node | null {
  if (e === null) return null;
  if ('a' in e) {
    const a = new Alias(e.a);
    a.range = e.r;
    return a as unknown as Node;
  }
  const node = decodeNode(e);
  if (typeof e.n === 'string') node.anchor = e.n;
  return node;
}

function decodeNode(e: Exclude<Encoded, { a: string }>): Scalar | YAMLMap | YAMLSeq {
  if ('s' in e) {
    const s = new Scalar(e.s);
    if (e.t !== null) s.type = e.t as Scalar.Type;
    s.range = e.r;
    return s;
  }
  if ('m' in e) {
    const m = new YAMLMap();
    for (let i = 0; i < e.m.length; i += 2) m.items.push(new Pair(decode(e.m[i]!), decode(e.m[i + 1]!)));
    if (e.f) m.flow = true;
    m.range = e.r;
    return m;
  }
  const q = new YAMLSeq();
  for (const item of e.q) q.items.push(decode(item));
  if (e.f) q.flow = true;
  q.range = e.r;
  return q;
}

/** A stored parse rebuilt into `yaml` nodes; throws on an entry of the wrong shape. */
export function fromEntry(entry: YamlEntry): ParsedYaml {
  if (!Array.isArray(entry.lines)) throw new TypeError('yaml cache entry without line starts');
  const lineCounter = new LineCounter();
  for (const offset of entry.lines) lineCounter.addNewLine(offset);
  const doc = new Document() as Document.Parsed;
  doc.contents = decode(entry.tree) as Document.Parsed['contents'];
  return { doc, lineCounter, data: entry.data };
}

/** What to store of a parse without findings; null when something in it would not round-trip exactly. */
export function toEntry(parsed: ParsedYaml): YamlEntry | null {
  if (!jsonSafe(parsed.data)) return null;
  try {
    return { tree: encode(parsed.doc.contents), lines: [...parsed.lineCounter.lineStarts], data: parsed.data };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** The parse of `bytes` stored by an earlier run, rebuilt; undefined when there is none that verifies. */
export function cachedParse(file: string, bytes: Uint8Array): ParsedYaml | undefined {
  const cache = storeOf();
  const entry = cache?.get(keyOf(cache.tool, file, bytes));
  if (!entry) return undefined;
  try {
    return fromEntry(entry);
  } catch {
    return undefined;
  }
}

/** Stores a parse without findings, when everything in it round-trips exactly. */
export function storeParse(file: string, bytes: Uint8Array, parsed: ParsedYaml): void {
  const cache = codeCachesWritable() ? storeOf() : null;
  const entry = cache ? toEntry(parsed) : null;
  if (cache && entry) cache.set(keyOf(cache.tool, file, bytes), entry);
}
