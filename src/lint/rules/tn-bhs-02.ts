/**
 * TN-BHS-02 — a foreign term that cannot be avoided (front office, back office, Next Generation, online …)
 * is set in italics (`*front office*`), preferably after its Indonesian equivalent.
 * Why: foreign words left upright are corrected in every review; `--fix` adds the italic markers.
 * Source: L2 §III.A (DPR-Manual p. 301) [V]; italics in the body [P/EYD].
 */
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { matches } from '../words.js';
import type { Rule } from '../types.js';

/** Foreign terms met in social-service regulations (lower case; matched case-insensitively). */
export const FOREIGN_TERMS = ['front office', 'back office', 'next generation', 'online', 'offline', 'website', 'database', 'call center', 'stakeholder', 'feedback', 'hotline', 'helpdesk', 'help desk', 'dashboard', 'software', 'hardware', 'email', 'e-mail', 'update', 'upload', 'download', 'username', 'password', 'login', 'case management', 'home visit', 'outreach', 'assessment', 'integrated referral system', 'ex officio', 'one stop service', 'single window'];

const PATTERN = new RegExp(`(?<![\\p{L}*])(?:${FOREIGN_TERMS.map((s) => s.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}*])`, 'giu');

/** Spans of `*…*` in a text. */
function italicSpans(text: string): [number, number][] {
  return [...matches(/\*[^*]+\*/g, text)].map((m) => [m.index, m.index + m[0].length]);
}

/** TN-BHS-02, as registered in src/lint/registry.ts. */
export const tnBhs02: Rule = {
  id: 'TN-BHS-02',
  level: 'WARN',
  statement: 'Istilah asing yang tidak dapat dihindari dicetak miring.',
  source: 'L2 §III.A; DPR-Manual hlm. 301 [V]; EYD [P]',
  explanation: 'Peraturan memakai istilah bahasa Indonesia. Istilah asing yang tidak dapat dihindari, atau yang menjadi bagian nama resmi (mis. SIKS-Next Generation), ditulis miring dan sebaiknya didahului padanannya dalam bahasa Indonesia: "layanan depan (*front office*)". `naskah check --fix` mengapit istilah asing yang dikenal dengan tanda bintang.',
  correct: 'petugas layanan depan (*front office*)',
  incorrect: 'petugas layanan depan (front office)',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS, 'istilah')) {
      const italic = italicSpans(t.value);
      for (const m of matches(PATTERN, t.masked)) {
        if (italic.some(([a, b]) => m.index >= a && m.index < b)) continue;
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Istilah asing "${m[0]}" tidak dicetak miring.`, hint: `Tulis "*${m[0]}*", atau gunakan padanan bahasa Indonesia.`, fix: replaceFix(t, m.index, m[0].length, `*${m[0]}*`, `cetak miring "${m[0]}"`) });
      }
    }
  },
};
