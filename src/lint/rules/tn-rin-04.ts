/**
 * TN-RIN-04 — each rincian ends with ";" (the penultimate with its conjunction, the last with the list's
 * ending); authors never type the final punctuation.
 * Why: the generator adds the endings (guarded here); a typed ending is removed by `--fix` (the resolver
 * reports it as NSK307).
 * Source: L2 angka ≈87 item d.
 */
import { effectiveEnding, isConjunction } from '../helpers/endings.js';
import { replaceFix } from '../helpers/edits.js';
import { rincianLists } from '../helpers/lists.js';
import type { Rule } from '../types.js';

const TYPED_END = /\s*(?:;\s*(?:dan\/atau|dan|atau)|[.;:,])\s*$/;

/** TN-RIN-04, as registered in src/lint/registry.ts. */
export const tnRin04: Rule = {
  id: 'TN-RIN-04',
  level: 'ERROR',
  statement: 'Setiap rincian diakhiri titik koma; tanda baca akhir tidak diketik sendiri.',
  source: 'L2 angka ≈87 butir d',
  explanation: 'Setiap butir rincian diakhiri tanda titik koma, kecuali butir sebelum terakhir (titik koma dan kata sambung) dan butir terakhir (tanda baca akhir kalimat). naskah menambahkan tanda baca ini menurut jenis rincian; penyusun tidak mengetik ";", "; dan", ":", atau "." di akhir teks. `naskah check --fix` menghapus tanda baca akhir yang diketik.',
  correct: 'butir:\n  - integrasi layanan dan informasi\n  - identifikasi keluhan',
  incorrect: 'butir:\n  - integrasi layanan dan informasi;\n  - identifikasi keluhan; dan',
  coveredBy: ['NSK307'],
  check(doc, report) {
    for (const list of rincianLists(doc)) {
      if (list.depth !== 1) continue;
      list.items.forEach((r, i) => {
        if (i >= list.items.length - 2) return;
        const e = effectiveEnding(r);
        if (e !== ';' && !isConjunction(e)) report({ place: { unit: r }, message: `Rincian ${r.label} diakhiri "${e || 'tanpa tanda baca'}", bukan titik koma.`, hint: 'Setiap rincian diakhiri ";".' });
      });
    }
    for (const t of doc.textsOf('rincian', 'ayat', 'menimbang', 'definisi', 'diktum')) {
      const m = TYPED_END.exec(t.value);
      if (!m || t.value.trimEnd().endsWith('...') || !t.fromSource) continue;
      report({ place: { text: t, index: m.index, length: m[0].length }, message: `Teks diakhiri "${m[0].trim()}" yang diketik sendiri.`, hint: 'Hapus tanda baca akhir; naskah menambahkannya.', fix: replaceFix(t, m.index, m[0].length, '', `hapus "${m[0].trim()}" yang diketik di akhir teks`) });
    }
  },
};
