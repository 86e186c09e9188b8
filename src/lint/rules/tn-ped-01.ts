/**
 * TN-PED-01 — the Pedoman (the Lampiran of the Peraturan Bupati) elaborates and adds nothing: a
 * sentence of it that establishes an obligation ("wajib"), a prohibition ("dilarang"), a sanction
 * ("dikenai sanksi"), a power ("berwenang") or an institution ("membentuk Tim …") is backed by the batang
 * tubuh — by the provision it refers to ([[id]]), by a provision of the same kind with the same verb and
 * party, or (an institution) by its name in the Perbup.
 * Reliable only on these explicit words; whether a description without them adds a duty is judgement.
 * Why: the Pedoman is edited by the Dinas long after Bagian Hukum read the Perbup; a "wajib" or a
 * "Tim" added there binds without having been enacted as a norm (review B3 for the Keputusan).
 * Source: L2 (Lampiran is part of the Perbup; norms in the batang tubuh) [V]; catalogue TN-PED-01 (WARN).
 */
import { backing } from '../helpers/claim-backing.js';
import { claims, refIds, sentenceAround, type ClaimKind } from '../helpers/norm-claims.js';
import { PerbupNorms } from '../helpers/perbup-norms.js';
import type { Rule } from '../types.js';

const ADDS: Readonly<Record<ClaimKind, string>> = {
  kewajiban: 'kewajiban',
  larangan: 'larangan',
  sanksi: 'sanksi',
  kewenangan: 'kewenangan',
  lembaga: 'lembaga',
};

/** TN-PED-01, as registered in src/lint/registry.ts. */
export const tnPed01: Rule = {
  id: 'TN-PED-01',
  level: 'WARN',
  statement: 'Pedoman (Lampiran) tidak menambah kewajiban, larangan, sanksi, kewenangan, atau lembaga yang tidak diatur dalam batang tubuh Peraturan Bupati.',
  source: 'L2 [V]; katalog TN-PED-01',
  explanation: 'Pedoman merupakan bagian tidak terpisahkan dari Peraturan Bupati dan hanya menjabarkan cara melaksanakan norma batang tubuhnya. Kalimat Pedoman yang memuat "wajib", "dilarang", "dikenai sanksi", "berwenang", atau "membentuk …" harus bersandar pada Pasal Peraturan Bupati: dengan rujukan [[id]] ke Pasal itu, atau karena Peraturan Bupati menetapkan norma yang sama (pihak dan perbuatan yang sama); lembaga yang dibentuk harus disebut dalam Peraturan Bupati. Hanya kata-kata eksplisit itu yang dinilai.',
  correct: 'Perangkat Daerah penerima Rujukan menindaklanjuti Rujukan paling lama 14 (empat belas) hari kerja [[rujukan-ditindaklanjuti]].',
  incorrect: 'Pemerintah Desa wajib menyampaikan laporan bulanan Puskesos kepada camat.',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const norms = PerbupNorms.of(doc);
    const home = norms.pedomanProvision();
    for (const t of doc.textsOf('lampiran-alinea', 'lampiran-rincian')) {
      for (const c of claims(t.masked)) {
        const [from, to] = sentenceAround(t.masked, c.index);
        const refs = refIds(t.value.slice(from, to), null).map((r) => r.id);
        if (backing(norms, c, refs) !== null) continue;
        const what = c.kind === 'lembaga' ? `lembaga "${c.name}"` : `${ADDS[c.kind]} ("${c.marker}${c.verb && c.kind !== 'sanksi' ? ` ${c.verb}` : ''}")`;
        report({
          place: { text: t, index: c.index, length: c.length },
          message: `Pedoman menetapkan ${what} yang tidak diatur dalam batang tubuh Peraturan Bupati.`,
          hint: c.kind === 'lembaga'
            ? 'Pedoman tidak membentuk lembaga. Bentuk lembaga itu dalam batang tubuh Peraturan Bupati lebih dahulu, atau sebut unsur yang sudah dibentuknya.'
            : 'Pedoman hanya menjabarkan norma Peraturan Bupati. Rujuk Pasal yang menetapkannya dengan [[id]], atur norma itu dalam batang tubuh lebih dahulu, atau rumuskan sebagai uraian tanpa kata normatif.',
          related: home ? norms.related(home, 'Ketentuan yang menjadikan Pedoman bagian dari Peraturan Bupati.') : [],
        });
      }
    }
  },
};
