/**
 * Sentence builders for the synthetic regulations: normative sentences, rincian openers and items,
 * and sentences with a symbolic reference `[[id]]`, written the way schemas/README.md asks (no final
 * punctuation, no typed numbers of units).
 */
import type { Rng } from './random.js';
import { capitalize, VERBS, VERB_NOUNS, ADVERBIALS, OBJECTS, RINCIAN_OPENERS, SUBJECTS } from './lexicon.js';

/** A normative sentence: actor, verb, object, adverbial (sometimes two clauses). */
export function normativeSentence(rng: Rng): string {
  const first = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(ADVERBIALS)}`;
  if (!rng.chance(0.45)) return first;
  return `${first}, serta ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(ADVERBIALS)}`;
}

/** The sentence that opens a rincian list (naskah adds the ":"). */
export function rincianOpener(rng: Rng): string {
  const opener = rng.pick(RINCIAN_OPENERS);
  if (opener === 'meliputi' || opener === 'terdiri atas' || opener === 'dilaksanakan melalui') {
    return `${capitalize(rng.pick(VERB_NOUNS))} ${rng.pick(OBJECTS)} ${opener}`;
  }
  return `${rng.pick(SUBJECTS)} dalam ${rng.pick(VERB_NOUNS)} ${rng.pick(OBJECTS)} ${opener}`;
}

/** One rincian item, starting in lower case (TN-RIN-03). */
export function butirText(rng: Rng): string {
  const head = `${rng.pick(VERB_NOUNS)} ${rng.pick(OBJECTS)}`;
  return rng.chance(0.5) ? `${head} ${rng.pick(ADVERBIALS)}` : head;
}

/** A sentence referring to another unit: `[[id]]` becomes "sebagaimana dimaksud pada ayat (1)" or "… dalam Pasal 5 ayat (2)". */
export function referenceSentence(rng: Rng, targetId: string): string {
  switch (rng.int(0, 2)) {
    case 0: return `${capitalize(rng.pick(VERB_NOUNS))} ${rng.pick(OBJECTS)} [[${targetId}]] dilaksanakan ${rng.pick(ADVERBIALS)}`;
    case 1: return `Ketentuan lebih lanjut mengenai ${rng.pick(VERB_NOUNS)} ${rng.pick(OBJECTS)} [[${targetId}]] ditetapkan dengan Keputusan Bupati`;
    default: return `Dalam melaksanakan ${rng.pick(VERB_NOUNS)} ${rng.pick(OBJECTS)} [[${targetId}]], ${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(ADVERBIALS)}`;
  }
}

/** A paragraph of Pedoman prose: `sentences` descriptive sentences ending with ".". */
export function pedomanParagraph(rng: Rng, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    out.push(`${capitalize(rng.pick(VERB_NOUNS))} ${rng.pick(OBJECTS)} ${rng.pick(['dilakukan', 'diselenggarakan', 'dikoordinasikan', 'dipantau'])} oleh ${rng.pick(SUBJECTS)} ${rng.pick(ADVERBIALS)}.`);
  }
  return out.join(' ');
}
