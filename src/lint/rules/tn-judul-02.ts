/**
 * TN-JUDUL-02 — the title is in capitals and has no terminal punctuation.
 * Why: authors type `tentang` in title case and sometimes end it with a period.
 * Source: L2 §I.A (TJ-Kumham p. 139 item c).
 */
import { replaceFix } from '../helpers/edits.js';
import type { Rule } from '../types.js';

/** TN-JUDUL-02, as registered in src/lint/registry.ts. */
export const tnJudul02: Rule = {
  id: 'TN-JUDUL-02',
  level: 'ERROR',
  statement: 'Judul ditulis seluruhnya dengan huruf kapital tanpa tanda baca di akhir.',
  source: 'L2 §I.A; TJ-Kumham hlm. 139 butir c',
  explanation: 'Nama peraturan pada judul ditulis seluruhnya dengan huruf kapital, diletakkan di tengah, tanpa diakhiri tanda baca. naskah mencetak `tentang` dengan huruf kapital; jangan mengetik titik atau tanda baca lain di akhirnya.',
  correct: 'tentang: Sistem Layanan dan Rujukan Terpadu',
  incorrect: 'tentang: Sistem Layanan dan Rujukan Terpadu.',
  check(doc, report) {
    for (const t of doc.textsOf('tentang')) {
      const m = /\s*[.,;:!?]+\s*$/.exec(t.value);
      if (m) report({ place: { text: t, index: m.index, length: m[0].length }, message: `Nama peraturan diakhiri tanda baca "${m[0].trim()}".`, hint: 'Hapus tanda baca di akhir `tentang`.', fix: replaceFix(t, m.index, m[0].length, '', 'hapus tanda baca di akhir nama peraturan') });
    }
    doc.ir.judul.baris.forEach((line, i) => {
      // The NOMOR line of a Keputusan carries the archival number, e.g. "400.9/Kep.12-Dinsos/2026" (TN-KEP-03).
      if (!/^NOMOR\b/.test(line) && line !== line.toUpperCase()) report({ place: { path: ['tentang'] }, message: `Baris judul ke-${i + 1} tidak seluruhnya huruf kapital: "${line}".`, hint: 'Judul dicetak dengan huruf kapital.' });
    });
  },
};
