/**
 * TN-BHS-15 — an abbreviation used in a Lampiran (the Pedoman) or in the Keputusan is introduced: by
 * Pasal 1 of the Peraturan Bupati, by the document itself ("Tim Koordinasi Penanggulangan Kemiskinan
 * (TKPK)", "yang selanjutnya disingkat TKPK"), or by a table of abbreviations (first column headed
 * "Singkatan").
 * Why: TN-BHS-06 checks the batang tubuh only; the Pedoman and the Keputusan are written later, by other
 * hands, and bring their own acronyms (TKPK, OPD) that no reader can resolve.
 * Source: L2 §I.C.1 [R] (as TN-BHS-06, applied to the lampiran and the Keputusan). New id in family TN-BHS.
 */
import { implementedPerbups } from '../helpers/implemented.js';
import type { Naskah } from '../../ir/types.js';
import type { DefinedTerms } from '../../ir-index/istilah.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import { runsText, type TextKind } from '../../ir-index/text.js';
import { ABBREVIATION, isAbbreviation, matches } from '../words.js';
import type { Report, Rule } from '../types.js';

const LAMPIRAN: readonly TextKind[] = ['lampiran-alinea', 'lampiran-rincian', 'lampiran-subjudul'];
const KEPUTUSAN: readonly TextKind[] = ['menimbang', 'diktum', 'rincian', 'lampiran-alinea', 'lampiran-rincian', 'lampiran-subjudul'];

/** Abbreviations a document introduces itself: "(TKPK)", "disingkat TKPK", a table of Singkatan. */
function introduced(doc: DocumentIndex, kinds: readonly TextKind[]): Set<string> {
  const out = new Set<string>();
  for (const t of doc.textsOf(...kinds)) {
    for (const m of matches(/\(([A-Z][A-Za-z0-9-]*)\)|(?:disingkat|disebut)\s+([A-Z][A-Za-z0-9-]*)/g, t.masked)) out.add(m[1] ?? m[2]!);
  }
  for (const l of (doc.ir as Naskah).lampiran ?? []) {
    for (const b of l.isi) {
      if (b.kind !== 'tabel' || !/singkatan/i.test(runsText(b.kepala[0]?.[0] ?? []))) continue;
      for (const row of b.baris) out.add(runsText(row[0] ?? []).trim());
    }
  }
  return out;
}

function check(doc: DocumentIndex, kinds: readonly TextKind[], terms: readonly DefinedTerms[], report: Report, where: string): void {
  const known = introduced(doc, kinds);
  for (const list of terms) for (const t of list.list) if (t.singkatan) known.add(t.singkatan);
  for (const t of doc.textsOf(...kinds)) {
    const covered = terms.flatMap((list) => list.occurrences(t.masked).map((o) => [o.index, o.index + o.length] as const));
    for (const m of matches(ABBREVIATION, t.masked)) {
      if (!isAbbreviation(m[0]) || known.has(m[0]) || covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
      if (t.kind === 'lampiran-subjudul' && m[0] === t.masked.toUpperCase().slice(m.index, m.index + m[0].length) && t.masked === t.masked.toUpperCase()) continue;
      report({ place: { text: t, index: m.index, length: m[0].length }, message: `Singkatan "${m[0]}" dipakai dalam ${where} tetapi tidak diperkenalkan.`, hint: `Tulis kepanjangannya diikuti "(${m[0]})" pada pemakaian pertama, cantumkan dalam tabel singkatan, atau definisikan dalam Pasal 1 Peraturan Bupati.` });
    }
  }
}

/** TN-BHS-15, as registered in src/lint/registry.ts. */
export const tnBhs15: Rule = {
  id: 'TN-BHS-15',
  level: 'ERROR',
  statement: 'Singkatan dalam Lampiran (Pedoman) dan Keputusan diperkenalkan: dalam Pasal 1 Peraturan Bupati, dengan kepanjangannya "(…)", atau dalam tabel singkatan.',
  source: 'L2 §I.C.1 [R]',
  explanation: 'Seperti dalam batang tubuh (TN-BHS-06), setiap singkatan dan akronim dalam Lampiran dan dalam Keputusan harus dapat dibaca: didefinisikan dalam Pasal 1 Peraturan Bupati, ditulis kepanjangannya diikuti singkatan dalam kurung pada pemakaian pertama ("Tim Koordinasi Penanggulangan Kemiskinan (TKPK)"), atau dicantumkan dalam tabel singkatan yang kolom pertamanya berjudul "Singkatan".',
  correct: 'Pedoman: Tim Koordinasi Penanggulangan Kemiskinan (TKPK) menerima laporan …',
  incorrect: 'Pedoman: TKPK menerima laporan … (TKPK tidak diperkenalkan)',
  check(doc, report) {
    if (doc.jenis !== 'peraturan-bupati') return;
    check(doc, LAMPIRAN, [doc.terms], report, 'Lampiran');
  },
  checkProject(project, report) {
    for (const kep of project.ofJenis('keputusan-bupati')) check(kep, KEPUTUSAN, [kep.terms, ...implementedPerbups(project, kep).map((p) => p.terms)], report, 'Keputusan');
  },
};
