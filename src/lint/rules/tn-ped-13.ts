/**
 * TN-PED-13 — a reporting line the Pedoman restates is the Perbup's: "<party> melaporkan … kepada X" or
 * "<party> menyampaikan laporan … kepada X" names a recipient the Perbup gives that party (in its task
 * list, or in a provision opening with it); "Fasilitator … melaporkan … kepada Manajer SLRT" where the
 * Perbup says "kepada Supervisor" is reported at the Pedoman, with the Perbup's line.
 * Reliable only where both ends are named parties: the sentence (or the list intro "Fasilitator:")
 * opens with a defined term or abbreviation of the Perbup, the recipient starts with one, and the Perbup
 * sets at least one reporting line for that party. Passive forms ("dilaporkan") are not read.
 * Why: reporting lines are the hierarchy the Keputusan's bagan draws; a Pedoman that sends the report
 * elsewhere contradicts it and the officers follow the Pedoman (review B3, issue 21 family 5).
 * Source: L2 [V] (Lampiran elaborates the batang tubuh); TN-PED-01. New id in family TN-PED; WARN.
 */
import type { DocumentIndex } from '../../ir-index/document.js';
import type { AuthorText } from '../../ir-index/text.js';
import { PerbupNorms, type PerbupNorm } from '../helpers/perbup-norms.js';
import type { Rule } from '../types.js';

