/**
 * The units a structural diff compares (DESIGN.md, "Revisions"): every numbered or identifiable part
 * of a document in document order, each with its stable key, its own number and text, its parent, and
 * how a reviewer names it ("Pasal 7 ayat (2) huruf a").
 */
import type { Inline, Runs } from '../ir/types.js';

/** What a unit is. */
export type UnitKind =
  | 'judul' | 'menimbang' | 'mengingat' | 'memperhatikan' | 'menetapkan'
  | 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'rincian' | 'definisi'
  | 'diktum' | 'penutup' | 'lampiran' | 'sampul' | 'kata-pengantar'
  | 'blok-judul' | 'blok-alinea' | 'blok-daftar' | 'blok-tabel' | 'blok-gambar';

/** One unit of a document, flattened. */
export interface UnitDiff {
  /** Stable key: the author's id, or a generated one (containing ".") for units without an id. */
  readonly key: string;
  /** True when the key is an id the author wrote (stable across revisions); generated keys are positional. */
  readonly authored: boolean;
  readonly kind: UnitKind;
  /** The label as printed: "Pasal 7", "(2)", "a.", "BAB IV", "" (none). */
  readonly label: string;
  /** Its own number as a reviewer says it: "Pasal 7", "ayat (2)", "huruf a", "angka 3", "BAB IV", "" (none). */
  readonly number: string;
  /** Full address: "Pasal 7 ayat (2) huruf a", "BAB IV Bagian Kedua", "Menimbang huruf b". */
  readonly address: string;
  /** Where it sits: the headings above it ("BAB IV Bagian Kedua") or, inside a Pasal, its parent's address. */
  readonly place: string;
  /** Its own text (not its children's), runs and plain. */
  readonly runs: Runs;
  readonly text: string;
  /** For a definition: the defined term. */
  readonly term: string | null;
  readonly parent: string | null;
  readonly children: string[];
  /** Position in document order. */
  readonly index: number;
  /** Depth below its entry root (see entries.ts): 0 for Pasal, BAB, definitions; 1 for ayat, … */
  readonly depth: number;
}

/** Plain text of runs. */
export function runsText(runs: Runs): string {
  if (runs.length === 1) return runs[0]!.text;
  let out = '';
  for (const r of runs) out += r.text;
  return out;
}

/** Runs from a plain string. */
export function runsFrom(text: string): Inline[] {
  return text === '' ? [] : [{ kind: 'text', text }];
}

/** "(2)" → "ayat (2)"; "a." → "huruf a"; "1." → "angka 1"; "a)" → "huruf a)"; "1)" → "angka 1)". */
export function itemNumber(label: string | null, ayat = false): string {
  if (label === null || label === '') return '';
  if (ayat) return `ayat ${label}`;
  const m = /^([A-Za-z]+|\d+)([.)])$/.exec(label.trim());
  if (!m) return label.trim();
  const word = /^\d+$/.test(m[1]!) ? 'angka' : 'huruf';
  return `${word} ${m[1]}${m[2] === ')' ? ')' : ''}`;
}

/** A generated key contains "." (author ids are lowercase words joined by "-", schemas/perbup.schema.json). */
export function isAuthored(key: string): boolean {
  return !key.includes('.');
}
