/**
 * `[[id]]` references in a source text: which reference the cursor is on, what it resolves to
 * ("Pasal 12 ayat (1)") and the unit's own text, for hover and go-to-definition.
 */
import type { Inline } from '../ir/types.js';
import type { KnownUnit } from './analysis.js';

/** The reference id under `offset` in `text`, with its start and end offsets, or null. */
export function referenceAt(text: string, offset: number): { id: string; start: number; end: number } | null {
  const re = /\[\[=?([^\]]*)\]\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (offset < m.index || offset > m.index + m[0].length) continue;
    // `[[a, b]]` names several units: take the one under the cursor.
    let at = m.index + m[0].indexOf(m[1]!);
    for (const part of m[1]!.split(',')) {
      const id = part.trim();
      const start = at + part.indexOf(id);
      if (offset >= start && offset <= start + id.length && id !== '') return { id, start, end: start + id.length };
      at += part.length + 1;
    }
    return null;
  }
  return null;
}

/** Whether the cursor is right after an unclosed `[[` (completion of ids); returns the typed prefix. */
export function openReference(text: string, offset: number): string | null {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const m = /\[\[=?(?:[^\]\s,]*,\s*)*([^\]\s,]*)$/.exec(line);
  return m ? m[1]! : null;
}

/** The label a reference to the unit prints: "Pasal 12 ayat (1) huruf a". */
export function labelOf(u: KnownUnit): string {
  return u.unit.chain.map((s) => `${s.word} ${s.value}`.trim()).join(' ');
}

/** The text of the unit (a Pasal: its ayat in order), from the IR, or null when unknown. */
export function textOf(u: KnownUnit): string | null {
  const node = u.ir ? findById(u.ir, u.unit.id, 0) : null;
  if (!node) return null;
  const parts: string[] = [];
  const collect = (n: Record<string, unknown>): void => {
    const label = typeof n['label'] === 'string' && n['kind'] !== 'pasal' ? `${n['label']} ` : '';
    if (Array.isArray(n['isi']) && (n['isi'] as unknown[]).every((r) => typeof (r as Inline)?.kind === 'string' && 'text' in (r as object))) parts.push(label + (n['isi'] as Inline[]).map((r) => r.text).join(''));
    for (const key of ['ayat', 'rincian']) if (Array.isArray(n[key])) for (const c of n[key] as Record<string, unknown>[]) collect(c);
  };
  collect(node);
  return parts.length > 0 ? parts.join('\n') : null;
}

/** The IR node with this id (depth-limited walk over plain data). */
function findById(value: unknown, id: string, depth: number): Record<string, unknown> | null {
  if (depth > 40 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = findById(v, id, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  if (o['id'] === id && typeof o['kind'] === 'string') return o;
  for (const v of Object.values(o)) {
    const hit = findById(v, id, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** Whether `offset` is in a list item under the top-level key `mengingat:` of a YAML text. */
export function inMengingat(text: string, offset: number): boolean {
  const lines = text.slice(0, offset).split('\n');
  if (!/^\s+-\s*[\w-]*$/.test(lines[lines.length - 1] ?? '')) return false;
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i]!;
    if (/^[^\s#-]/.test(l)) return /^mengingat\s*:/.test(l);
  }
  return false;
}
