/**
 * TN-RIN-13 — a list whose introducing sentence says that one item suffices ("memenuhi salah satu …",
 * "apabila … atau …") is alternative ("; atau"), not cumulative ("; dan").
 * Why: `rincian: kumulatif` is the default a drafter copies; when the wording chooses one item and the
 * connector requires all of them, the norm says two things and the stricter one is read.
 * Reliable only on these explicit phrases: "salah satu" in the introducing sentence, or "apabila/jika"
 * followed by "atau" in it. Lists whose wording does not say it are not judged (the meaning of a list
 * is otherwise a matter of substance).
 * Source: L2 angka ≈88–90 (kumulatif "dan", alternatif "atau") [V]. New id in family TN-RIN.
 */
import type { Rincian } from '../../ir/types.js';
import { effectiveEnding } from '../helpers/endings.js';
import type { Rule } from '../types.js';

const ONE_OF = /\bsalah satu\b|\b(?:apabila|jika|bila)\b[^;]*\batau\b/i;

/** TN-RIN-13, as registered in src/lint/registry.ts. */
export const tnRin13: Rule = {
  id: 'TN-RIN-13',
  level: 'WARN',
  statement: 'Rincian yang kalimat pengantarnya memilih salah satu butir ("salah satu", "apabila … atau") bersifat alternatif ("; atau"), bukan kumulatif.',
  source: 'L2 angka ≈88–90 [V]',
  explanation: 'Rincian kumulatif ("; dan") berarti semua butir berlaku; rincian alternatif ("; atau") berarti cukup salah satu. Bila kalimat pengantarnya menyatakan "salah satu" atau "apabila … atau …", tetapi rincian ditandai kumulatif, norma itu bertentangan dengan dirinya sendiri. Ubah `rincian: kumulatif` menjadi `alternatif` (atau `kumulatif-alternatif`), atau ubah kalimat pengantarnya.',
  correct: 'Keluhan dinyatakan selesai apabila memenuhi salah satu keadaan (rincian: alternatif)',
  incorrect: 'Keluhan dinyatakan selesai apabila memenuhi salah satu keadaan (rincian: kumulatif)',
  check(doc, report) {
    for (const t of doc.textsOf('ayat', 'rincian', 'diktum')) {
      if (!t.context.opensList) continue;
      const items: readonly Rincian[] = t.kind === 'ayat' ? t.context.ayat?.rincian ?? [] : t.kind === 'diktum' ? t.context.diktum?.rincian ?? [] : t.context.rincian?.rincian ?? [];
      if (items.length < 2 || items.some((r) => r.definisi)) continue;
      const m = ONE_OF.exec(t.masked);
      if (!m || effectiveEnding(items[items.length - 2]!) !== '; dan') continue;
      report({ place: { text: t, index: m.index, length: m[0].length }, message: `Kalimat pengantar menyatakan "${m[0]}", tetapi rinciannya kumulatif ("; dan").`, hint: 'Tandai rincian `alternatif` ("; atau") atau `kumulatif-alternatif`, atau ubah kalimat pengantarnya bila semua butir memang berlaku.' });
    }
  },
};
