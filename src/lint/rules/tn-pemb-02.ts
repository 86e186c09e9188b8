/**
 * TN-PEMB-02 — the jabatan pembentuk is in capitals and ends with a comma: "BUPATI PURWAKARTA,".
 * Why: guards the jabatan line generated from content/daerah.yaml.
 * Source: L2 §I.B.2.
 */
import type { Rule } from '../types.js';

/** TN-PEMB-02, as registered in src/lint/registry.ts. */
export const tnPemb02: Rule = {
  id: 'TN-PEMB-02',
  level: 'ERROR',
  statement: 'Jabatan pembentuk ditulis huruf kapital dan diakhiri koma: BUPATI PURWAKARTA,',
  source: 'L2 §I.B.2',
  explanation: 'Jabatan pembentuk peraturan ditulis seluruhnya dengan huruf kapital, diletakkan di tengah, dan diakhiri tanda baca koma. Nama daerah ditulis tanpa kata "KABUPATEN": BUPATI PURWAKARTA, bukan BUPATI KABUPATEN PURWAKARTA.',
  correct: 'BUPATI PURWAKARTA,',
  incorrect: 'BUPATI KABUPATEN PURWAKARTA',
  check(doc, report) {
    const jabatan = doc.ir.pembukaan.jabatan;
    const core = jabatan.replace(/^(?:Pj|Plt)\. /, '');
    if (!/^(?:BUPATI|WALI KOTA) [A-Z][A-Z -]*,$/.test(core) || /\b(?:KABUPATEN|KOTA)\b/.test(core.replace(/^WALI KOTA/, ''))) {
      report({ place: { unit: null }, message: `Jabatan pembentuk tertulis "${jabatan}".`, hint: 'Tulis jabatan dengan huruf kapital tanpa kata KABUPATEN, diakhiri koma, mis. "BUPATI PURWAKARTA,"; periksa content/daerah.yaml.' });
    }
  },
};
