/**
 * The defined terms of a document (Ketentuan Umum, TN-KU-03…07, TN-BHS-04…06) and a matcher that finds
 * them in texts: longest term first, whole words only, across line folds and italic markers.
 */
import type { Naskah, Rincian, Unit } from '../ir/types.js';
import type { AuthorText } from './text.js';

/** One definition of Pasal 1. */
export interface Istilah {
  /** The term without italic markers, e.g. "Pemerintah Daerah". */
  readonly istilah: string;
  /** Its short form ("SLRT", "Puskesos"), if any. */
  readonly singkatan: string | null;
  /** 1-based number of the definition. */
  readonly number: number;
  readonly rincian: Rincian;
  /** The typed term and meaning, when collected. */
  readonly istilahText: AuthorText | null;
  readonly artiText: AuthorText | null;
}

/** One occurrence of a term (or its short form) in a text. */
export interface Occurrence {
  readonly istilah: Istilah;
  readonly form: 'istilah' | 'singkatan';
  readonly index: number;
  readonly length: number;
  readonly matched: string;
}

/** A word of a text or term with its offsets. */
interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A form of a term as words and the separators between them (" " or "-"). */
interface Form {
  readonly istilah: Istilah;
  readonly form: 'istilah' | 'singkatan';
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly separators: readonly string[];
}

function formOf(istilah: Istilah, form: 'istilah' | 'singkatan', value: string): Form | null {
  const tokens = tokenize(value);
  if (tokens.length === 0) return null;
  const separators = tokens.slice(1).map((t, i) => (value.slice(tokens[i]!.end, t.start).includes('-') ? '-' : ' '));
  return { istilah, form, words: tokens.map((t) => t.word), lower: tokens.map((t) => t.word.toLowerCase()), separators };
}

/** True when the gap between two words of a text matches a term's separator (italic markers allowed). */
function gapMatches(gap: string, separator: string): boolean {
  return separator === '-' ? /^\*?-\*?$/.test(gap) : /^\*?\s+\*?$/.test(gap);
}

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** The definitions of a document and matchers over them. */
export class DefinedTerms {
  readonly list: readonly Istilah[];
  /** Forms by their first word in lower case, longest first. */
  readonly #byFirst = new Map<string, Form[]>();
  readonly #byForm = new Map<string, Istilah>();
  readonly #exactCache = new Map<string, readonly Occurrence[]>();
  readonly #looseCache = new Map<string, readonly Occurrence[]>();

  constructor(list: readonly Istilah[]) {
    this.list = list;
    for (const t of list) {
      for (const [form, value] of [['istilah', t.istilah], ['singkatan', t.singkatan]] as const) {
        if (!value) continue;
        const f = formOf(t, form, value);
        if (!f) continue;
        if (!this.#byForm.has(normal(value))) this.#byForm.set(normal(value), t);
        const key = f.lower[0]!;
        this.#byFirst.set(key, [...(this.#byFirst.get(key) ?? []), f].sort((a, b) => b.words.length - a.words.length));
      }
    }
  }

  /** Occurrences in `text`; case-sensitive unless `ignoreCase`. Non-overlapping, longest term first. */
  occurrences(text: string, ignoreCase = false): readonly Occurrence[] {
    const cache = ignoreCase ? this.#looseCache : this.#exactCache;
    let found = cache.get(text);
    if (!found) {
      found = this.#find(text, ignoreCase);
      cache.set(text, found);
    }
    return found;
  }

  #find(text: string, ignoreCase: boolean): Occurrence[] {
    const tokens = tokenize(text);
    const out: Occurrence[] = [];
    for (let i = 0; i < tokens.length; ) {
      const candidates = this.#byFirst.get(tokens[i]!.word.toLowerCase());
      const hit = candidates?.find((f) => this.#matchesAt(text, tokens, i, f, ignoreCase));
      if (!hit) {
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[i + hit.words.length - 1]!;
      out.push({ istilah: hit.istilah, form: hit.form, index: first.start, length: last.end - first.start, matched: text.slice(first.start, last.end) });
      i += hit.words.length;
    }
    return out;
  }

  #matchesAt(text: string, tokens: readonly Token[], i: number, f: Form, ignoreCase: boolean): boolean {
    if (i + f.words.length > tokens.length) return false;
    for (let k = 0; k < f.words.length; k++) {
      const token = tokens[i + k]!;
      if (ignoreCase ? token.word.toLowerCase() !== f.lower[k] : token.word !== f.words[k]) return false;
      if (k > 0 && !gapMatches(text.slice(tokens[i + k - 1]!.end, token.start), f.separators[k - 1]!)) return false;
    }
    const end = tokens[i + f.words.length - 1]!.end;
    // "Daerah-daerah" is not a use of "Daerah".
    return !(text.charAt(end) === '-' && /[\p{L}\p{N}]/u.test(text.charAt(end + 1)));
  }

  /** The definition whose term or short form is exactly `word`, if any. */
  find(word: string): Istilah | undefined {
    return this.#byForm.get(normal(word));
  }
}

/** The definitions of a document (every rincian carrying `definisi`), with their collected texts. */
export function collectTerms(ir: Naskah, texts: readonly AuthorText[]): DefinedTerms {
  const list: Istilah[] = [];
  const byRincian = new Map<Rincian, AuthorText[]>();
  for (const t of texts) {
    if (t.context.rincian && (t.kind === 'istilah' || t.kind === 'definisi')) byRincian.set(t.context.rincian, [...(byRincian.get(t.context.rincian) ?? []), t]);
  }
  const visit = (items: readonly Rincian[]) => {
    for (const r of items) {
      if (r.definisi) {
        const mine = byRincian.get(r) ?? [];
        list.push({
          istilah: normal(r.definisi.istilah),
          singkatan: r.definisi.singkatan ? normal(r.definisi.singkatan) : null,
          number: list.length + 1,
          rincian: r,
          istilahText: mine.find((t) => t.kind === 'istilah') ?? null,
          artiText: mine.find((t) => t.kind === 'definisi') ?? null,
        });
      }
      visit(r.rincian);
    }
  };
  const walk = (units: readonly Unit[]) => {
    for (const u of units) {
      if (u.kind === 'pasal') for (const a of u.ayat) visit(a.rincian);
      else walk(u.isi);
    }
  };
  walk(ir.batangTubuh);
  return new DefinedTerms(list);
}
