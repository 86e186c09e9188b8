/**
 * Internal links of the PDF (issue 13): the same numbers the DOCX makes REF fields of ("Pasal 5", the
 * "(2)" of "ayat (2)", the "b" of "huruf b") become links to their unit. Each reference run of the printed
 * IR is cut so that every target's number is a run of its own carrying `link` (the unit id); every unit
 * some number links to carries `linked: true`, and the Typst layout anchors exactly those units at
 * `label("u:" + id)` and wraps such runs in `link`. The text is unchanged; only runs are cut, at the
 * numbers. Anchoring only the units that are linked to keeps thousands of labelled elements out of a
 * large document's layout (huge: ± 700 of 20,000 units are linked to).
 */
import type { BlokLampiran, Lampiran, Naskah } from '../../ir/types.js';
import { identityMemo } from '../../util/identity-memo.js';
import { bookmarkedUnits, referenceSpans } from '../ref-targets.js';

type Json = unknown;

/** A reference run cut at its targets' numbers. */
function cut(run: { kind: 'ref'; text: string; targets: readonly string[] }, labels: ReadonlyMap<string, string>): Json[] {
  const spans = referenceSpans(run.text, run.targets, labels);
  if (spans.length === 0) return [run];
  const out: Json[] = [];
  let at = 0;
  for (const [start, end, id] of spans) {
    if (start > at) out.push({ ...run, text: run.text.slice(at, start) });
    out.push({ ...run, text: run.text.slice(start, end), link: id });
    at = end;
  }
  if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  return out;
}

const isRef = (v: Json): v is { kind: 'ref'; text: string; targets: readonly string[] } =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'ref' && typeof (v as { text?: unknown }).text === 'string' && Array.isArray((v as { targets?: unknown }).targets);

/** Walks a printed subtree: a copy with reference runs cut, the ids linked to, the copies of units that may be. */
class Linker {
  readonly linked = new Set<string>();
  readonly units = new Map<string, Record<string, Json>[]>();
  constructor(readonly labels: ReadonlyMap<string, string>) {}

  walk(value: Json): Json {
    if (Array.isArray(value)) {
      return value.flatMap((v) => {
        if (!isRef(v)) return [this.walk(v)];
        const pieces = cut(v, this.labels);
        for (const p of pieces) if (typeof (p as { link?: unknown }).link === 'string') this.linked.add((p as { link: string }).link);
        return pieces;
      });
    }
    if (value === null || typeof value !== 'object') return value;
    return this.object(value, this.each);
  }

  private readonly each = (_key: string, inner: Json): Json => this.walk(inner);

  /** A copy of an object with each value given by `each`; kept as a unit copy when its id may be linked to. */
  object(value: object, each: (key: string, inner: Json) => Json): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = each(key, inner);
    const id = out.id;
    if (typeof id === 'string' && this.labels.has(id)) this.units.set(id, [...(this.units.get(id) ?? []), out]);
    return out;
  }
}

/** The targets of every reference run in `value`. */
function refTargets(value: Json, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refTargets(v, into);
  else if (value !== null && typeof value === 'object') {
    if (isRef(value)) for (const t of value.targets) into.add(t);
    for (const v of Object.values(value)) if (typeof v === 'object') refTargets(v, into);
  }
  return into;
}

/** A Lampiran's blocks linked once: by the labels of the targets they name, unless they hold a unit that may be linked to. */
interface LinkedBlocks {
  readonly targets: readonly string[];
  last: { readonly labels: string; readonly isi: object } | null;
}

/** The unit ids each linked copy of a Lampiran's blocks links to, in reading order. */
const linkedBy = new WeakMap<object, readonly string[]>();

/** The unit ids a Lampiran's blocks, as `linkReferences` copied them, link to, in reading order (screen-parts.ts anchors them). */
export function linksIn(blocks: object): readonly string[] {
  return linkedBy.get(blocks) ?? [];
}
const lampiranLinks = identityMemo((isi: readonly BlokLampiran[]): LinkedBlocks => ({ targets: [...refTargets(isi, new Set())], last: null }));

/**
 * A Lampiran's blocks with their references linked. The copy is kept with the blocks (the same array while
 * the pedoman is unchanged: resolve/pedoman/kept-resolution.ts) and given again while the labels of the
 * units they name are the same; blocks that hold a unit of the batang tubuh's ids are linked afresh (the
 * unit's `linked` mark depends on the whole document).
 */
function linkBlocks(isi: readonly BlokLampiran[], into: Linker): Json {
  const labels = into.labels;
  const memo = lampiranLinks(isi);
  const key = JSON.stringify(memo.targets.map((t) => labels.get(t) ?? null));
  if (memo.last?.labels === key) {
    for (const id of linksIn(memo.last.isi)) into.linked.add(id);
    return memo.last.isi;
  }
  const own = new Linker(labels);
  const out = own.walk(isi) as object;
  linkedBy.set(out, [...own.linked]);
  for (const id of own.linked) into.linked.add(id);
  if (own.units.size > 0) {
    for (const [id, copies] of own.units) into.units.set(id, [...(into.units.get(id) ?? []), ...copies]);
    memo.last = null;
  } else memo.last = { labels: key, isi: out };
  return out;
}

/** A copy of the printed IR whose references to units of its own batang tubuh carry links, and whose units linked to carry `linked: true`. */
export function linkReferences<T extends Naskah>(ir: T): T {
  const linker = new Linker(bookmarkedUnits(ir));
  const lampiran = (l: Lampiran): Json => linker.object(l, (key, inner) => (key === 'isi' ? linkBlocks(inner as readonly BlokLampiran[], linker) : linker.walk(inner)));
  const out = linker.object(ir, (key, inner) => (key === 'lampiran' ? (inner as readonly Lampiran[]).map(lampiran) : linker.walk(inner)));
  for (const id of linker.linked) for (const u of linker.units.get(id) ?? []) u.linked = true;
  return out as unknown as T;
}
