/**
 * The set of paragraphs that break across pages (catchwords, TN-TYP-07; see
 * templates/typst/naskah/catchword.typ) and the page map the footers and headers print from (each
 * page's catchword words, the pages that begin a part), as the renderer passes them to the template
 * and reads them back, and the fingerprint of every input a layout depends on, so a set kept from
 * an earlier render can be trusted only for exactly the same input.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { identityMemo } from '../../util/identity-memo.js';

/** Separates group and key in the flat set (the template uses the same separator). */
const SEPARATOR = '\u0001';

/** A split set as stored: sorted `group␁key` strings. */
export type SplitList = readonly string[];

/** Flat set → `{ group: { key: true } }`, sorted, as the template reads it. */
export function splitToJson(split: Iterable<string>): Record<string, Record<string, true>> {
  const result: Record<string, Record<string, true>> = {};
  for (const x of [...split].sort()) {
    const i = x.indexOf(SEPARATOR);
    if (i < 0) continue;
    const g = x.slice(0, i);
    (result[g] ??= {})[x.slice(i + 1)] = true;
  }
  return result;
}

/**
 * What a layout reports and a later layout may start from: the split set and the page map (the JSON
 * text of `pages.json`, null when the footers are to look the map up in the document themselves).
 */
export interface KeptLayout {
  readonly split: SplitList;
  readonly pages: string | null;
}

/** Nothing kept: no paragraph marked, footers and headers query the document. */
export const NOTHING_KEPT: KeptLayout = { split: [], pages: null };

/** The split set and the page map from the `<catchword-map>` query result. */
export function layoutFromQuery(result: unknown): KeptLayout {
  const first: unknown = Array.isArray(result) ? result[0] : null;
  const map = first !== null && typeof first === 'object' ? (first as Record<string, unknown>) : {};
  const p = map.split;
  const out: string[] = [];
  if (p !== null && typeof p === 'object') {
    for (const [g, keys] of Object.entries(p as Record<string, unknown>)) {
      if (keys !== null && typeof keys === 'object') for (const k of Object.keys(keys)) out.push(g + SEPARATOR + k);
    }
  }
  // Keys in the order Typst wrote them (page order): the same layout gives the same text.
  const pages = JSON.stringify({ pages: map.pages ?? {}, 'part-starts': map['part-starts'] ?? {}, 'part-pages': map['part-pages'] ?? {} });
  return { split: out.sort(), pages };
}

/** Same members (both lists sorted). */
export function sameSplit(a: SplitList, b: SplitList): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every file under `dir` (sorted, recursive) with its bytes hashed into `h`. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, rel = ''): void {
  let entries: string[];
  try {
    entries = readdirSync(path.join(dir, rel)).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const p = path.join(rel, name);
    const abs = path.join(dir, p);
    if (statSync(abs).isDirectory()) hashTree(h, dir, p);
    else h.update(`${p}\u0000`).update(readFileSync(abs)).update('\u0000');
  }
}

let compilerVersion: string | null = null;

/** Version of the Typst compiler package (a new Typst may lay out differently). */
function typstVersion(): string {
  if (compilerVersion === null) {
    try {
      const require = createRequire(import.meta.url);
      const pkg = JSON.parse(readFileSync(require.resolve('@myriaddreamin/typst-ts-node-compiler/package.json'), 'utf8')) as { version?: string };
      compilerVersion = pkg.version ?? 'unknown';
    } catch {
      compilerVersion = 'unknown';
    }
  }
  return compilerVersion;
}

/** Template sources and fonts: hashed once per stamp of their files (size and mtime). */
const toolHashes = new Map<string, { stamp: string; hash: string }>();

function stampOf(dir: string): string {
  const parts: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = path.join(rel, name);
      const s = statSync(path.join(dir, p));
      if (s.isDirectory()) walk(p);
      else parts.push(`${p}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk('');
  return parts.join('\n');
}

function toolHash(dir: string): string {
  const stamp = stampOf(dir);
  const known = toolHashes.get(dir);
  if (known?.stamp === stamp) return known.hash;
  const h = createHash('sha256');
  hashTree(h, dir);
  const hash = h.digest('hex');
  toolHashes.set(dir, { stamp, hash });
  return hash;
}

/**
 * SHA-256 of a data file's bytes, once per buffer: the preview hands an unchanged part's layout data over
 * as the same buffer (screen-parts.ts `PartMemory.layoutJson`), a Lampiran of a megabyte.
 */
const digestOf = identityMemo((bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest());

/**
 * Fingerprint of one layout: the Typst version, the template folder, the fonts, and every data
 * file mapped into the workspace (IR, style, image table, image bytes), in mapping order.
 */
export function layoutFingerprint(typstDir: string, fontsDir: string, data: readonly (readonly [string, Uint8Array])[]): string {
  const h = createHash('sha256');
  h.update(`naskah-layout/2\u0000${typstVersion()}\u0000${toolHash(typstDir)}\u0000${toolHash(fontsDir)}\u0000`);
  for (const [name, bytes] of data) h.update(`${name}\u0000${bytes.byteLength}\u0000`).update(digestOf(bytes));
  return h.digest('hex');
}

/**
 * Where layouts (split set and page map) are kept between renders (src/pipeline/session.ts: in the
 * process, and under output/ between processes). `recall` offers a layout to start from; the renderer
 * accepts it only when the layout made with it reports exactly that set and that page map again (a
 * fixed point), so a wrong or stale one costs a compile but never changes the result.
 */
export interface SplitMemory {
  recall(documentId: string, fingerprint: string): KeptLayout | null;
  remember(documentId: string, fingerprint: string, kept: KeptLayout): void;
}
