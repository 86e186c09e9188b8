/**
 * TN-BHS-16 — within one Pasal, a special time limit ("Dalam hal Rujukan menyangkut keselamatan jiwa,
 * … wajib menindaklanjuti Rujukan paling lama 24 (dua puluh empat) jam") for the same action as the
 * general limit ("… wajib menindaklanjuti Rujukan paling lama 14 (empat belas) hari kerja") is not
 * longer than the general one: an exception for an urgent case that gives more time is a slip.
 * Reliable only where the structure says it: both limits in ayat of one Pasal, the special ayat opening
 * with "Dalam hal"/"Apabila"/"Jika"/"Dalam keadaan", the same two words before "paling lama", and no
 * extension ("diperpanjang"). Other pairs of limits are not compared.
 * Why: time limits are edited one at a time; the exception then outlasts the rule it shortens.
 * Source: L2 §III.B butir 1 (paling lama) [V]; [P]. New id in family TN-BHS; WARN (a longer special
 * limit can be intended).
 */
import type { Pasal } from '../../ir/types.js';
import type { AuthorText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

const LIMIT = /(\p{L}+)\s+(\p{L}+)\s+paling\s+lama\s+(\d+)\s+\([^)]*\)\s+(jam|hari\s+kerja|hari|minggu|bulan|tahun)\b/giu;
const SPECIAL = /^(?:Dalam hal|Dalam keadaan|Apabila|Jika)\b/;
const HOURS: Record<string, number> = { jam: 1, 'hari kerja': 24 * 7 / 5, hari: 24, minggu: 168, bulan: 720, tahun: 8760 };

interface Limit {
  readonly text: AuthorText;
  readonly action: string;
  readonly hours: number;
  readonly shown: string;
  readonly index: number;
  readonly length: number;
}

function limits(t: AuthorText): Limit[] {
  return [...t.masked.matchAll(LIMIT)].map((m) => {
    const unit = m[4]!.replace(/\s+/g, ' ').toLowerCase();
    const at = m.index + m[0].indexOf('paling');
    return { text: t, action: `${m[1]} ${m[2]}`.toLowerCase(), hours: Number(m[3]) * HOURS[unit]!, shown: `${m[3]} ${unit}`, index: at, length: m.index + m[0].length - at };
  });
}

/** TN-BHS-16, as registered in src/lint/registry.ts. */
export const tnBhs16: Rule = {
  id: 'TN-BHS-16',
  level: 'WARN',
  statement: 'Batas waktu khusus ("Dalam hal …") untuk tindakan yang sama tidak lebih lama daripada batas waktu umumnya dalam Pasal yang sama.',
  source: 'L2 §III.B butir 1 [V]; [P]',
  explanation: 'Ayat yang mengatur keadaan khusus ("Dalam hal Rujukan menyangkut keselamatan jiwa, …") biasanya mempersingkat batas waktu umum untuk tindakan yang sama. Bila batas khusus lebih lama daripada batas umum dalam Pasal yang sama (mis. 30 hari kerja terhadap 14 hari kerja), kemungkinan besar salah ketik. Perpanjangan ("dapat diperpanjang paling lama …") tidak dibandingkan.',
  correct: '(1) … menindaklanjuti Rujukan paling lama 14 (empat belas) hari kerja …\n(2) Dalam hal …, … menindaklanjuti Rujukan paling lama 24 (dua puluh empat) jam …',
  incorrect: '(1) … menindaklanjuti Rujukan paling lama 14 (empat belas) hari kerja …\n(2) Dalam hal …, … menindaklanjuti Rujukan paling lama 30 (tiga puluh) hari kerja …',
  check(doc, report) {
    const byPasal = new Map<Pasal, AuthorText[]>();
    for (const t of doc.textsOf('ayat')) if (t.context.pasal) byPasal.set(t.context.pasal, [...(byPasal.get(t.context.pasal) ?? []), t]);
    for (const texts of byPasal.values()) {
      const general = texts.filter((t) => !SPECIAL.test(t.masked)).flatMap(limits);
      for (const t of texts) {
        if (!SPECIAL.test(t.masked) || /diperpanjang|perpanjangan/i.test(t.masked)) continue;
        for (const s of limits(t)) {
          const g = general.find((x) => x.action === s.action);
          if (!g || s.hours <= g.hours) continue;
          report({ place: { text: t, index: s.index, length: s.length }, message: `Batas waktu khusus "${s.shown}" lebih lama daripada batas umum "${g.shown}" untuk "${s.action}" dalam Pasal yang sama.`, hint: 'Periksa angkanya: keadaan khusus biasanya mempersingkat batas waktu umum. Bila memang lebih lama, rumuskan sebagai perpanjangan.' });
        }
      }
    }
  },
};