const REPORT = /\b(?:melaporkan(?:nya)?|menyampaikan\s+laporan)\b[^.;:]*?\bkepada\s+/giu;
const low = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The parties of a Perbup: its defined terms and abbreviations, longest first. */
function parties(doc: DocumentIndex): string[] {
  const names = doc.terms.list.flatMap((i) => [i.istilah, ...(i.singkatan ? [i.singkatan] : [])]).filter((n) => n.length > 2);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** The names lowered, once per list of names (opening() is asked for every ayat of a Perbup and every text of its Pedoman). */
interface Lowered {
  readonly names: readonly string[];
  /** Each name lowered, and followed by a space and by a colon: what a text opening with it starts with. */
  readonly spaced: readonly string[];
  readonly colon: readonly string[];
  readonly longest: number;
}
const loweredNames = new WeakMap<readonly string[], Lowered>();

function lowered(names: readonly string[]): Lowered {
  let l = loweredNames.get(names);
  if (!l) {
    const low_ = names.map(low);
    loweredNames.set(names, (l = { names: low_, spaced: low_.map((n) => `${n} `), colon: low_.map((n) => `${n}:`), longest: Math.max(0, ...low_.map((n) => n.length)) }));
  }
  return l;
}

/**
 * The lowered text as far as a name can reach: `low` of a prefix is a prefix of `low` of the whole text,
 * so once it is longer than the longest name plus one character, the rest of a long Lampiran paragraph
 * cannot change which name it opens with (and it is not lowered for every text).
 */
function openingText(text: string, longest: number): string {
  const reach = 2 * (longest + 2) + 64;
  if (text.length > reach) {
    const head = low(text.slice(0, reach).replace(/§+/g, ' '));
    if (head.length > longest + 1) return head;
  }
  return low(text.replace(/§+/g, ' '));
}

/** The party a text starts with ("Kepala Dinas", not "Dinas"). */
function opening(text: string, names: readonly string[]): string | null {
  const l = lowered(names);
  const t = openingText(text, l.longest);
  const i = l.names.findIndex((n, k) => t === n || t.startsWith(l.spaced[k]!) || t.startsWith(l.colon[k]!));
  return i < 0 ? null : names[i]!;
}

/** Each report in a text: where "kepada" points and the recipient party there. */
function reports(masked: string, names: readonly string[]): { index: number; length: number; to: string }[] {
  return [...masked.matchAll(REPORT)].flatMap((m) => {
    const to = opening(masked.slice(m.index + m[0].length), names);
    return to ? [{ index: m.index, length: m[0].length, to }] : [];
  });
}

/** The recipients the Perbup gives each party, with the provision saying so. */
function lines(norms: PerbupNorms, names: readonly string[]): Map<string, { to: string; norm: PerbupNorm }[]> {
  const out = new Map<string, { to: string; norm: PerbupNorm }[]>();
  const intro = new Map(norms.all.filter((n) => n.text.kind === 'ayat').map((n) => [n.text.context.ayat, n.text.masked] as const));
  for (const n of norms.all) {
    const own = opening(n.text.masked, names);
    const party = n.text.kind === 'rincian' ? opening(intro.get(n.text.context.ayat) ?? '', names) : own;
    for (const r of reports(n.text.masked, names)) {
      const who = own && n.text.masked.trimStart().toLowerCase().startsWith(low(own)) && n.text.kind === 'ayat' ? own : party;
      if (who) out.set(low(who), [...(out.get(low(who)) ?? []), { to: r.to, norm: n }]);
    }
  }
  return out;
}

/** The subject of a Pedoman text: its opening party, or for a list item without one that of the list intro ("Fasilitator:"). */
function subjectOf(t: AuthorText, previous: AuthorText | null, names: readonly string[]): string | null {
  const own = opening(t.masked, names);
  if (t.kind === 'lampiran-alinea' || own) return own;
  if (!previous || !previous.masked.trimEnd().endsWith(':')) return null;
  const sentences = previous.masked.trimEnd().split(/(?<=\.)\s+/);
  return opening(sentences[sentences.length - 1]!, names);
}

/** TN-PED-13, as registered in src/lint/registry.ts. */
export const tnPed13: Rule = {
  id: 'TN-PED-13',
  level: 'WARN',
  statement: 'Garis pelaporan yang diulang Pedoman ("… melaporkan … kepada …") sama dengan garis pelaporan dalam Peraturan Bupati.',
  source: 'L2 [V]; TN-PED-01',
  explanation: 'Pedoman mengulang kepada siapa setiap unsur melaporkan. Bila Peraturan Bupati menentukan bahwa Fasilitator melaporkan pelaksanaan tugas kepada Supervisor, Pedoman tidak menulis "kepada Manajer SLRT". Hanya kalimat (atau pengantar daftar "Fasilitator:") yang diawali istilah Peraturan Bupati dan penerima laporan yang juga istilahnya yang dinilai, dan hanya bila Peraturan Bupati menentukan garis pelaporan unsur itu.',
  correct: 'Fasilitator:\n5. melaporkan pelaksanaan tugasnya kepada Supervisor setiap bulan.',
  incorrect: 'Fasilitator:\n5. melaporkan pelaksanaan tugasnya kepada Manajer SLRT setiap bulan.',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const names = parties(doc);
    const byParty = lines(PerbupNorms.of(doc), names);
    if (byParty.size === 0) return;
    let previous: AuthorText | null = null;
    for (const t of doc.textsOf('lampiran-alinea', 'lampiran-rincian')) {
      const subject = subjectOf(t, previous, names);
      if (t.kind === 'lampiran-alinea') previous = t;
      const known = subject ? byParty.get(low(subject)) : undefined;
      if (!subject || !known) continue;
      for (const r of reports(t.masked, names)) {
        if (known.some((k) => low(k.to) === low(r.to))) continue;
        const theirs = [...new Set(known.map((k) => k.to))].join(', ');
        report({ place: { text: t, index: r.index, length: r.length }, message: `${subject} melaporkan kepada ${r.to}, padahal menurut Peraturan Bupati ${subject} melaporkan kepada ${theirs}.`, hint: `Samakan penerima laporan dengan ${PerbupNorms.of(doc).where(known[0]!.norm)} Peraturan Bupati, atau ubah Peraturan Bupati lebih dahulu bila garis pelaporannya memang berubah.`, related: PerbupNorms.of(doc).related(known[0]!.norm, `Garis pelaporan ${subject} dalam Peraturan Bupati.`) });
      }
    }
  },
};
