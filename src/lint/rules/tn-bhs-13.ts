/**
 * TN-BHS-13 — standard word forms (KBBI, PUEBI): "mengubah" not "merubah", "izin" not "ijin",
 * "dilaksanakan" not "di laksanakan", "antardaerah" not "antar daerah", no "yang mana", and the fixed
 * phrase "ketentuan peraturan perundang-undangan" in lower case inside a sentence.
 * Why: non-standard forms are the spelling corrections Bagian Hukum marks on every draft; L2 §III.A
 * requires bahasa Indonesia yang baku. The forms come from the one list src/lint/data/word-forms.ts.
 * Source: L2 §III.A [R]; PUEBI (gabungan kata, bentuk terikat) [V]; KBBI [V]. New id (family TN-BHS):
 * the catalogue's TN-BHS-01 states the principle as INFO; this rule checks the listed forms.
 */
import { BOUND_FORMS, CASE_PHRASES, formsOf } from '../data/word-forms.js';
import { replaceFix } from '../helpers/edits.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { findForms, formRegex, keepInitialCase, matches, startsUpper } from '../words.js';
import type { Rule } from '../types.js';
import type { AuthorText } from '../../ir-index/text.js';
import type { Report } from '../types.js';

const FORMS = formsOf('TN-BHS-13');
const BOUND = new RegExp(`(?<![\\p{L}\\p{N}-])(${BOUND_FORMS.join('|')})\\s+(\\p{L}[\\p{L}-]*)`, 'giu');
/** An instrument's name just before: "… tentang Pembentukan Peraturan Perundang-undangan". */
const IN_TITLE = /tentang(?:\s+(?:\p{Lu}[\p{L}-]*|dan|atau|di|ke|dari|untuk|atas|dalam|serta|bagi|pada|yang))*\s+$/u;
/** Start of a sentence before a match. */
const SENTENCE_START = /(?:^|[.:;]\s+)$/;

function spelling(t: AuthorText, report: Report): void {
  for (const m of findForms(t.masked, FORMS)) {
    const replacement = keepInitialCase(m.text, m.entry.correct[0]!);
    const fix = m.entry.fixable ? replaceFix(t, m.index, m.text.length, replacement, `ganti "${m.text}" dengan "${replacement}"`) : undefined;
    const choices = m.entry.correct.map((c) => `"${c}"`).join(' atau ');
    report({ place: { text: t, index: m.index, length: m.text.length }, message: `Bentuk "${m.text.replace(/\s+/g, ' ')}" tidak baku.`, hint: m.entry.fixable ? `Tulis "${replacement}"${m.entry.note ? ` (${m.entry.note})` : ''}.` : `Gunakan ${choices}${m.entry.note ? `; ${m.entry.note}` : ''}.`, ...(fix ? { fix } : {}) });
  }
  for (const m of matches(BOUND, t.masked)) {
    const [whole, bound, word] = [m[0], m[1]!, m[2]!];
    const joined = startsUpper(word) ? `${bound}-${word}` : `${bound}${word}`;
    const fix = replaceFix(t, m.index, whole.length, joined, `tulis "${joined}"`);
    report({ place: { text: t, index: m.index, length: whole.length }, message: `Bentuk terikat "${bound}" ditulis terpisah: "${whole.replace(/\s+/g, ' ')}".`, hint: `Tulis serangkai "${joined}" (PUEBI: bentuk terikat; sebelum huruf kapital dengan tanda hubung).`, ...(fix ? { fix } : {}) });
  }
  const seen = new Set<number>();
  for (const phrase of CASE_PHRASES) {
    for (const m of matches(formRegex(phrase), t.masked)) {
      if ([...seen].some((i) => m.index >= i && m.index < i + 45)) continue;
      seen.add(m.index);
      const before = t.masked.slice(0, m.index);
      const start = SENTENCE_START.test(before);
      const expected = start ? keepInitialCase('X', phrase) : phrase;
      if (m[0].replace(/\s+/g, ' ') === expected || IN_TITLE.test(before)) continue;
      const fix = m[0].length === expected.length ? replaceFix(t, m.index, m[0].length, expected, `tulis "${expected}"`) : undefined;
      report({ place: { text: t, index: m.index, length: m[0].length }, message: `Frasa "${m[0].replace(/\s+/g, ' ')}" ditulis dengan huruf kapital.`, hint: `Tulis "${expected}" (huruf kecil di dalam kalimat; bukan nama peraturan).`, ...(fix ? { fix } : {}) });
    }
  }
}

/** TN-BHS-13, as registered in src/lint/registry.ts. */
export const tnBhs13: Rule = {
  id: 'TN-BHS-13',
  level: 'WARN',
  statement: 'Kata ditulis dalam bentuk baku (KBBI, PUEBI): mengubah, izin, risiko, dilaksanakan, antardaerah; frasa "peraturan perundang-undangan" huruf kecil.',
  source: 'L2 §III.A [R]; PUEBI; KBBI',
  explanation: 'Peraturan ditulis dalam bahasa Indonesia yang baku. Bentuk tidak baku yang sering muncul ("merubah", "menghimbau", "ijin", "resiko", "di laksanakan", "antar daerah", "yang mana") diganti bentuk bakunya. Awalan di- pada kata kerja pasif dan bentuk terikat (antar-, pasca-, non-, sub-) ditulis serangkai; sebelum huruf kapital dengan tanda hubung (antar-Perangkat Daerah). Frasa "ketentuan peraturan perundang-undangan" di dalam kalimat ditulis huruf kecil, kecuali sebagai bagian nama peraturan. Daftar bentuk dipelihara di src/lint/data/word-forms.ts; `naskah check --fix` mengganti bentuk yang pasti.',
  correct: 'Kerja sama antardaerah dilaksanakan sesuai dengan ketentuan peraturan perundang-undangan.',
  incorrect: 'Kerja sama antar daerah di laksanakan sesuai dengan Ketentuan Peraturan Perundang-undangan.',
  check(doc, report) {
    for (const t of doc.textsOf(...PROSE_TEXTS, 'istilah', 'lampiran-subjudul')) spelling(t, report);
  },
};
