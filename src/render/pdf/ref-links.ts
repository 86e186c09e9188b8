/**
 * Internal links of the PDF (issue 13): the same numbers the DOCX makes REF fields of ("Pasal 5", the
 * "(2)" of "ayat (2)", the "b" of "huruf b") become links to their unit. Each reference run of the printed
 * IR is cut so that every target's number is a run of its own carrying `link` (the unit id); the Typst
 * layout anchors every unit of the batang tubuh at `label("u:" + id)` and wraps such runs in `link`. The
 * text is unchanged; only runs are cut, at the numbers. Units without an anchor are never linked.
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

/** A copy of the printed IR whose references to units of its own batang tubuh carry links. */
export function linkReferences<T extends Naskah>(ir: T): T {
  const labels = bookmarkedUnits(ir);
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.flatMap((v) => (isRef(v) ? cut(v, labels) : [walk(v)]));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = walk(inner);
    return out;
  };
  return walk(ir) as T;
}
