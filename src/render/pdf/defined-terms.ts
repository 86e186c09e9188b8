/**
 * The terms a Peraturan's Ketentuan Umum defines (rincian with `definisi`), for the Typst layout's
 * protected phrases (templates/typst/naskah/phrase.typ: a title or heading in capitals never breaks
 * inside "FAKIR MISKIN" or "ORANG TIDAK MAMPU"). Made here and handed to the layout as the IR JSON's
 * `istilah`, so that a part of the document laid out on its own (the preview's Lampiran,
 * screen-parts.ts) protects the same phrases without carrying the batang tubuh.
 */
import type { Rincian, Unit } from '../../ir/types.js';

/** A term as upper-case words (Typst's `upper` and `split(regex("\s+"))`). */
const words = (term: string): string[] => term.toUpperCase().split(/\s+/u).filter((w) => w !== '');

function fromRincian(items: readonly Rincian[], into: string[][]): void {
  for (const r of items) {
    if (r.definisi !== null) {
      for (const t of [r.definisi.istilah, r.definisi.singkatan]) {
        if (t === null) continue;
        const w = words(t);
        if (w.length >= 2) into.push(w);
      }
    }
    fromRincian(r.rincian, into);
  }
}

function fromUnits(units: readonly Unit[], into: string[][]): void {
  for (const u of units) {
    if (u.kind === 'pasal') for (const a of u.ayat) fromRincian(a.rincian, into);
    else fromUnits(u.isi, into);
  }
}

/** Defined terms of two words or more, each as its upper-case words, in document order. */
export function definedTerms(batangTubuh: readonly Unit[]): string[][] {
  const out: string[][] = [];
  fromUnits(batangTubuh, out);
  return out;
}
