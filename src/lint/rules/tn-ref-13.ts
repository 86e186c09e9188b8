/**
 * TN-REF-13 — every referenced unit exists, and no unit refers to itself. Symbolic references are checked by the resolver (NSK301) and
 * re-checked on the IR; references typed by hand ("Pasal 12", "ayat (3)") are resolved against the
 * document: a missing unit is an error, an existing one a warning suggesting `[[id]]` so it cannot go
 * stale. Across documents, "[[dokumen:id]]" must name a loaded document and one of its units.
 * Why: dangling references after edits are what numbering by hand produces.
 * Source: implied by L2 [R].
 */
import { typedReferences } from '../helpers/typed-references.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import type { Rule } from '../types.js';

/** TN-REF-13, as registered in src/lint/registry.ts. */
export const tnRef13: Rule = {
  id: 'TN-REF-13',
  level: 'ERROR',
  statement: 'Setiap unsur yang dirujuk ada; rujukan ditulis simbolis [[id]] agar tidak usang.',
  source: 'L2 (tersirat) [R]',
  explanation: 'Rujukan ke Pasal, ayat, huruf, atau angka harus menunjuk unsur yang ada. Rujukan yang diketik sebagai nomor ("Pasal 12") menjadi salah begitu ada Pasal yang disisipkan atau dihapus; tulis `[[id]]` agar naskah menghitung nomornya. Rujukan ketik ke unsur yang tidak ada adalah galat; ke unsur yang ada diberi peringatan beserta id yang dapat dipakai. Rujukan ke unsur yang memuat rujukan itu sendiri juga galat. Rujukan antardokumen ditulis `[[id-dokumen:id]]`.',
  correct: 'teks: Fasilitator [[so-fasilitator]] mempunyai tugas',
  incorrect: 'teks: Fasilitator sebagaimana dimaksud dalam Pasal 99 mempunyai tugas',
  coveredBy: ['NSK301', 'NSK310'],
  check(doc, report) {
    const { byId, refs } = doc.units;
    for (const use of refs) {
      for (const id of use.ref.targets) {
        if (!id.includes(':') && !byId.has(id)) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan menunjuk id \`${id}\` yang tidak ada dalam dokumen.`, hint: 'Periksa id unsur yang dirujuk.' });
        else if (id === use.holder.id || use.holder.ancestors.includes(id)) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan \`${id}\` menunjuk unsur yang memuat rujukan itu sendiri.`, hint: 'Hapus rujukan ke diri sendiri; rujuk unsur lain atau tulis isinya langsung.', coveredBy: ['NSK310'] });
      }
    }
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const r of typedReferences(doc, t)) {
        if (r.external) continue;
        if (r.target && (r.target === t.context.pasal || r.target === t.context.ayat || r.target === t.context.rincian)) {
          report({ place: { text: t, index: r.index, length: r.length }, message: `Rujukan "${r.text}" menunjuk unsur yang memuat rujukan itu sendiri.`, hint: 'Hapus rujukan ke diri sendiri; rujuk unsur lain atau tulis isinya langsung.', coveredBy: [] });
          continue;
        }
        // Typed references are not seen by the resolver: never covered by its NSK301.
        if (!r.target) report({ place: { text: t, index: r.index, length: r.length }, message: `Rujukan "${r.text}" menunjuk unsur yang tidak ada dalam dokumen ini.`, hint: 'Periksa nomornya, lalu tulis rujukan sebagai [[id]] agar nomornya dihitung naskah.', coveredBy: [] });
        else report({ place: { text: t, index: r.index, length: r.length }, message: `Rujukan "${r.text}" diketik sebagai nomor.`, hint: `Tulis [[${r.target.id}]] (atau [[=${r.target.id}]] tanpa "sebagaimana dimaksud") agar nomornya tetap benar setelah perubahan.`, severity: 'warning', coveredBy: [] });
      }
    }
  },
  checkProject(project, report) {
    for (const doc of project.documents) {
      for (const use of doc.units.refs) {
        for (const id of use.ref.targets) {
          const [docId, unitId] = id.split(':');
          if (unitId === undefined) continue;
          const other = project.byId(docId!);
          if (!other) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan \`${id}\` menunjuk dokumen \`${docId}\` yang tidak ada di content/ atau masih memuat galat.`, hint: 'Periksa id dokumen, lalu jalankan `naskah check` untuk dokumen itu.' });
          else if (!other.units.byId.has(unitId)) report({ place: { unit: { source: use.holder.source } }, message: `Rujukan \`${id}\` menunjuk unsur yang tidak ada dalam \`${docId}\`.`, hint: `Periksa id unsur di content/${docId}/naskah.yaml.` });
        }
      }
    }
  },
};
