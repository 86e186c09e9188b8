/**
 * TN-BT-08 — a number in a norm is written in digits followed by the number in words in parentheses:
 * "paling lama 14 (empat belas) hari kerja"; the words must match the digits.
 * Why: "14 hari" and mismatched words ("14 (empat) hari") are frequent; the words are mechanical, so
 * `--fix` adds them.
 * Source: L2 angka ≈86 (wikisource page "- 29 -").
 */
import { spellOut } from '../../ir/numbering.js';
import { replaceFix } from '../helpers/edits.js';
import { NORM_TEXTS } from '../helpers/kinds.js';
import { MONTHS, matches } from '../words.js';
import type { Rule } from '../types.js';

const NUMERAL = /(?<![\p{L}\p{N}.,/§-])\d+(?![\p{N}]|[.,/]\d|-\p{L}|%)/gu;
const LABEL_BEFORE = /(?:\b(?:Pasal|Nomor|nomor|Tahun|tahun|ayat|angka|huruf|tanggal|Lampiran|BAB|Bab|Paragraf|Bagian|No|pukul|Tabel|Gambar|Bagan|Format|Formulir|Diktum|RT|RW|ke)\s*\(?|\(\s*)$/;
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS.join('|')})\\b`);

/** TN-BT-08, as registered in src/lint/registry.ts. */
export const tnBt08: Rule = {
  id: 'TN-BT-08',
  level: 'ERROR',
  statement: 'Bilangan dalam norma ditulis dengan angka diikuti kata dalam kurung: 14 (empat belas).',
  source: 'L2 angka ≈86',
  explanation: 'Bilangan yang menyatakan jumlah, jangka waktu, atau ukuran dalam rumusan norma ditulis dengan angka Arab diikuti bilangan yang ditulis dengan huruf di antara tanda kurung, dan keduanya harus sama. Ketentuan ini tidak berlaku untuk nomor unsur (Pasal 5, ayat (1)), nomor dan tahun peraturan, serta tanggal. `naskah check --fix` menambahkan kata bilangan yang belum ada.',
  correct: 'paling lama 14 (empat belas) hari kerja',
  incorrect: 'paling lama 14 hari kerja; paling lama 14 (empat) hari kerja',
  check(doc, report) {
    for (const t of doc.textsOf(...NORM_TEXTS)) {
      for (const m of matches(NUMERAL, t.masked)) {
        const n = Number(m[0]);
        const before = t.masked.slice(Math.max(0, m.index - 20), m.index);
        const after = t.masked.slice(m.index + m[0].length);
        if (LABEL_BEFORE.test(before) || MONTH_AFTER.test(after) || (m[0].length === 4 && n >= 1900 && n <= 2100)) continue;
        const words = /^\s*\(([^()]*)\)/.exec(after);
        if (words) {
          const typed = words[1]!.trim().replace(/\s+/g, ' ').toLowerCase();
          if (n < 1_000_000 && typed !== spellOut(n)) report({ place: { text: t, index: m.index, length: m[0].length + words[0].length }, message: `Bilangan ${m[0]} ditulis "(${words[1]!.trim()})" dengan huruf.`, hint: `Tulis "${m[0]} (${spellOut(n)})".` });
          continue;
        }
        const fix = n < 1_000_000 ? replaceFix(t, m.index, m[0].length, `${m[0]} (${spellOut(n)})`, `tulis "${m[0]} (${spellOut(n)})"`) : undefined;
        report({ place: { text: t, index: m.index, length: m[0].length }, message: `Bilangan ${m[0]} tidak diikuti kata bilangannya dalam kurung.`, hint: n < 1_000_000 ? `Tulis "${m[0]} (${spellOut(n)})".` : 'Tulis bilangan itu juga dengan huruf dalam kurung.', ...(fix ? { fix } : {}) });
      }
    }
  },
};
