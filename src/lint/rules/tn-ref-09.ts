/**
 * TN-REF-09 — references point backwards: avoid referring to a Pasal or ayat that comes later (a
 * Lampiran is the exception).
 * Why: forward references make a norm depend on text the reader has not met. The catalogue entry is
 * "ERROR (lower level), WARN (forward)": the forward half is reported as a warning; the lower-level half
 * (references only to same or higher regulations) needs the level of every regulation named in free text
 * and is left to review.
 * Source: L2 §III.C butir 5.
 */
import type { Rule } from '../types.js';

/** TN-REF-09, as registered in src/lint/registry.ts. */
export const tnRef09: Rule = {
  id: 'TN-REF-09',
  level: 'ERROR',
  statement: 'Hindari rujukan ke Pasal atau ayat yang letaknya sesudah rumusan yang merujuk.',
  source: 'L2 §III.C butir 5',
  explanation: 'Rujukan hanya ke peraturan yang sederajat atau lebih tinggi, dan sebaiknya tidak merujuk Pasal atau ayat yang letaknya sesudah Pasal atau ayat yang merujuk. Rujukan ke Lampiran dikecualikan. Rujukan ke depan dilaporkan sebagai peringatan; bagian yang galat (rujukan ke peraturan yang lebih rendah) tidak dapat diperiksa mesin.',
  correct: 'Pasal 12 merujuk Pasal 10',
  incorrect: 'Pasal 10 merujuk Pasal 12',
  check(doc, report) {
    const { byId, refs } = doc.units;
    for (const use of refs) {
      for (const id of use.ref.targets) {
        const target = byId.get(id);
        if (!target || target.kind === 'lampiran' || target.kind === 'menimbang' || use.holder.ancestors.includes(id)) continue;
        if (target.order > use.holder.order && !target.ancestors.includes(use.holder.id)) {
          report({ place: { unit: { source: use.holder.source } }, message: `Rujukan "${use.ref.text}" menunjuk unsur yang letaknya sesudah rumusan ini.`, hint: 'Susun ulang agar yang dirujuk berada lebih dahulu, atau rumuskan isinya langsung.', severity: 'warning' });
        }
      }
    }
  },
};
