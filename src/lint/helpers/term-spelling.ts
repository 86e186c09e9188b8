/**
 * How a document spells its defined terms (TN-BHS-04, TN-BHS-14, TN-PED-08): one mistake, one finding.
 * A term defined in lower case is reported once at its definition (TN-KU-03); a term whose definition is
 * spelled one way while every use spells it another way ("Pemerintah daerah" defined, "Pemerintah Daerah"
 * used 20 times) is reported once at the definition (TN-BHS-04), not at each use.
 */
import type { DefinedTerms, Istilah } from '../../ir-index/istilah.js';
import type { AuthorText } from '../../ir-index/text.js';
import { startsUpper } from '../words.js';

const normal = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** The verdict on one term's definition. */
export interface DefinitionVerdict {
  /** True when the uses must not be reported one by one (the definition is the mistake). */
  readonly definitionWrong: boolean;
  /** The spelling the uses agree on, when it differs from the definition's. */
  readonly usedSpelling: string | null;
  readonly uses: number;
}

const cache = new WeakMap<DefinedTerms, Map<Istilah, DefinitionVerdict>>();

/** Per term: whether its definition rather than its uses is wrong (computed once per document's terms). */
export function definitionVerdicts(terms: DefinedTerms, texts: readonly AuthorText[]): Map<Istilah, DefinitionVerdict> {
  let found = cache.get(terms);
  if (!found) {
    found = compute(terms, texts);
    cache.set(terms, found);
  }
  return found;
}

function compute(terms: DefinedTerms, texts: readonly AuthorText[]): Map<Istilah, DefinitionVerdict> {
  const counts = new Map<Istilah, Map<string, number>>();
  for (const t of texts) {
    if (t.kind === 'istilah' || t.kind === 'definisi' || t.kind === 'menimbang') continue;
    for (const o of terms.occurrences(t.masked, true)) {
      if (o.form !== 'istilah') continue;
      const plain = normal(o.matched);
      if (plain === plain.toLowerCase() || plain === plain.toUpperCase()) continue;
      const byTerm = counts.get(o.istilah) ?? new Map<string, number>();
      byTerm.set(plain, (byTerm.get(plain) ?? 0) + 1);
      counts.set(o.istilah, byTerm);
    }
  }
  const out = new Map<Istilah, DefinitionVerdict>();
  for (const term of terms.list) {
    if (!startsUpper(term.istilah)) {
      out.set(term, { definitionWrong: true, usedSpelling: null, uses: 0 });
      continue;
    }
    const byTerm = counts.get(term) ?? new Map<string, number>();
    const asDefined = byTerm.get(term.istilah) ?? 0;
    const [other, n] = [...byTerm].filter(([s]) => s !== term.istilah).sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const wrong = asDefined === 0 && other !== null && n >= 2 && byTerm.size === 1;
    out.set(term, { definitionWrong: wrong, usedSpelling: wrong ? other : null, uses: n });
  }
  return out;
}
