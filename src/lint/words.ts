/**
 * Word-level helpers shared by rules: capitals, title case with Indonesian particles (TN-BT-02),
 * abbreviations (TN-BHS-06, TN-JUDUL-03), month names (TN-BHS-11) and regex iteration.
 */
import { escapeRegExp } from '../util/escape-regexp.js';

/** Words written in lower case inside a title unless they start it (TN-BT-02). */
export const PARTICLES = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dalam', 'dengan', 'terhadap', 'oleh', 'serta', 'bagi', 'tentang', 'sebagai', 'antara', 'atas', 'melalui', 'tanpa', 'per']);

/** Month names (TN-BHS-11). */
export const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** An abbreviation or acronym in capitals: SLRT, SIKS-NG, APBD, COVID-19 (two capitals or more). */
export const ABBREVIATION = /(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/** Roman numerals (BAB II, LAMPIRAN IV), which look like abbreviations but are not. */
export const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** True when the token is an abbreviation in capitals (at least two capital letters, not a Roman numeral). */
export function isAbbreviation(token: string): boolean {
  return (token.match(/[A-Z]/g) ?? []).length >= 2 && !ROMAN_NUMERAL.test(token);
}

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

/** True when the first letter of the word is a capital. */
export function startsUpper(word: string): boolean {
  const c = word.replace(/^[^\p{L}]+/u, '').charAt(0);
  return c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
}

/**
 * Global copies by source and flags, not by object: a regex literal inside a loop is a new object on
 * every pass (`matches(/…/g, t.value)` per text), so a map keyed by the object grew by one compiled
 * copy per text and call (tens of thousands on a huge document) and never hit.
 */
const GLOBAL = new Map<string, RegExp>();

/** Every match of a regex in a text, with its index (the matches are collected before returning). */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const key = `${flags}/${re.source}`;
  let g = GLOBAL.get(key);
  if (!g) {
    g = new RegExp(re.source, flags);
    GLOBAL.set(key, g);
  }
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(m);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

/** Splits a title into words with their offsets (hyphenated parts stay one word). */
export function words(text: string): { word: string; index: number }[] {
  return [...matches(/[^\s]+/g, text)].map((m) => ({ word: m[0], index: m.index }));
}

/**
 * The title-case form of a title (TN-BT-02): every word capitalised except particles that do not start
 * the title; words in capitals (abbreviations) are kept.
 */
export function titleCase(text: string): string {
  let first = true;
  return text.replace(/[\p{L}\p{N}]+/gu, (w, offset: number) => {
    const prev = text.charAt(offset - 1);
    const startsWord = offset === 0 || /\s/.test(prev);
    const out = !startsWord ? w : isAbbreviation(w) ? w : !first && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1);
    if (startsWord) first = false;
    return out;
  });
}

/** "a dan b", "a, b, dan c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.length === 2) return `${parts[0]} dan ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, dan ${parts[parts.length - 1]}`;
}

/** One occurrence of a listed word form in a text. */
export interface FormMatch<T extends { readonly form: string }> {
  readonly entry: T;
  readonly index: number;
  readonly text: string;
}

const FORM_RE = new Map<string, RegExp>();

/** A whole-word, case-insensitive regex for a form ("tidak boleh" also across a line fold). */
export function formRegex(form: string): RegExp {
  let re = FORM_RE.get(form);
  if (!re) {
    const body = form.split(' ').map((w) => escapeRegExp(w)).join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
    FORM_RE.set(form, re);
  }
  return re;
}

const COMBINED = new WeakMap<readonly { readonly form: string }[], { re: RegExp; byForm: Map<string, { readonly form: string }> }>();

/** Every occurrence of the listed forms in a text, in text order (one combined regex per list, longest form first). */
export function findForms<T extends { readonly form: string }>(text: string, entries: readonly T[]): FormMatch<T>[] {
  let combined = COMBINED.get(entries);
  if (!combined) {
    const sorted = [...entries].sort((a, b) => b.form.length - a.form.length);
    const body = sorted.map((e) => e.form.split(' ').map((w) => escapeRegExp(w)).join('\\s+')).join('|');
    combined = { re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu'), byForm: new Map(entries.map((e) => [e.form, e])) };
    COMBINED.set(entries, combined);
  }
  const out: FormMatch<T>[] = [];
  for (const m of matches(combined.re, text)) {
    const entry = combined.byForm.get(m[0].toLowerCase().replace(/\s+/g, ' ')) as T | undefined;
    if (entry) out.push({ entry, index: m.index, text: m[0] });
  }
  return out;
}

/** `replacement` with a capital first letter when `typed` starts with one (a form at the start of a sentence). */
export function keepInitialCase(typed: string, replacement: string): string {
  if (typed.length > 1 && isAllCaps(typed)) return replacement.toUpperCase();
  return startsUpper(typed) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
