/**
 * The norms of a Peraturan Bupati as its Pedoman and its Keputusan restate them (TN-PED-01, TN-PED-12,
 * TN-KEP-15): every ayat and rincian of the batang tubuh with the ids it lies under, its time limits and
 * the norms it establishes, so a restated fact can be looked up by reference ([[id]]) or over the whole
 * Perbup, and the finding can point at the Perbup's own line too.
 */
import type { Related } from '../../diagnostics/types.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { AuthorText } from '../../ir-index/text.js';
import { claims, type Claim } from './norm-claims.js';
import { timeLimits, type TimeLimit } from './time-limits.js';

/** One ayat or rincian of the Perbup. */
export interface PerbupNorm {
  readonly text: AuthorText;
  /** Ids of the units holding the text, outermost first, the text's own unit last. */
  readonly ids: readonly string[];
  readonly limits: readonly TimeLimit[];
  readonly claims: readonly Claim[];
}

const cache = new WeakMap<DocumentIndex, PerbupNorms>();

/** The norms of one Perbup. */
export class PerbupNorms {
  readonly all: readonly PerbupNorm[];
  /** Every word the Perbup writes (batang tubuh and definitions), for names of institutions. */
  readonly body: string;

  private constructor(readonly doc: DocumentIndex) {
    this.all = doc.textsOf('ayat', 'rincian').map((text) => {
      const own = text.context.rincian?.id ?? text.context.ayat?.id ?? text.context.pasal?.id ?? '';
      const entry = doc.units.byId.get(own);
      const ids = [text.context.pasal?.id, text.context.ayat?.id, ...(entry?.ancestors ?? []), own].filter((x): x is string => !!x);
      return { text, ids: [...new Set(ids)], limits: timeLimits(text.masked), claims: claims(text.masked) };
    });
    this.body = doc.textsOf('ayat', 'rincian', 'definisi', 'istilah').map((t) => t.masked).join('\n');
  }

  static of(doc: DocumentIndex): PerbupNorms {
    let n = cache.get(doc);
    if (!n) cache.set(doc, (n = new PerbupNorms(doc)));
    return n;
  }

  private byId: Map<string, PerbupNorm[]> | null = null;
  private limitKeys: Set<string> | null = null;

  /** The norms under a unit id (the unit itself and everything inside it), in document order. */
  under(id: string): PerbupNorm[] {
    if (!this.byId) {
      // Built once: rules ask for every reference of every Lampiran paragraph (issue 11).
      this.byId = new Map();
      for (const n of this.all) {
        for (const i of n.ids) {
          const list = this.byId.get(i);
          if (list) list.push(n);
          else this.byId.set(i, [n]);
        }
      }
    }
    return [...(this.byId.get(id) ?? [])];
  }

  /** True when some norm of the Perbup sets a time limit with this key (time-limits.ts). */
  hasLimit(key: string): boolean {
    this.limitKeys ??= new Set(this.all.flatMap((n) => n.limits.map((l) => l.key)));
    return this.limitKeys.has(key);
  }

  /** "Pasal 20 ayat (1)" of a norm, as printed. */
  where(n: PerbupNorm): string {
    const pasal = n.text.context.pasal;
    const ayat = n.text.context.ayat;
    return [pasal ? `Pasal ${pasal.label.replace(/^Pasal\s+/, '')}` : '', ayat?.label ? `ayat ${ayat.label}` : ''].filter(Boolean).join(' ');
  }

  /** A `related` entry at the norm's line in the Perbup. */
  related(n: PerbupNorm, message: string): Related[] {
    const at = n.text.locate();
    return [{ message, file: at.file, start: at.start }];
  }

  /** The norm that hands the Pedoman its place ("Pedoman … tercantum dalam Lampiran …"), if any. */
  pedomanProvision(): PerbupNorm | undefined {
    return this.all.find((n) => /^Pedoman\b.*\btercantum dalam\b/i.test(n.text.masked));
  }

  /** The norms that delegate to a Keputusan Bupati ("… ditetapkan dengan Keputusan Bupati"). */
  delegations(): PerbupNorm[] {
    return this.all.filter((n) => /\bditetapkan dengan Keputusan Bupati$/i.test(n.text.masked.trim()));
  }
}
