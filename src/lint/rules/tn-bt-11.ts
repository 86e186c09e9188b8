/**
 * TN-BT-11 — the ketentuan peralihan opens with "Pada saat Peraturan Bupati ini mulai berlaku, …".
 * Why: transitional provisions drafted as ordinary norms lose their time anchor.
 * Source: L2 §I.C.4 [R].
 */
import type { Rule } from '../types.js';

/** TN-BT-11, as registered in src/lint/registry.ts. */
export const tnBt11: Rule = {
  id: 'TN-BT-11',
  level: 'WARN',
  statement: 'Ketentuan peralihan diawali "Pada saat Peraturan Bupati ini mulai berlaku, …".',
  source: 'L2 §I.C.4 [R]',
  explanation: 'Ketentuan peralihan memuat penyesuaian terhadap keadaan yang sudah ada pada saat peraturan mulai berlaku (mis. Puskesos yang sudah dibentuk, petugas yang sudah ditunjuk) dan dirumuskan dengan frasa pembuka "Pada saat Peraturan Bupati ini mulai berlaku, …".',
  correct: 'Pada saat Peraturan Bupati ini mulai berlaku, Puskesos yang telah dibentuk tetap melaksanakan tugasnya …',
  incorrect: 'Puskesos yang telah dibentuk sebelumnya tetap melaksanakan tugasnya …',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const frasa = `Pada saat ${doc.jenisPeraturan} ini mulai berlaku`;
    for (const bab of doc.units.bab) {
      if (!/PERALIHAN/i.test(bab.judul)) continue;
      const first = doc.texts.find((t) => t.kind === 'ayat' && t.context.bab === bab);
      if (first && !first.value.trim().startsWith(frasa)) report({ place: { text: first, index: 0, length: Math.min(first.value.length, 30) }, message: 'Ketentuan peralihan tidak diawali frasa baku.', hint: `Awali dengan "${frasa}, …".` });
    }
  },
};
