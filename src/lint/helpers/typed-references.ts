/**
 * References typed by hand in a text ("Pasal 5 ayat (2) huruf a", "ayat (1)") instead of a symbolic
 * `[[id]]` (TN-REF-03, TN-REF-13): found, told apart from references to other regulations ("Pasal 5
 * huruf c Peraturan Menteri Sosial …"), and resolved against the document's own units.
 */
import type { Ayat, Pasal, Rincian } from '../../ir/types.js';
import { matches } from '../words.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { AuthorText } from '../../ir-index/text.js';

/** One typed reference. */
export interface TypedReference {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  /** Refers to another regulation (followed by its name). */
  readonly external: boolean;
  /** The unit it designates in this document, or null when there is none. */
  readonly target: Pasal | Ayat | Rincian | null;
}

const CHAIN = /\b(?:Pasal (\d+[A-Z]?)(?: ayat \((\d+[a-z]?)\))?|ayat \((\d+[a-z]?)\))(?: huruf ([a-z]))?(?: angka (\d+))?(?![\p{L}\p{N}])/gu;
const EXTERNAL = /^,?\s*(?:Undang-Undang|Peraturan|Keputusan|Instruksi|UUD|Qanun)\b/;
/** More elements of the same reference before the regulation's name: "Pasal 34 ayat (1) dan ayat (2) Undang-Undang …". */
const MORE = /^(?:,?\s*(?:,|dan|atau|sampai dengan)\s+(?:Pasal \d+[A-Z]?|ayat \(\d+[a-z]?\)|huruf [a-z]|angka \d+)(?:\s+(?:ayat \(\d+[a-z]?\)|huruf [a-z]|angka \d+))*)*/;

/** Typed references in a text (masked: `[[…]]` already hidden). */
export function typedReferences(doc: DocumentIndex, text: AuthorText): TypedReference[] {
  const out: TypedReference[] = [];
  for (const m of matches(CHAIN, text.masked)) {
    const rest = text.masked.slice(m.index + m[0].length);
    const after = rest.slice(MORE.exec(rest)?.[0].length ?? 0);
    const external = EXTERNAL.test(after) || text.kind === 'menimbang';
    const pasal = m[1] !== undefined ? doc.units.pasal.find((p) => p.label === `Pasal ${m[1]}`) ?? null : text.context.pasal;
    const ayatLabel = m[2] ?? m[3];
    out.push({ index: m.index, length: m[0].length, text: m[0], external, target: external ? null : resolve(pasal, ayatLabel, m[4], m[5], m[1] !== undefined, text) });
  }
  return out;
}

function resolve(pasal: Pasal | null, ayatLabel: string | undefined, huruf: string | undefined, angka: string | undefined, named: boolean, text: AuthorText): Pasal | Ayat | Rincian | null {
  if (!pasal) return null;
  let ayat: Ayat | null = null;
  if (ayatLabel !== undefined) {
    ayat = pasal.ayat.find((a) => a.label === `(${ayatLabel})`) ?? null;
    if (!ayat) return null;
  } else if (huruf !== undefined) {
    // "huruf a" without an ayat: the list of the unsplit Pasal, or of the ayat holding the text.
    ayat = named ? pasal.ayat.find((a) => a.label === null) ?? null : text.context.ayat;
    if (!ayat) return null;
  }
  if (huruf === undefined) return ayat ?? pasal;
  const item = ayat?.rincian.find((r) => r.label === `${huruf}.`) ?? null;
  if (!item || angka === undefined) return item;
  return item.rincian.find((r) => r.label === `${angka}.`) ?? null;
}
