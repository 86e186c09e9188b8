/**
 * Catchword text work done in TypeScript instead of the Typst script (issue 11): for every
 * paragraph's runs the template needs the words a catchword would announce when a page begins
 * there (`first-words`) and, for a paragraph set without markers, its text pieces with whitespace
 * collapsed (`unmarked`). Computing them per paragraph in the Typst interpreter (regex split,
 * replace and trim on every run of every paragraph) was the largest share of a cold layout.
 *
 * The results ride on the first run of each run list as `cw`, so the IR keeps its shape:
 * `cw.w1` the first word, `cw.w2` the first two words, `cw.u` the unmarked pieces as
 * `(text, italic)` pairs, or null when a run holds "-" or "/" (those paragraphs are cut into the
 * same pieces as a marked one, which the template still does). The template falls back to its own
 * computation for run lists without `cw` (headings it builds itself), with the same result: these
 * functions mirror `first-words` and `unmarked` in templates/typst/naskah/catchword.typ exactly.
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

/** What the template reads from `runs.at(0).cw`. */
export interface CatchwordData {
  readonly w1: string;
  readonly w2: string;
  readonly u: readonly (readonly [string, boolean, string | null])[] | null;
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
  if (runs.some((r) => BREAKS.test(r.text))) return { w1, w2, u: null };
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
  return { w1, w2, u: pieces };
}

/** `JSON.stringify` replacer that adds `cw` to the first run of every non-empty run list. */
function replacer(_key: string, value: unknown): unknown {
  if (!isRuns(value)) return value;
  return [{ ...value[0], cw: catchwordData(value) }, ...value.slice(1)];
}

/** The IR as JSON for the Typst layout, with the catchword data of every run list. */
export function layoutJson(ir: unknown): string {
  return JSON.stringify(ir, replacer);
}
