/**
 * Indonesian hyphenation by syllable rules (Pedoman Umum Ejaan Bahasa Indonesia, "Pemenggalan Kata"),
 * for table cells, where columns are narrow (review M2). Typst ships no Indonesian patterns, so the
 * break points are computed here and handed to both renderers as soft hyphens (U+00AD in the PDF,
 * `w:softHyphen` in the DOCX); the table-width module measures the same pieces.
 *
 * Rules: a consonant between two vowels goes to the next syllable (ba-pak); two consonants are split
 * (man-di, makh-luk counts kh as one) unless they are a consonant + r/l cluster, which opens the next
 * syllable as in KBBI (pro-gram, mi-gra-si); of three or more consonants the last valid onset cluster
 * goes to the next syllable (in-stru-men, trans-mi-gra-si, bang-krut). The digraphs ng, ny, sy, kh are one
 * consonant. Two vowels side by side are never split (ma-in vs. pan-tai is not decidable by rule), so
 * some break points are missed but none is wrong. Words in capitals (DTSEN, SIKS-NG) and words with
 * digits are not hyphenated; at least 2 letters stay on each side of a break.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const DIGRAPHS = new Set(['ng', 'ny', 'sy', 'kh']);
/** Consonant clusters that may open a syllable (loan words: pro-gram, in-stru-men, sta-tus). */
const ONSETS = new Set(['pr', 'br', 'tr', 'dr', 'kr', 'gr', 'fr', 'pl', 'bl', 'kl', 'gl', 'fl', 'sl', 'sp', 'st', 'sk', 'sw', 'str', 'spr', 'skr']);
/** Of two consonants, these stay together as the onset (KBBI mi-gra-si, pro-gram, Ap-ril → A-pril). */
const LIQUID_ONSETS = new Set(['pr', 'br', 'tr', 'dr', 'kr', 'gr', 'fr', 'pl', 'bl', 'kl', 'gl', 'fl']);
const LEFT_MIN = 2;
const RIGHT_MIN = 2;

/** The soft hyphen (U+00AD): an invisible break point that shows "-" when the line breaks there. */
export const SOFT_HYPHEN = '\u00AD';

/** Splits a lower-case word into letter units (digraphs as one unit). */
function units(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2);
    if (DIGRAPHS.has(pair)) {
      out.push(pair);
      i++;
    } else out.push(word[i]!);
  }
  return out;
}

/** Character offsets inside `word` where it may be hyphenated. */
export function hyphenPoints(word: string): number[] {
  if (!/^[A-Za-z]+$/.test(word) || word.length < LEFT_MIN + RIGHT_MIN) return [];
  if (word.length > 1 && word === word.toUpperCase()) return [];
  const u = units(word.toLowerCase());
  const offsets: number[] = [];
  let at = 0;
  for (const x of u) {
    offsets.push(at);
    at += x.length;
  }
  const isVowel = (k: number): boolean => VOWELS.has(u[k]!);
  const points: number[] = [];
  let k = 0;
  while (k < u.length && !isVowel(k)) k++;
  while (k < u.length) {
    // k is a vowel; find the next vowel after the consonants that follow it.
    let j = k + 1;
    while (j < u.length && !isVowel(j)) j++;
    if (j >= u.length) break;
    const consonants = j - k - 1;
    let split: number | null = null;
    if (consonants === 1) split = k + 1;
    else if (consonants === 2) split = LIQUID_ONSETS.has(u.slice(k + 1, j).join('')) ? k + 1 : k + 2;
    else if (consonants >= 3) {
      const tail3 = u.slice(j - 3, j).join('');
      const tail2 = u.slice(j - 2, j).join('');
      split = consonants >= 4 && ONSETS.has(tail3) ? j - 3 : ONSETS.has(tail2) ? j - 2 : j - 1;
    }
    if (split !== null) {
      const offset = offsets[split]!;
      if (offset >= LEFT_MIN && word.length - offset >= RIGHT_MIN) points.push(offset);
    }
    k = j;
  }
  return points;
}

/** The pieces of `word` between its hyphenation points (the word itself when it has none). */
export function hyphenPieces(word: string): string[] {
  const points = hyphenPoints(word);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(word.slice(from, p));
    from = p;
  }
  pieces.push(word.slice(from));
  return pieces;
}

/** `text` with a soft hyphen at every hyphenation point of its words. */
export function hyphenate(text: string, mark: string = SOFT_HYPHEN): string {
  return text.replace(/[A-Za-z]+/g, (word) => hyphenPieces(word).join(mark));
}
