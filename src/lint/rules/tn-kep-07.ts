/**
 * TN-KEP-07 — diktum labels are ordinal words in capitals: KESATU, KEDUA, KETIGA, … (never PERTAMA or 1.).
 * Why: guards the generated labels.
 * Source: L2 (Kesatu/Kedua convention) [R]; Kanwil Kemenag Jabar form [P].
 */
import { diktumLabel } from '../../ir/numbering.js';
import type { Rule } from '../types.js';

/** TN-KEP-07, as registered in src/lint/registry.ts. */
export const tnKep07: Rule = {
  id: 'TN-KEP-07',
  level: 'ERROR',
  statement: 'Diktum berlabel KESATU, KEDUA, KETIGA, … (bukan PERTAMA atau 1.).',
  source: 'L2 [R]; [P]',
  explanation: 'Diktum Keputusan diberi label bilangan tingkat dengan huruf kapital: KESATU, KEDUA, KETIGA, KEEMPAT, dan seterusnya, diikuti titik dua pada kolom yang rata. Label "PERTAMA" atau angka "1." tidak dipakai.',
  correct: 'KESATU : …\nKEDUA : …',
  incorrect: 'PERTAMA : …\nKEDUA : …',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    doc.ir.diktum.forEach((d, i) => {
      const expected = diktumLabel(i + 1);
      if (d.label !== expected) report({ place: { unit: d }, message: `Diktum ke-${i + 1} berlabel "${d.label}".`, hint: `Seharusnya "${expected}".` });
    });
  },
};
