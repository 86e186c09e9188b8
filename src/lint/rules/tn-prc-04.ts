/**
 * TN-PRC-04 — the date of penetapan is not later than the date of pengundangan.
 * Why: a regulation cannot be promulgated before it is signed; dates are typed separately.
 * Source: TN-BT-14 [V].
 */
import { isoDateIn } from '../helpers/dates.js';
import type { Rule } from '../types.js';

/** TN-PRC-04, as registered in src/lint/registry.ts. */
export const tnPrc04: Rule = {
  id: 'TN-PRC-04',
  level: 'ERROR',
  statement: 'Tanggal penetapan tidak lebih kemudian daripada tanggal pengundangan.',
  source: 'TN-BT-14 [V]',
  explanation: 'Peraturan Bupati ditetapkan (ditandatangani) lebih dahulu, lalu diundangkan oleh Sekretaris Daerah; tanggal pengundangan sama dengan atau sesudah tanggal penetapan, dan peraturan mulai berlaku pada tanggal diundangkan kecuali ditentukan lain.',
  correct: 'ditetapkan: 2025-07-01\ndiundangkan: 2025-07-02',
  incorrect: 'ditetapkan: 2025-07-02\ndiundangkan: 2025-07-01',
  check(doc, report) {
    const { penutup } = doc.ir;
    if (!penutup.pengundangan) return;
    const ditetapkan = isoDateIn(penutup.penetapan.baris.join(' '));
    const diundangkan = isoDateIn(penutup.pengundangan.baris.join(' '));
    if (ditetapkan && diundangkan && diundangkan < ditetapkan) report({ place: doc.source ? { path: ['diundangkan'] } : { unit: null }, message: `Tanggal pengundangan (${diundangkan}) lebih dahulu daripada tanggal penetapan (${ditetapkan}).`, hint: 'Periksa `ditetapkan` dan `diundangkan`.' });
  },
};
