/**
 * TN-BHS-06 — every abbreviation in the batang tubuh is introduced once in Pasal 1 ("yang selanjutnya
 * disingkat/disebut"); after that only the short form is used.
 * Why: undefined abbreviations (DTKS, OPD) and a long form next to its short form are routine corrections.
 * Source: L2 §I.C.1 [R]. ERROR for an undefined or doubly defined abbreviation, warning for mixed use.
 * Peraturan Bupati only: a Keputusan has no Pasal 1 and uses the Perbup's abbreviations (SLRT); its
 * abbreviations are checked against the Perbup it implements by TN-BHS-15.
 */
import { isAbbreviation, matches, ABBREVIATION } from '../words.js';
import type { Rule } from '../types.js';
import type { TextKind } from '../../ir-index/text.js';

const CHECKED_KINDS: readonly TextKind[] = ['ayat', 'rincian', 'definisi', 'istilah', 'diktum'];

/** TN-BHS-06, as registered in src/lint/registry.ts. */
export const tnBhs06: Rule = {
  id: 'TN-BHS-06',
  level: 'ERROR',
  statement: 'Setiap singkatan diperkenalkan sekali dalam Pasal 1; sesudah itu hanya bentuk singkatnya yang dipakai.',
  source: 'L2 §I.C.1 [R]',
  explanation: 'Singkatan dan akronim yang dipakai dalam batang tubuh (SLRT, Puskesos, SIKS-NG, DTSEN, APBD, …) harus diperkenalkan dalam Pasal 1 dengan "yang selanjutnya disingkat/disebut", satu kali saja. Singkatan yang tidak didefinisikan atau didefinisikan dua kali adalah galat. Sesudah diperkenalkan, yang dipakai bentuk singkatnya; memakai kepanjangannya lagi diberi peringatan.',
  correct: 'Pasal 1: Data Tunggal Sosial dan Ekonomi Nasional yang selanjutnya disingkat DTSEN adalah …\nPasal 20: DTSEN digunakan sebagai acuan …',
  incorrect: 'Pasal 20: DTKS digunakan sebagai acuan … (DTKS tidak didefinisikan)',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const seen = new Map<string, string>();
    for (const term of doc.terms.list) {
      if (!term.singkatan) continue;
      const first = seen.get(term.singkatan);
      if (first) report({ place: { unit: term.rincian }, message: `Singkatan "${term.singkatan}" didefinisikan lagi (sudah untuk "${first}").`, hint: 'Setiap singkatan didefinisikan satu kali.' });
      else seen.set(term.singkatan, term.istilah);
    }
    for (const t of doc.textsOf(...CHECKED_KINDS)) {
      const own = t.context.rincian?.definisi ? doc.terms.list.find((x) => x.rincian === t.context.rincian) : undefined;
      const covered = doc.terms.occurrences(t.masked).map((o) => [o.index, o.index + o.length] as const);
      for (const m of matches(ABBREVIATION, t.masked)) {
        if (!isAbbreviation(m[0]) || covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
        if (own && (own.singkatan === m[0] || own.istilah.includes(m[0]))) continue;
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Singkatan "${m[0]}" dipakai tetapi tidak didefinisikan dalam Pasal 1.`, hint: `Tambahkan definisi "… yang selanjutnya disingkat ${m[0]} adalah …", atau tulis kepanjangannya.` });
      }
      if (t.kind === 'istilah' || t.kind === 'definisi') continue;
      for (const o of doc.terms.occurrences(t.masked)) {
        if (o.form === 'istilah' && o.istilah.singkatan && o.istilah.singkatan !== o.istilah.istilah) {
          report({ place: { text: t, index: o.index, length: o.length }, message: `"${o.matched.replace(/\s+/g, ' ')}" ditulis lengkap, padahal sudah disingkat ${o.istilah.singkatan}.`, hint: `Tulis "${o.istilah.singkatan}".`, severity: 'warning' });
        }
      }
    }
  },
};
