/**
 * Internal links of the PDF (issue 13): the same numbers the DOCX makes REF fields of ("Pasal 5", the
 * "(2)" of "ayat (2)", the "b" of "huruf b") become links to their unit. Each reference run of the printed
 * IR is cut so that every target's number is a run of its own carrying `link` (the unit id); every unit
 * some number links to carries `linked: true`, and the Typst layout anchors exactly those units at
 * `label("u:" + id)` and wraps such runs in `link`. The text is unchanged; only runs are cut, at the
 * numbers. Anchoring only the units that are linked to keeps thousands of labelled elements out of a
 * large document's layout (huge: ± 700 of 20,000 units are linked to).
 */
import type { Naskah } from '../../ir/types.js';
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

/** A copy of the printed IR whose references to units of its own batang tubuh carry links, and whose units linked to carry `linked: true`. */
export function linkReferences<T extends Naskah>(ir: T): T {
  const labels = bookmarkedUnits(ir);
  const linked = new Set<string>();
  const units = new Map<string, Record<string, Json>[]>();
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) {
      return value.flatMap((v) => {
        if (!isRef(v)) return [walk(v)];
        const pieces = cut(v, labels);
        for (const p of pieces) if (typeof (p as { link?: unknown }).link === 'string') linked.add((p as { link: string }).link);
        return pieces;
      });
    }
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = walk(inner);
    const id = out.id;
    if (typeof id === 'string' && labels.has(id)) units.set(id, [...(units.get(id) ?? []), out]);
    return out;
  };
  const result = walk(ir) as T;
  for (const id of linked) for (const u of units.get(id) ?? []) u.linked = true;
  return result;
}
