/**
 * TN-DH-03 — Mengingat is ordered by hierarchy, then chronologically (promulgation year, then number).
 * Why: the resolver already reports NSK304/NSK305 from the registry; this rule re-checks the printed IR
 * (also without a registry) and carries the fix that reorders the keys in naskah.yaml.
 * Source: L2 §I.B.4 (DPR-Manual p. 265).
 */
import { compareOrder, type PeraturanEntry } from '../../resolve/citation.js';
import { reorderMengingatFix } from '../fix/mengingat.js';
import { runsText } from '../../ir-index/text.js';
import { parseMengingat, chronologicalKey } from '../../ir-index/citation.js';
import type { Fix, Rule } from '../types.js';

/** TN-DH-03, as registered in src/lint/registry.ts. */
export const tnDh03: Rule = {
  id: 'TN-DH-03',
  level: 'ERROR',
  statement: 'Dasar hukum diurutkan menurut hierarki, lalu menurut waktu pengundangan.',
  source: 'L2 §I.B.4; DPR-Manual hlm. 265',
  explanation: 'Dasar hukum disusun menurut tata urutan peraturan perundang-undangan (UUD, Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan Daerah Provinsi, Peraturan Gubernur, Peraturan Daerah, Peraturan Bupati); yang sederajat diurutkan menurut tahun pengundangan, lalu nomor Lembaran/Berita Negara. `naskah check --fix` mengurutkan kunci `mengingat` dengan tetap menjaga komentar setiap kunci.',
  correct: 'mengingat: [uud-1945-pasal-18-ayat-6, uu-11-2009, uu-23-2014, pp-39-2012]',
  incorrect: 'mengingat: [uud-1945-pasal-18-ayat-6, pp-39-2012, uu-23-2014, uu-11-2009]',
  coveredBy: ['NSK304', 'NSK305'],
  check(doc, report) {
    const butir = doc.ir.pembukaan.mengingat.butir;
    const registry = (doc.input.registry?.data ?? null) as Record<string, PeraturanEntry> | null;
    const entries = butir.map((b) => registry?.[b.id]);
    const useRegistry = entries.every((e) => e !== undefined);
    const parsed = butir.map((b) => parseMengingat(runsText(b.isi)).base);
    const compare = (i: number, j: number): { level: number; chronology: number } => {
      if (useRegistry) return compareOrder(entries[i]!, entries[j]!);
      const [ta, na] = chronologicalKey(parsed[i]!);
      const [tb, nb] = chronologicalKey(parsed[j]!);
      const li = parsed[i]!.rank;
      const lj = parsed[j]!.rank;
      return { level: li < 0 || lj < 0 ? 0 : li - lj, chronology: ta !== tb ? ta - tb : na - nb };
    };
    const order = butir.map((_, i) => i).sort((i, j) => {
      const c = compare(i, j);
      return c.level !== 0 ? c.level : c.chronology !== 0 ? c.chronology : i - j;
    });
    let fix: Fix | undefined;
    if (doc.source && useRegistry) fix = reorderMengingatFix(doc.source, order.map((i) => butir[i]!.id));
    for (let i = 1; i < butir.length; i++) {
      const c = compare(i - 1, i);
      const prev = butir[i - 1]!;
      const cur = butir[i]!;
      if (c.level > 0) report({ place: { unit: cur }, message: `\`${cur.id}\` lebih tinggi hierarkinya daripada \`${prev.id}\` tetapi ditulis sesudahnya.`, hint: `Pindahkan \`${cur.id}\` ke atas \`${prev.id}\` (\`naskah check --fix\` mengurutkannya).`, ...(fix ? { fix } : {}) });
      else if (c.level === 0 && c.chronology > 0) report({ place: { unit: cur }, message: `\`${cur.id}\` diundangkan lebih dahulu daripada \`${prev.id}\` tetapi ditulis sesudahnya.`, hint: `Dalam jenjang yang sama urutkan menurut waktu (\`naskah check --fix\` mengurutkannya).`, ...(fix ? { fix } : {}) });
    }
  },
};
