/**
 * Sentence builders for the synthetic regulations: normative sentences, rincian openers and items,
 * and sentences with a symbolic reference `[[id]]`, written the way schemas/README.md asks (no final
 * punctuation, no typed numbers of units).
 */
import type { Acak } from './random.js';
import { kapital, KERJA, KERJA_BENDA, KETERANGAN, OBJEK, PENGANTAR_RINCIAN, SUBJEK } from './lexicon.js';

/** A normative sentence: actor, verb, object, adverbial (sometimes two clauses). */
export function kalimatNormatif(acak: Acak): string {
  const first = `${acak.pick(SUBJEK)} ${acak.pick(KERJA)} ${acak.pick(OBJEK)} ${acak.pick(KETERANGAN)}`;
  if (!acak.chance(0.45)) return first;
  return `${first}, serta ${acak.pick(KERJA)} ${acak.pick(OBJEK)} ${acak.pick(KETERANGAN)}`;
}

/** The sentence that opens a rincian list (naskah adds the ":"). */
export function pengantarRincian(acak: Acak): string {
  const opener = acak.pick(PENGANTAR_RINCIAN);
  if (opener === 'meliputi' || opener === 'terdiri atas' || opener === 'dilaksanakan melalui') {
    return `${kapital(acak.pick(KERJA_BENDA))} ${acak.pick(OBJEK)} ${opener}`;
  }
  return `${acak.pick(SUBJEK)} dalam ${acak.pick(KERJA_BENDA)} ${acak.pick(OBJEK)} ${opener}`;
}

/** One rincian item, starting in lower case (TN-RIN-03). */
export function teksButir(acak: Acak): string {
  const head = `${acak.pick(KERJA_BENDA)} ${acak.pick(OBJEK)}`;
  return acak.chance(0.5) ? `${head} ${acak.pick(KETERANGAN)}` : head;
}

/** A sentence referring to another unit: `[[id]]` becomes "sebagaimana dimaksud pada ayat (1)" or "… dalam Pasal 5 ayat (2)". */
export function kalimatRujukan(acak: Acak, targetId: string): string {
  switch (acak.int(0, 2)) {
    case 0: return `${kapital(acak.pick(KERJA_BENDA))} ${acak.pick(OBJEK)} [[${targetId}]] dilaksanakan ${acak.pick(KETERANGAN)}`;
    case 1: return `Ketentuan lebih lanjut mengenai ${acak.pick(KERJA_BENDA)} ${acak.pick(OBJEK)} [[${targetId}]] ditetapkan dengan Keputusan Bupati`;
    default: return `Dalam melaksanakan ${acak.pick(KERJA_BENDA)} ${acak.pick(OBJEK)} [[${targetId}]], ${acak.pick(SUBJEK)} ${acak.pick(KERJA)} ${acak.pick(OBJEK)} ${acak.pick(KETERANGAN)}`;
  }
}

/** A paragraph of Pedoman prose: `sentences` descriptive sentences ending with ".". */
export function alineaPedoman(acak: Acak, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    out.push(`${kapital(acak.pick(KERJA_BENDA))} ${acak.pick(OBJEK)} ${acak.pick(['dilakukan', 'diselenggarakan', 'dikoordinasikan', 'dipantau'])} oleh ${acak.pick(SUBJEK)} ${acak.pick(KETERANGAN)}.`);
  }
  return out.join(' ');
}
