/**
 * Word-level differences inside a modified unit (the `diff` package's array diff over word, space and
 * punctuation tokens), keeping the italics of foreign terms. Concatenating the "=" and "-" pieces gives
 * the old text exactly, "=" and "+" the new one.
 */
import { diffArrays } from 'diff';
import type { Runs } from '../ir/types.js';

/** "=" unchanged, "-" deleted, "+" inserted. */
export type Op = '=' | '-' | '+';

/** A piece of text with its change and whether it is set in italics. */
export interface Piece {
  readonly op: Op;
  readonly text: string;
  readonly italic: boolean;
}

interface Token {
  readonly text: string;
  readonly italic: boolean;
}

/** Words (with inner hyphens, "Undang-Undang"), runs of spaces, single punctuation marks. */
const TOKEN = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Tokens of runs, once per runs object: the runs of a revision's units stay the same objects as long as
 * its flattened IR (flatten.ts), so a warm diff against the same revision does not split them again.
 */
const tokenized = new WeakMap<Runs, Token[]>();

function tokens(runs: Runs): Token[] {
  let list = tokenized.get(runs);
  if (!list) tokenized.set(runs, (list = runs.flatMap((r) => (r.text.match(TOKEN) ?? []).map((text) => ({ text, italic: r.kind === 'italic' })))));
  return list;
}

/** Adjacent pieces with the same change and style become one. */
function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.op === p.op && last.italic === p.italic) out[out.length - 1] = { ...last, text: last.text + p.text };
    else if (p.text !== '') out.push(p);
  }
  return out;
}

/**
 * A lone space between two changes is folded into both of them, so "- lama + baru" reads as one
 * replacement instead of word-by-word confetti.
 */
function tidy(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const before = out[out.length - 1];
    const after = pieces[i + 1];
    if (p.op === '=' && /^\s+$/.test(p.text) && before && before.op !== '=' && after && after.op !== '=') {
      out.push({ op: '-', text: p.text, italic: p.italic }, { op: '+', text: p.text, italic: p.italic });
    } else out.push(p);
  }
  // Group: within a stretch of changes, all deletions first, then all insertions.
  const grouped: Piece[] = [];
  let del: Piece[] = [];
  let ins: Piece[] = [];
  const flush = (): void => {
    grouped.push(...del, ...ins);
    del = [];
    ins = [];
  };
  for (const p of out) {
    if (p.op === '-') del.push(p);
    else if (p.op === '+') ins.push(p);
    else {
      flush();
      grouped.push(p);
    }
  }
  flush();
  return merge(grouped);
}

/** What the word diff reads of runs: each run's text and whether it is italic, run boundaries kept. */
function runsKey(runs: Runs): string {
  let key = '';
  for (const r of runs) key += (r.kind === 'italic' ? '\u0000i' : '\u0000r') + r.text;
  return key;
}

/**
 * The last word diff of each revision-A runs object, with what revision B's runs read then. A warm diff
 * against the same revision (one Session, a preview) compares the same unchanged texts again; only the
 * units whose text changed since are diffed anew (issue 11). The pieces are never modified downstream.
 */
const lastDiff = new WeakMap<Runs, { readonly b: string; readonly pieces: Piece[] }>();

/** Word-level changes from runs `a` to runs `b`. */
export function compareRuns(a: Runs, b: Runs): Piece[] {
  const key = runsKey(b);
  const hit = lastDiff.get(a);
  if (hit && hit.b === key) return hit.pieces;
  const pieces = diffRuns(a, b);
  lastDiff.set(a, { b: key, pieces });
  return pieces;
}

function diffRuns(a: Runs, b: Runs): Piece[] {
  const changes = diffArrays(tokens(a), tokens(b), { comparator: (x: Token, y: Token) => x.text === y.text });
  const pieces: Piece[] = [];
  for (const c of changes) {
    const op: Op = c.added ? '+' : c.removed ? '-' : '=';
    for (const t of c.value) pieces.push({ op, text: t.text, italic: t.italic });
  }
  return tidy(merge(pieces));
}

/** The pieces as [op, text] pairs (perubahan.json). */
export function opsJson(pieces: readonly Piece[]): [Op, string][] {
  const out: [Op, string][] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last[0] === p.op) last[1] += p.text;
    else out.push([p.op, p.text]);
  }
  return out;
}
