/**
 * Whether the Peraturan Bupati already establishes a norm that a Pedoman or Keputusan sentence states
 * (TN-PED-01, TN-KEP-15): through the provisions the sentence refers to ([[id]]), or a provision of the
 * same kind with the same verb and subject ("Perangkat Daerah … wajib menindaklanjuti"), or, for an
 * institution, its name written in the Perbup.
 */
import { capitalisedPhrases, type Claim } from './norm-claims.js';
import type { PerbupNorm, PerbupNorms } from './perbup-norms.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

const last = (ids: readonly string[]): string => ids[ids.length - 1] ?? '';

/** The norms a reference brings in: the unit, what it holds, and the units holding it (a list's intro). */
function referenced(norms: PerbupNorms, id: string): PerbupNorm[] {
  const inside = norms.under(id);
  const holders = norms.all.filter((n) => inside.some((u) => u.ids.includes(last(n.ids))));
  return [...new Set([...inside, ...holders])];
}

/** The verbs a Perbup norm attaches to its marker: the next word, or each item's first word after "… wajib:". */
function verbsOf(norms: PerbupNorms, n: PerbupNorm, c: Claim): string[] {
  if (c.verb) return [c.verb];
  return norms.under(last(n.ids)).filter((x) => x !== n).map((x) => /^\p{L}+/u.exec(x.text.masked)?.[0]?.toLowerCase() ?? '');
}

/** True when two subjects name a common party (or the claim's names none). */
function sameParty(claimSubject: string, perbupSubject: string): boolean {
  const mine = capitalisedPhrases(claimSubject);
  if (mine.length === 0) return true;
  const theirs = new Set(capitalisedPhrases(perbupSubject));
  return mine.some((p) => theirs.has(p));
}

/** The Perbup norm establishing `claim`, `true` for a named institution, or null when none does. */
export function backing(norms: PerbupNorms, claim: Claim, refs: readonly string[]): PerbupNorm | true | null {
  for (const id of refs) {
    const found = referenced(norms, id).find((n) => n.claims.some((c) => c.kind === claim.kind));
    if (found) return found;
  }
  if (claim.kind === 'lembaga') return new RegExp(`(^|[^\\p{L}])${escapeRegExp(claim.name)}($|[^\\p{L}])`, 'iu').test(norms.body) ? true : null;
  if (claim.kind === 'sanksi') return null;
  return norms.all.find((n) => n.claims.some((c) => c.kind === claim.kind && verbsOf(norms, n, c).includes(claim.verb) && sameParty(claim.subject, c.subject))) ?? null;
}
