/**
 * TN-NUM-01 — no gaps or duplicates in the numbers of BAB, Bagian, Paragraf and konsiderans letters
 * (Pasal: TN-BT-04; ayat: TN-BT-06; rincian: TN-RIN-02/06; definitions: TN-KU-03; Mengingat: TN-DH-01).
 * Why: guards the generated numbering.
 * Source: L2 angka 72–82.
 */
import { letter, ordinal, roman } from '../../ir/numbering.js';
import type { Bab, Bagian, Paragraf } from '../../ir/types.js';
import type { Rule } from '../types.js';

const expectedLabel = (u: Bab | Bagian | Paragraf, n: number) => (u.kind === 'bab' ? `BAB ${roman(n)}` : u.kind === 'bagian' ? `Bagian ${ordinal(n)}` : `Paragraf ${n}`);

/** TN-NUM-01, as registered in src/lint/registry.ts. */
export const tnNum01: Rule = {
  id: 'TN-NUM-01',
  level: 'ERROR',
  statement: 'Nomor BAB, Bagian, Paragraf, dan huruf konsiderans berurutan tanpa loncatan atau ganda.',
  source: 'L2 angka 72–82',
  explanation: 'Penomoran unsur peraturan berurutan tanpa ada nomor yang terlewat atau terulang: BAB di seluruh batang tubuh, Bagian dalam setiap BAB, Paragraf dalam setiap Bagian, dan huruf pertimbangan dalam Menimbang. naskah menghitung nomor ini; aturan ini menjaga hasilnya.',
  correct: 'BAB I, BAB II, BAB III',
  incorrect: 'BAB I, BAB III (BAB II terlewat)',
  check(doc, report) {
    const byParent = new Map<string, (Bab | Bagian | Paragraf)[]>();
    for (const [unit, parent] of doc.units.parents) {
      if (unit.kind === 'pasal') continue;
      const key = unit.kind === 'bab' ? 'bab' : `${unit.kind}|${parent?.id ?? ''}`;
      byParent.set(key, [...(byParent.get(key) ?? []), unit]);
    }
    for (const units of byParent.values()) {
      units.forEach((u, i) => {
        if (i === 0) return;
        const expected = expectedLabel(u, i + 1);
        if (u.label !== expected) report({ place: { unit: u }, message: `${u.label} "${u.judul}" sesudah ${units[i - 1]!.label}: nomor terlewat atau ganda.`, hint: `Seharusnya "${expected}".` });
      });
    }
    doc.ir.pembukaan.menimbang.butir.forEach((b, i, all) => {
      if (all.length === 1) return;
      const expected = `${letter(i + 1)}.`;
      if (b.label !== expected) report({ place: b.source ? { unit: b } : { path: ['menimbang'], key: true }, message: `Pertimbangan ke-${i + 1} berhuruf "${b.label}".`, hint: `Seharusnya "${expected}".` });
    });
  },
};
