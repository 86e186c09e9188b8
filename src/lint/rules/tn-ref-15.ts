/**
 * TN-REF-15 — a Pasal of the Peraturan Bupati referred to from its Lampiran (the Pedoman) or from the
 * Keputusan that implements it is written as a reference (`[[id]]`, `[[perbup-slrt:id]]`), not typed
 * as a number: a typed number that points to no unit is an error, one that still points to a unit a
 * warning (it goes stale at the next renumbering).
 * Why: the Pedoman and the Keputusan are edited apart from the Perbup; TN-REF-13 checks the Perbup's
 * own norms only. References to other regulations ("Pasal 34 Undang-Undang Dasar …") are left alone.
 * Source: implied by L2 [R] (as TN-REF-13). New id in family TN-REF.
 */
import { implementedPerbups } from '../helpers/implemented.js';
import { typedReferences } from '../helpers/typed-references.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { AuthorText, TextKind } from '../../ir-index/text.js';
import type { Report, Rule } from '../types.js';

const LAMPIRAN: readonly TextKind[] = ['lampiran-alinea', 'lampiran-rincian'];
const KEPUTUSAN: readonly TextKind[] = ['menimbang', 'diktum', 'rincian', 'lampiran-alinea', 'lampiran-rincian'];
/** After the reference: the Perbup named as such ("Peraturan Bupati ini", "Peraturan Bupati Purwakarta … tentang …"). */
const PERBUP_NAMED = /^\s*Peraturan Bupati\b/;

function checkText(perbup: DocumentIndex, t: AuthorText, prefix: string, fromKeputusan: boolean, report: Report): void {
  for (const r of typedReferences(perbup, t)) {
    if (!r.text.startsWith('Pasal')) continue;
    const after = t.masked.slice(r.index + r.length);
    const perbupNamed = PERBUP_NAMED.test(after);
    if (r.external && !perbupNamed) continue;
    if (fromKeputusan && !perbupNamed) continue;
    const target = r.external ? typedReferences(perbup, { ...t, masked: r.text, kind: 'lampiran-alinea' } as AuthorText)[0]?.target ?? null : r.target;
    const place = { text: t, index: r.index, length: r.length };
    if (!target) report({ place, message: `Rujukan "${r.text}" menunjuk unsur yang tidak ada dalam ${perbup.ir.id}.`, hint: `Tulis rujukan sebagai [[${prefix}id]] ke unsur yang dimaksud; nomornya dihitung naskah.` });
    else report({ place, message: `Rujukan "${r.text}" ke ${perbup.ir.id} diketik sebagai nomor.`, hint: `Tulis [[${prefix}${target.id}]] agar nomornya tetap benar setelah ${perbup.ir.id} diubah.`, severity: 'warning' });
  }
}

/** TN-REF-15, as registered in src/lint/registry.ts. */
export const tnRef15: Rule = {
  id: 'TN-REF-15',
  level: 'ERROR',
  statement: 'Pedoman dan Keputusan merujuk Pasal Peraturan Bupati dengan [[id]], bukan nomor yang diketik; nomor yang tidak menunjuk Pasal mana pun adalah galat.',
  source: 'L2 (tersirat) [R]',
  explanation: 'Lampiran (Pedoman) dan Keputusan yang melaksanakan Peraturan Bupati sering menyebut Pasalnya. Nomor yang diketik ("sebagaimana dimaksud dalam Pasal 12") menjadi salah begitu Peraturan Bupati diberi Pasal baru. Tulis `[[id]]` dalam Lampiran dan `[[perbup-slrt:id]]` dalam Keputusan. Nomor ketik yang tidak menunjuk Pasal, ayat, huruf, atau angka yang ada adalah galat; yang masih tepat diberi peringatan.',
  correct: 'Pedoman: SLRT mempunyai empat fungsi [[fungsi-slrt]].',
  incorrect: 'Pedoman: SLRT mempunyai empat fungsi sebagaimana dimaksud dalam Pasal 99.',
  check(doc, report) {
    if (doc.jenis !== 'peraturan-bupati') return;
    for (const t of doc.textsOf(...LAMPIRAN)) checkText(doc, t, '', false, report);
  },
  checkProject(project, report) {
    for (const kep of project.ofJenis('keputusan-bupati')) {
      for (const perbup of implementedPerbups(project, kep)) {
        for (const t of kep.textsOf(...KEPUTUSAN)) checkText(perbup, t, `${perbup.ir.id}:`, true, report);
      }
    }
  },
};
