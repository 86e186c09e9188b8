/**
 * What a sentence of a Pedoman or a Keputusan establishes on its own (TN-PED-01, TN-KEP-15): an
 * obligation ("wajib"), a prohibition ("dilarang"), a sanction ("dikenai sanksi"), a power ("berwenang")
 * or an institution ("membentuk Tim …"). Only these explicit words are read; a sentence that describes
 * how a norm is carried out without them establishes nothing here.
 */

/** The kind of a norm a sentence establishes. */
export type ClaimKind = 'kewajiban' | 'larangan' | 'sanksi' | 'kewenangan' | 'lembaga';

/** One norm established by a sentence. */
export interface Claim {
  readonly kind: ClaimKind;
  readonly index: number;
  readonly length: number;
  /** The marker as written ("wajib", "dikenai sanksi", "membentuk"). */
  readonly marker: string;
  /** For an obligation, prohibition or power: the verb that follows ("menyampaikan"). */
  readonly verb: string;
  /** For an institution: its name ("Tim Teknis"), up to two capitalised words. */
  readonly name: string;
  /** The clause before the marker (its subject). */
  readonly subject: string;
}

const MARKERS: readonly (readonly [ClaimKind, RegExp])[] = [
  ['kewajiban', /\b(?:wajib|diwajibkan)\b/giu],
  ['larangan', /\bdilarang\b/giu],
  ['sanksi', /\b(?:dikenai|dikenakan|dijatuhi|diberi)\s+sanksi\b|\bsanksi\s+administratif\b/giu],
  ['kewenangan', /\bberwenang\b|\bmempunyai\s+(?:ke)?wewenang(?:an)?\b/giu],
  ['lembaga', /\b(?:membentuk|dibentuk)\b/giu],
];

const CAPITALISED = /^\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)?)/u;
const BEFORE_FORMED = /((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:yang\s+)?$/u;

/** Words that open a sentence with a capital without naming anyone. */
const OPENERS = new Set(['setiap', 'dalam', 'apabila', 'jika', 'bila', 'untuk', 'pada', 'bagi', 'selain', 'dengan', 'dan', 'atau', 'yang', 'tidak', 'hanya', 'seluruh', 'semua', 'para']);

/** Capitalised phrases ("Pemerintah Desa", "Perangkat Daerah") in a clause; an opening word such as "Setiap" is not one. */
export function capitalisedPhrases(clause: string): string[] {
  const words = clause.replace(/§+/g, ' ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let run: string[] = [];
  words.forEach((w, i) => {
    const cap = /^\p{Lu}/u.test(w) && !(i === 0 && OPENERS.has(w.toLowerCase()));
    if (cap) run.push(w.replace(/[,.;:]$/, ''));
    if (!cap || /[,.;:]$/.test(w)) {
      if (run.length > 0) out.push(run.join(' '));
      run = [];
    }
  });
  if (run.length > 0) out.push(run.join(' '));
  return out;
}

/** The clause of `text` before `index` (from the last sentence or clause break). */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  return head.slice(cut + 1);
}

/** Every norm the masked text establishes (negated ones, "tidak wajib", excluded). */
export function claims(masked: string): Claim[] {
  const out: Claim[] = [];
  for (const [kind, re] of MARKERS) {
    for (const m of masked.matchAll(re)) {
      const before = masked.slice(0, m.index);
      if (/\b(?:tidak|bukan)\s+$/i.test(before)) continue;
      // "lembaga yang berwenang", "pihak yang berwenang": a description, not a power given.
      if (kind === 'kewenangan' && /\byang\s+$/i.test(before)) continue;
      const after = masked.slice(m.index + m[0].length);
      const verb = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
      let name = '';
      if (kind === 'lembaga') {
        name = /^membentuk$/i.test(m[0]) ? CAPITALISED.exec(after)?.[1] ?? '' : BEFORE_FORMED.exec(before)?.[1]?.split(/\s+/).slice(0, 2).join(' ') ?? '';
        if (!name) continue;
      }
      out.push({ kind, index: m.index, length: m[0].length, marker: m[0], verb, name, subject: clauseBefore(masked, m.index) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The sentence of `text` around `index`: [start, end). */
export function sentenceAround(text: string, index: number): readonly [number, number] {
  const start = text.slice(0, index).search(/(?:^|\.\s+)(?=[^.]*$)/);
  const from = start <= 0 ? 0 : start + (text.slice(start).match(/^\.\s+/)?.[0].length ?? 0);
  const next = text.slice(index).search(/\.\s+\p{Lu}|\.$/u);
  return [from, next < 0 ? text.length : index + next + 1];
}

/** The ids a text refers to ("[[a, b]]", "[[=perbup-slrt:c]]" → a, b, c) with their offsets. */
export function refIds(value: string, docPrefix: string | null): { readonly id: string; readonly index: number }[] {
  const out: { id: string; index: number }[] = [];
  for (const m of value.matchAll(/\[\[=?([^\]]+)\]\]/g)) {
    for (const raw of m[1]!.split(',')) {
      const id = raw.trim();
      if (docPrefix === null) out.push({ id, index: m.index });
      else if (id.startsWith(`${docPrefix}:`)) out.push({ id: id.slice(docPrefix.length + 1), index: m.index });
    }
  }
  return out;
}
