/**
 * TN-KEP-15 — a Keputusan that implements a Peraturan Bupati forms and imposes only what the Perbup
 * delegates to it: a diktum that forms an institution ("Membentuk Tim Koordinasi …", "Tim Teknis yang
 * dibentuk …"), imposes an obligation, prohibition, sanction or power, or sets a time limit is backed by
 * the Perbup — by the provision it cites ([[perbup-slrt:id]]) or a provision of the same kind, party and
 * verb; an institution is named in the Perbup; a time limit is one the Perbup sets. The finding names
 * the delegating provision ("… ditetapkan dengan Keputusan Bupati") and points at it.
 * Reliable only on those explicit words (as TN-PED-01); the struktur is checked unit by unit by NSK334.
 * Why: review B3 — the Keputusan formed units, fillers and a hierarchy the Perbup does not have; a
 * beschikking that creates norms has no legal basis.
 * Source: L2 (Keputusan is concrete, individual, final; delegation) [V]; review B3. New id in family TN-KEP.
 */
import { implementedPerbups } from '../helpers/implemented.js';
import { backing } from '../helpers/claim-backing.js';
import { claims, refIds, sentenceAround } from '../helpers/norm-claims.js';
import { PerbupNorms } from '../helpers/perbup-norms.js';
import { timeLimits } from '../helpers/time-limits.js';
import type { Rule } from '../types.js';

/** TN-KEP-15, as registered in src/lint/registry.ts. */
export const tnKep15: Rule = {
  id: 'TN-KEP-15',
  level: 'ERROR',
  statement: 'Keputusan yang melaksanakan Peraturan Bupati hanya menetapkan yang didelegasikan: tidak membentuk lembaga, tidak menambah kewajiban, larangan, sanksi, kewenangan, atau batas waktu yang tidak ada dalam Peraturan Bupati.',
  source: 'L2 [V]; review B3',
  explanation: 'Keputusan Bupati yang dibuat karena perintah Peraturan Bupati ("Susunan keanggotaan SLRT … ditetapkan dengan Keputusan Bupati") hanya menetapkan hal itu. Diktum yang membentuk lembaga ("Membentuk Tim Koordinasi …"), menetapkan kewajiban ("wajib …"), larangan, sanksi, kewenangan, atau batas waktu harus bersandar pada Peraturan Bupati: merujuk Pasalnya ([[perbup-slrt:id]]) atau sama dengan norma Peraturan Bupati; lembaga yang disebut harus dibentuk Peraturan Bupati. Unit struktur diperiksa tersendiri (NSK334).',
  correct: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas [[perbup-slrt:tugas-manajer]] …',
  incorrect: 'Membentuk Tim Koordinasi Sistem Layanan dan Rujukan Terpadu … dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran I …',
  checkProject(project, report) {
    for (const kep of project.ofJenis('keputusan-bupati')) {
      for (const perbup of implementedPerbups(project, kep)) {
        const norms = PerbupNorms.of(perbup);
        const [delegation] = norms.delegations();
        const basis = delegation ? `${norms.where(delegation)} Peraturan Bupati` : 'Peraturan Bupati';
        const related = delegation ? norms.related(delegation, 'Ketentuan yang mendelegasikan kepada Keputusan Bupati.') : [];
        for (const t of kep.textsOf('diktum', 'rincian')) {
          for (const c of claims(t.masked)) {
            const [from, to] = sentenceAround(t.masked, c.index);
            if (backing(norms, c, refIds(t.value.slice(from, to), perbup.ir.id).map((r) => r.id)) !== null) continue;
            const what = c.kind === 'lembaga' ? `membentuk "${c.name}"` : `menetapkan ${c.kind} ("${c.marker}${c.verb && c.kind !== 'sanksi' ? ` ${c.verb}` : ''}")`;
            report({ place: { text: t, index: c.index, length: c.length }, message: `Diktum ${what}, padahal ${basis} hanya mendelegasikan ${delegation ? `"${delegation.text.masked.replace(/§+/g, '…').trim()}"` : 'penetapan yang disebutnya'}.`, hint: c.kind === 'lembaga' ? 'Keputusan hanya menetapkan susunan keanggotaan unsur yang dibentuk Peraturan Bupati. Hapus pembentukan ini, atau bentuk lembaga itu dengan mengubah Peraturan Bupati lebih dahulu.' : 'Hapus norma ini dari diktum, atau rujuk Pasal Peraturan Bupati yang menetapkannya dengan [[perbup-slrt:id]]; norma baru diatur dalam Peraturan Bupati.', related });
          }
          for (const l of timeLimits(t.masked)) {
            // A limit cited from the Perbup ([[perbup-slrt:id]] in its sentence) is that provision's.
            const [from, to] = sentenceAround(t.masked, l.index);
            const cited = refIds(t.value.slice(from, to), perbup.ir.id).flatMap((r) => norms.under(r.id)).filter((n) => n.limits.some((x) => x.kind === l.kind));
            if (cited.length > 0 && !cited.some((n) => n.limits.some((x) => x.key === l.key))) {
              const theirs = cited[0]!.limits.filter((x) => x.kind === l.kind).map((x) => `"${x.shown}"`).join(', ');
              report({ place: { text: t, index: l.index, length: l.length }, message: `Diktum menyebut batas waktu "${l.shown}", berbeda dari ${norms.where(cited[0]!)} Peraturan Bupati yang dirujuk (${theirs}).`, hint: `Samakan dengan ${norms.where(cited[0]!)} Peraturan Bupati; Keputusan tidak mengubah batas waktu Peraturan Bupati.`, related: norms.related(cited[0]!, `Batas waktu dalam Peraturan Bupati: ${theirs}.`) });
              continue;
            }
            if (norms.all.some((n) => n.limits.some((x) => x.key === l.key))) continue;
            report({ place: { text: t, index: l.index, length: l.length }, message: `Diktum menetapkan batas waktu "${l.shown}" yang tidak ada dalam Peraturan Bupati; ${basis} tidak mendelegasikannya.`, hint: 'Hapus batas waktu ini atau samakan dengan batas waktu Peraturan Bupati dan rujuk Pasalnya dengan [[perbup-slrt:id]].', related });
          }
        }
      }
    }
  },
};
