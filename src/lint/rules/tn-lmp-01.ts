/**
 * TN-LMP-01 — one Lampiran is headed "LAMPIRAN"; several are "LAMPIRAN I", "LAMPIRAN II", ….
 * Why: guards the generated headers.
 * Source: L2 §I.F (DPR-Manual p. 286).
 */
import { roman } from '../../ir/numbering.js';
import type { Rule } from '../types.js';

/** TN-LMP-01, as registered in src/lint/registry.ts. */
export const tnLmp01: Rule = {
  id: 'TN-LMP-01',
  level: 'ERROR',
  statement: 'Satu lampiran berjudul LAMPIRAN; beberapa lampiran LAMPIRAN I, LAMPIRAN II, ….',
  source: 'L2 §I.F; DPR-Manual hlm. 286',
  explanation: 'Bila peraturan mempunyai lebih dari satu lampiran, setiap lampiran diberi nomor urut dengan angka Romawi: LAMPIRAN I, LAMPIRAN II. Satu-satunya lampiran tidak diberi nomor.',
  correct: 'LAMPIRAN I … LAMPIRAN II …',
  incorrect: 'LAMPIRAN 1 … LAMPIRAN 2 …',
  check(doc, report) {
    const all = doc.ir.lampiran;
    all.forEach((l, i) => {
      const expected = all.length === 1 ? 'LAMPIRAN' : `LAMPIRAN ${roman(i + 1)}`;
      if (l.kepala[0] !== expected) report({ place: doc.source && doc.jenis === 'peraturan-bupati' ? { path: ['lampiran', i] } : { unit: null }, message: `Lampiran ke-${i + 1} berjudul "${l.kepala[0] ?? ''}".`, hint: `Seharusnya "${expected}".` });
    });
  },
};
