/**
 * Catchword text work done in TypeScript instead of the Typst script (issue 11): for every
 * paragraph's runs the template needs the words a catchword would announce when a page begins
 * there (`first-words`) and, for a paragraph set without markers, its text pieces with whitespace
 * collapsed (`unmarked`). Computing them per paragraph in the Typst interpreter (regex split,
 * replace and trim on every run of every paragraph, letter by letter for words with "-" or "/")
 * was the largest share of a cold layout.
 *
 * The results ride on the first run of each run list as `cw`, so the IR keeps its shape:
 * `cw.w1` the first word, `cw.w2` the first two words, `cw.u` the unmarked pieces as
 * `(text, italic, link)` triples (a plain string for upright text without a link, which the
 * template sets the same way, to keep the JSON small) and `null` where the template puts an unlabelled tag (inside a
 * word with "-" or "/", where a marked paragraph has a marker: a tag splits shaping, so both forms
 * measure the same). The template falls back to its own computation for run lists without `cw`
 * (headings it builds itself), with the same result: these functions mirror `first-words`,
 * `unmarked-pieces`, `split-words` and `set-words` in templates/typst/naskah/catchword.typ exactly.
 */

/** Whitespace that collapses to one space (catchword.typ `SPACE`; U+00A0 is not whitespace here). */
const SPACE = /[ \t\r\n]+/g;
/** Characters after which a line may break inside a word (catchword.typ `BREAKS`). */
const BREAKS = /[-‐–—/]/;
/** Words announced by a catchword (catchword.typ `WORDS-PER-CATCHWORD`). */
const WORDS_PER_CATCHWORD = 2;

interface RunLike {
  readonly kind: string;
  readonly text: string;
  /** Unit id a reference number links to (ref-links.ts). */
  readonly link?: string;
}

/** A text piece: text, italic, the unit id it links to, or only the text when upright and unlinked; `null` is an unlabelled tag. */
export type Piece = string | readonly [string, boolean, string | null] | null;

/** What the template reads from `runs.at(0).cw`. */
export interface CatchwordData {
  readonly w1: string;
  readonly w2: string;
  readonly u: readonly Piece[];
}

const RUN_KINDS = new Set(['text', 'italic', 'ref']);

function isRuns(value: unknown): value is readonly RunLike[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const r of value) {
    if (r === null || typeof r !== 'object' || !RUN_KINDS.has((r as RunLike).kind) || typeof (r as RunLike).text !== 'string') return false;
  }
  return true;
}

/** The catchword data of one run list (see the header). */
export function catchwordData(runs: readonly RunLike[]): CatchwordData {
  const words = runs.map((r) => r.text).join('').split(SPACE).filter((w) => w !== '');
  const w2 = words.slice(0, WORDS_PER_CATCHWORD).join(' ');
  const w1 = words.slice(0, 1).join(' ');
  const u = runs.some((r) => BREAKS.test(r.text)) ? wordPieces(runs) : runPieces(runs);
  // An empty piece sets nothing (catchword.typ `piece`): left out.
  return { w1, w2, u: u.flatMap((p) => (p === null ? [p] : p[0] === '' ? [] : !p[1] && p[2] === null ? [p[0]] : [p])) };
}

/** catchword.typ `unmarked-pieces`: runs without "-" or "/", whitespace collapsed, run by run. */
function runPieces(runs: readonly RunLike[]): [string, boolean, string | null][] {
  const pieces: [string, boolean, string | null][] = [];
  let afterSpace = true;
  for (const r of runs) {
    let t = r.text.replace(SPACE, ' ');
    if (afterSpace) t = t.replace(/^ +/, '');
    if (t !== '') {
      pieces.push([t, r.kind === 'italic', r.link ?? null]);
      afterSpace = t.endsWith(' ');
    }
  }
  const last = pieces.at(-1);
  if (last) last[0] = last[0].replace(/ +$/, '');
  return pieces;
}

type Part = readonly [string, boolean, string | null];
/** catchword.typ `split-words`: `[plain, parts, space-italic]` per word. */
type Word = readonly [string, readonly Part[], boolean | null];

