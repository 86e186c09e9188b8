/**
 * What the Peraturan Bupati says about the organisation a Keputusan fills (B3, issue 21 family 5): which
 * units it delegates to a Keputusan Bupati ("Susunan keanggotaan … ditetapkan dengan Keputusan
 * Bupati"), who fills a unit ("Pengarah … dijabat oleh Sekretaris Daerah"), the tasks of a unit ("…
 * mempunyai tugas: a. …"), and who leads what ("… dipimpin oleh Manajer SLRT"). The checks in
 * check-*.ts compare the struktur of the Keputusan with these facts.
 */
import type { Related } from '../../diagnostics/types.js';
import type { UnitSource } from '../../org/types.js';
import { perbupIds, show, type PerbupUnit } from './perbup-units.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

const normal = (s: string): string => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The facts of one Perbup, for the Keputusan that implements it. */
export class PerbupFacts {
  readonly byId: ReadonlyMap<string, PerbupUnit>;
  /** Provisions that delegate to a Keputusan Bupati, with the units they delegate. */
  readonly delegations: readonly { readonly provision: PerbupUnit; readonly units: readonly PerbupUnit[] }[];
  readonly #terms: readonly (readonly [string, string])[];
  /** The terms as one regex and their meanings, built on first use (expandTerms runs once per office compared). */
  #termsRe: { readonly re: RegExp; readonly meaning: ReadonlyMap<string, string> } | null = null;

  constructor(readonly units: readonly PerbupUnit[], readonly name: string) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    this.delegations = units
      .filter((u) => /ditetapkan dengan Keputusan Bupati$/i.test(u.isi) && u.refs.length > 0)
      .map((provision) => ({ provision, units: provision.refs.flatMap((id) => this.expand(id)) }));
    // Defined terms, longest first, so "Kepala Dinas" is expanded before "Dinas".
    this.#terms = units
      .filter((u) => u.kind === 'definisi')
      .map((u) => [u.text, u.isi.replace(/^.*?\badalah\s+/, '')] as const)
      .sort((a, b) => b[0].length - a[0].length);
  }

  /** A unit, or the items of its rincian when it has some. */
  expand(id: string): PerbupUnit[] {
    const unit = this.byId.get(id);
    if (!unit) return [];
    return unit.rincian.length > 0 ? unit.rincian.map((r) => this.byId.get(r)!).filter(Boolean) : [unit];
  }

  /** "Pasal 11 ayat (2) Peraturan Bupati Nomor …". */
  where(unit: PerbupUnit): string {
    return `${show(unit.chain)} ${this.name}`;
  }

  /** A `related` entry pointing at the Perbup's line. */
  related(unit: PerbupUnit, message: string): Related[] {
    return unit.source ? [{ message, file: unit.source.file, start: { line: unit.source.line, column: unit.source.column } }] : [];
  }

  /** The delegated units a struktur unit implements (by its `perbup` ids). */
  delegatedOf(u: UnitSource): PerbupUnit[] {
    const delegated = new Set(this.delegations.flatMap((d) => d.units.map((x) => x.id)));
    return perbupIds(u.perbup).filter((id) => delegated.has(id)).map((id) => this.byId.get(id)!);
  }

  /** The provisions "X [[unit]] dijabat oleh Y" about one Perbup unit, with Y. */
  holders(unit: PerbupUnit): { provision: PerbupUnit; holder: string }[] {
    return this.units.flatMap((p) => {
      const m = /\bdijabat oleh (.+)$/i.exec(p.isi);
      return m && p.refs.includes(unit.id) ? [{ provision: p, holder: m[1]! }] : [];
    });
  }

  /**
   * The provisions "X [[unit]] berasal dari unsur: a. …; b. …; c. …" about one Perbup unit, with the
   * unsur a pengisi may come from: each item, or all of them as one phrase ("a, b, atau c").
   */
  origins(unit: PerbupUnit): { provision: PerbupUnit; unsur: string[] }[] {
    return this.units.flatMap((p) => {
      if (!/\bberasal dari unsur$/i.test(p.isi) || !p.refs.includes(unit.id) || p.rincian.length === 0) return [];
      const items = p.rincian.map((id) => this.byId.get(id)!.text);
      const joined = items.length > 1 ? `${items.slice(0, -1).join(', ')}, atau ${items[items.length - 1]}` : items[0]!;
      return [{ provision: p, unsur: [...items, joined] }];
    });
  }

  /** The task lists ("… mempunyai tugas", "… dengan tugas") among a struktur unit's `perbup` ids. */
  taskLists(u: UnitSource): PerbupUnit[] {
    return perbupIds(u.perbup).map((id) => this.byId.get(id)).filter((p): p is PerbupUnit => p !== undefined && p.rincian.length > 0 && /\btugas$/i.test(p.isi));
  }

  /** `text` with the Perbup's defined terms replaced by their meaning ("Kepala Dinas" → "Kepala Dinas Sosial, …"). */
  expandTerms(text: string): string {
    if (this.#terms.length === 0) return text;
    this.#termsRe ??= { re: new RegExp(`\\b(${this.#terms.map(([t]) => escapeRegExp(t)).join('|')})\\b`, 'g'), meaning: new Map(this.#terms) };
    const { re, meaning } = this.#termsRe;
    return text.replace(re, (t) => meaning.get(t) ?? t);
  }

  /** Whether an office written in a Keputusan is the office `holder` of the Perbup (or a narrower description of it). */
  sameOffice(jabatan: string, holder: string): boolean {
    const j = normal(jabatan);
    return [holder, this.expandTerms(holder)].some((h) => j === normal(h) || j.startsWith(`${normal(h)} `));
  }

  /** The names a struktur unit goes by in the Perbup: its kedudukan, the Perbup's words for it, its holder. */
  namesOf(u: UnitSource): string[] {
    const own = perbupIds(u.perbup).flatMap((id) => this.expand(id)).filter((p) => p.kind === 'rincian').map((p) => p.text);
    const holders = this.delegatedOf(u).flatMap((p) => this.holders(p).map((h) => h.holder));
    return [...new Set([u.nama, ...own, ...holders].filter((n) => n.length > 2))];
  }
}

/** Whole-word patterns by list of names, compiled once (the Keputusan checks test every task against every name). */
const namePatterns = new Map<string, RegExp>();

/** Whether `text` names one of `names` (whole words, any case): one alternation per list of names. */
export function mentions(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const key = names.join('\u0000');
  let re = namePatterns.get(key);
  if (re === undefined) {
    re = new RegExp(`(^|[^\\p{L}])(?:${names.map((n) => escapeRegExp(normal(n))).join('|')})($|[^\\p{L}])`, 'u');
    namePatterns.set(key, re);
  }
  return re.test(normal(text));
}

/** The text of a task as authored. */
export function butirText(b: string | { readonly teks: string }): string {
  return typeof b === 'string' ? b : b.teks;
}

/** Compares two task texts as printed (spaces and italics marks do not count). */
export function sameText(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

/** A unit's place in the Perbup for a message: "Pasal 11 ayat (1) huruf a". */
export function chainOf(unit: PerbupUnit): string {
  return show(unit.chain);
}
