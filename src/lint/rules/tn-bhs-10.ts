/**
 * TN-BHS-10 — in a norm, "/" does not stand for "dan", "atau" or "dan/atau": "Perangkat Daerah/instansi"
 * is written "Perangkat Daerah atau instansi". Allowed: "dan/atau" itself, a compound the definitions of
 * Pasal 1 use ("desa/kelurahan/nama lain" in a definition quoted from a Permensos), and fixed pairs of
 * administrative language (kabupaten/kota, RT/RW).
 * Why: a slash leaves open whether both or one is meant; L2 gives "dan/atau" as the only combined form.
 * Source: [P] (catalogue level INFO).
 */
import { NORM_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** Slash pairs that are names, not choices. */
const FIXED = new Set(['dan/atau', 'kabupaten/kota', 'provinsi/kabupaten/kota', 'rt/rw', 'kementerian/lembaga']);
const SLASHED = /(?<![\p{L}\p{N}/])[\p{L}][\p{L}\p{N}-]*(?:\/[\p{L}][\p{L}\p{N}-]*)+(?![\p{L}\p{N}/])/gu;

/** TN-BHS-10, as registered in src/lint/registry.ts. */
export const tnBhs10: Rule = {
  id: 'TN-BHS-10',
  level: 'INFO',
  statement: 'Garis miring tidak menggantikan "dan", "atau", atau "dan/atau" dalam norma, kecuali gabungan yang didefinisikan.',
  source: '[P]',
  explanation: 'Dalam norma, garis miring tidak dipakai sebagai pengganti "dan", "atau", atau "dan/atau": tulis "Perangkat Daerah atau instansi", bukan "Perangkat Daerah/instansi". "dan/atau" sendiri dan gabungan yang dipakai definisi Pasal 1 (mis. "desa/kelurahan/nama lain" dari Permensos) tetap boleh, demikian pula "kabupaten/kota" dan "RT/RW".',
  correct: 'melakukan Rujukan kepada Perangkat Daerah, instansi, atau lembaga pengelola program',
  incorrect: 'melakukan Rujukan kepada Perangkat Daerah/instansi/lembaga pengelola program',
  check(doc, report) {
    const defined = new Set(doc.textsOf('definisi', 'istilah').flatMap((t) => matches(SLASHED, t.masked).map((m) => m[0].toLowerCase())));
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      if (t.kind === 'definisi') continue;
      for (const m of matches(SLASHED, t.masked)) {
        const key = m[0].toLowerCase();
        if (FIXED.has(key) || defined.has(key)) continue;
        const parts = m[0].split('/');
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Garis miring dalam "${m[0]}" menggantikan kata sambung.`, hint: `Tulis "${parts.slice(0, -1).join(', ')} atau ${parts[parts.length - 1]}" (atau "dan", "dan/atau", sesuai maksudnya).` });
      }
    }
  },
};