/** catchword.typ `split-words`. */
function splitWords(runs: readonly RunLike[]): Word[] {
  const words: Word[] = [];
  let plain = '';
  let parts: Part[] = [];
  let spaceItalic: boolean | null = null;
  let pending: boolean | null = null;
  for (const r of runs) {
    const italic = r.kind === 'italic';
    const dest = r.link ?? null;
    r.text.split(SPACE).forEach((bit, j) => {
      if (j > 0) {
        if (parts.length > 0) {
          words.push([plain, parts, spaceItalic]);
          plain = '';
          parts = [];
          pending = italic;
        } else if (words.length > 0 && pending === null) pending = italic;
      }
      if (bit !== '') {
        if (parts.length === 0) {
          spaceItalic = pending;
          pending = null;
        }
        plain += bit;
        parts.push([bit, italic, dest]);
      }
    });
  }
  if (parts.length > 0) words.push([plain, parts, spaceItalic]);
  return words;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Text whose every UTF-16 unit is a grapheme cluster of its own (no combining marks, joiners, surrogates). */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Typst's `str.clusters()`. */
function clusters(t: string): string[] {
  return SIMPLE.test(t) ? t.split('') : Array.from(graphemes.segment(t), (g) => g.segment);
}

/**
 * catchword.typ `set-words(split-words(runs), false)`: the pieces of an unmarked paragraph with "-" or
 * "/", with a tag (null) after the first letter of every word but the first that holds one and after
 * the first letter following a run of "-" / "/" (unless that letter ends the word). Pieces are kept
 * apart exactly as the script cuts them: joined, they would set the same lines but change the PDF's
 * tag structure (`pdfTags`), and so its bytes.
 */
function wordPieces(runs: readonly RunLike[]): Piece[] {
  const out: Piece[] = [];
  const piece = (t: string, italic: boolean, dest: string | null): void => {
    if (t !== '') out.push([t, italic, dest]);
  };
  const words = splitWords(runs);
  words.forEach(([plain, parts], i) => {
    if (!BREAKS.test(plain)) {
      for (const [t, italic, dest] of parts) piece(t, italic, dest);
    } else {
      const letters: [string, boolean, string | null][] = [];
      for (const [t, italic, dest] of parts) for (const c of clusters(t)) letters.push([c, italic, dest]);
      const m = letters.length;
      const tags = new Set<number>();
      const start = (k: number): void => {
        if (k + 1 < m) tags.add(k);
      };
      if (i > 0) start(0);
      for (let k = 1; k < m; k++) if (BREAKS.test(letters[k - 1]![0]) && !BREAKS.test(letters[k]![0])) start(k);
      let buf = '';
      let [, italic, dest] = letters[0]!;
      letters.forEach(([c, it, d], k) => {
        if (it !== italic || d !== dest) {
          piece(buf, italic, dest);
          buf = '';
          italic = it;
          dest = d;
        }
        buf += c;
        if (tags.has(k)) {
          piece(buf, italic, dest);
          buf = '';
          out.push(null);
        }
      });
      piece(buf, italic, dest);
    }
    if (i + 1 < words.length) piece(' ', words[i + 1]![2] === true, null);
  });
  return out;
}

/**
 * Catchword data by run list content (kind, text and link of every run), kept between renders: a warm
 * rebuild after a one-ayat edit computes it for the edited run lists only (issue 11; computing it for
 * every run list was most of `layoutJson`). Cleared when it grows past `CACHE_LIMIT` entries.
 */
const cache = new Map<string, CatchwordData>();
const CACHE_LIMIT = 200_000;

function cachedCatchwordData(runs: readonly RunLike[]): CatchwordData {
  let key = '';
  // Lengths first: no text or link can make two different run lists one key.
  for (const r of runs) {
    const link = r.link === undefined ? '-' : `${r.link.length}|${r.link}`;
    key += `${r.kind}|${link}|${r.text.length}|${r.text}`;
  }
  let data = cache.get(key);
  if (data === undefined) {
    data = catchwordData(runs);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, data);
  }
  return data;
}

/** `JSON.stringify` replacer that adds `cw` to the first run of every non-empty run list. */
function replacer(_key: string, value: unknown): unknown {
  if (!isRuns(value)) return value;
  return [{ ...value[0], cw: cachedCatchwordData(value) }, ...value.slice(1)];
}

/** The IR as JSON for the Typst layout, with the catchword data of every run list. */
export function layoutJson(ir: unknown): string {
  return JSON.stringify(ir, replacer);
}
