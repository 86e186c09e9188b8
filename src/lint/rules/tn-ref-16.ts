/**
 * TN-REF-16 — a sentence whose subject is one party of the Perbup ("Petugas Pengelola Data …") and
 * that cites the task list of another party ("[[tugas-petugas-layanan]]": "Petugas Layanan … dengan
 * tugas") without naming that party points at the wrong provision (warning).
 * Reliable only where the structure says both subjects: the sentence opens with a party the Perbup
 * names (a defined term or the subject of one of its task lists), the target is an ayat or rincian of
 * the Perbup opening "<party> … mempunyai tugas/fungsi", "… bertugas", "… dengan tugas", and the
 * target's party is named neither in apposition ("Kepala Dinas selaku penanggung jawab") nor in the four
 * words before the reference ("… tugas Fasilitator [[…]]"). Other references are not judged.
 * Why: the Pedoman and the Keputusan cite tasks by id; an id copied from the neighbouring paragraph
 * still resolves and prints a valid Pasal number, so only its subject shows the slip.
 * Source: L2 [R] (a reference points to the provision meant); [P]. New id in family TN-REF; WARN.
 */
import type { DocumentIndex } from '../../ir-index/document.js';
import type { AuthorText } from '../../ir-index/text.js';
import { refIds, sentenceAround } from '../helpers/norm-claims.js';
import { PerbupNorms } from '../helpers/perbup-norms.js';
import { implementedPerbups } from '../helpers/implemented.js';
import type { Report, Rule } from '../types.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

const TASKS = /^(\p{Lu}[^§:;,.]*?)\s*§*\s+(?:mempunyai\s+(?:tugas|fungsi)|bertugas|berfungsi|melaksanakan\b[^§]*\bdengan\s+tugas)\b/u;
const low = (s: string): string => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The task-list subjects of a Perbup and every party it names (longest first), once per Perbup. */
interface Parties {
  readonly subjects: Map<string, string>;
  readonly parties: readonly string[];
  /** Each party lowered and followed by a space, as a clause opening with it starts. */
  readonly opens: readonly string[];
}
const partiesOf = new WeakMap<DocumentIndex, Parties>();

/** Subject of each task-list provision, by the id of its own unit. */
function taskSubjects(norms: PerbupNorms): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of norms.all) {
    const m = n.text.kind === 'ayat' ? TASKS.exec(n.text.masked) : null;
    if (!m) continue;
    const { pasal, ayat } = n.text.context;
    // A reference names the ayat, or the Pasal when the list is its only body.
    for (const id of [ayat?.id, pasal && pasal.ayat.length === 1 ? pasal.id : undefined]) if (id) out.set(id, m[1]!.trim());
  }
  return out;
}

/**
 * Computed once per Perbup: every checked text asked for them again, which ran TASKS over every ayat
 * of the Perbup once per Lampiran paragraph (50 s of a huge `naskah diff` under load).
 */
function parties(perbup: DocumentIndex): Parties {
  let p = partiesOf.get(perbup);
  if (!p) {
    const subjects = taskSubjects(PerbupNorms.of(perbup));
    const names = subjects.size === 0 ? [] : [...new Set([...perbup.terms.list.map((i) => i.istilah), ...subjects.values()])].sort((a, b) => b.length - a.length);
    partiesOf.set(perbup, (p = { subjects, parties: names, opens: names.map((n) => `${low(n)} `) }));
  }
  return p;
}

function checkText(perbup: DocumentIndex, t: AuthorText, prefix: string | null, report: Report): void {
  const { subjects, parties: names, opens } = parties(perbup);
  if (subjects.size === 0) return;
  for (const r of refIds(t.value, prefix)) {
    const theirs = subjects.get(r.id);
    if (!theirs) continue;
    const [from] = sentenceAround(t.masked, r.index);
    // The clause holding the reference: "…, sedangkan Sekretaris Daerah selaku pengarah … [[tugas-pengarah]]".
    const sentence = low(t.masked.slice(from, r.index).replace(/§+/g, ' '));
    const before = sentence.split(/;\s+|,\s+(?=(?:sedangkan|serta|dan|lalu|kemudian)\s)(?:sedangkan|serta|dan|lalu|kemudian)\s+/).pop()!.trim();
    const mine = names.find((_, k) => before.startsWith(opens[k]!));
    if (!mine || low(mine) === low(theirs)) continue;
    // The other party named as such: in apposition to the subject ("Kepala Dinas selaku penanggung
    // jawab …") or right before the reference ("… tugas Fasilitator [[tugas-fasilitator]]").
    const apposition = new RegExp(`^${escapeRegExp(low(mine))} selaku ${escapeRegExp(low(theirs))}\\b`).test(before);
    const near = before.trimEnd().split(' ').slice(-4).join(' ');
    if (apposition || near.includes(low(theirs))) continue;
    const place = { text: t, index: r.index, length: t.value.indexOf(']]', r.index) + 2 - r.index };
    report({ place, message: `Kalimat tentang ${mine} merujuk tugas ${theirs} (\`${r.id}\`).`, hint: `Periksa id rujukan: tugas ${mine} diatur dalam ketentuan lain. Bila memang tugas ${theirs} yang dimaksud, sebut ${theirs} dalam kalimat.` });
  }
}

/** TN-REF-16, as registered in src/lint/registry.ts. */
export const tnRef16: Rule = {
  id: 'TN-REF-16',
  level: 'WARN',
  statement: 'Rujukan ke tugas suatu unsur Peraturan Bupati berada dalam kalimat tentang unsur itu.',
  source: 'L2 [R]; [P]',
  explanation: 'Pedoman dan Keputusan merujuk tugas unsur Peraturan Bupati dengan [[id]]. Bila kalimatnya tentang satu unsur ("Petugas Pengelola Data melaksanakan layanan belakang …") tetapi rujukannya menunjuk daftar tugas unsur lain ("Petugas Layanan … dengan tugas"), rujukan itu hampir pasti salah salin. Hanya kalimat yang diawali nama unsur atau istilah Pasal 1 dan rujukan ke daftar tugas ("mempunyai tugas", "dengan tugas") yang dinilai.',
  correct: 'Petugas Pengelola Data melaksanakan layanan belakang (*back office*) [[tugas-petugas-pengelola-data]].',
  incorrect: 'Petugas Pengelola Data melaksanakan layanan belakang (*back office*) [[tugas-petugas-layanan]].',
  check(doc, report) {
    if (doc.jenis !== 'peraturan-bupati') return;
    for (const t of doc.textsOf('lampiran-alinea', 'lampiran-rincian')) checkText(doc, t, null, report);
  },
  checkProject(project, report) {
    for (const kep of project.ofJenis('keputusan-bupati')) {
      for (const perbup of implementedPerbups(project, kep)) for (const t of kep.textsOf('diktum', 'rincian')) checkText(perbup, t, perbup.ir.id, report);
    }
  },
};
