/**
 * Time limits and periods written in a norm, read the way L2 spells them (number, its words in
 * parentheses, unit): "paling lama 14 (empat belas) hari kerja", "setiap 6 (enam) bulan", "paling sedikit
 * 1 (satu) kali dalam 3 (tiga) bulan". Two limits are the same when their kind, number and unit are
 * (TN-PED-12, TN-KEP-15 compare the Pedoman and the Keputusan with the Peraturan Bupati).
 */

const UNIT = String.raw`(jam|hari\s+kerja|hari\s+kalender|hari|minggu|bulan|tahun)`;
const NUM = String.raw`(\d+)\s+\([^)]*\)\s+`;
const PATTERNS: readonly (readonly [TimeKind, RegExp])[] = [
  ['batas', new RegExp(String.raw`\b(?:paling\s+lama|paling\s+lambat|selambat-lambatnya|dalam\s+waktu)\s+${NUM}${UNIT}\b`, 'giu')],
  ['kali', new RegExp(String.raw`\b${NUM}kali\s+dalam\s+${NUM}${UNIT}\b`, 'giu')],
  ['setiap', new RegExp(String.raw`\bsetiap\s+${NUM}${UNIT}\b`, 'giu')],
];

/** A deadline ("paling lama"), a frequency ("1 kali dalam 3 bulan") or a period ("setiap 3 bulan"). */
export type TimeKind = 'batas' | 'kali' | 'setiap';

/** One time limit found in a text. */
export interface TimeLimit {
  readonly kind: TimeKind;
  /** Comparable form: "batas 14 hari kerja", "kali 1/3 bulan", "setiap 6 bulan". */
  readonly key: string;
  /** As written, for messages. */
  readonly shown: string;
  readonly index: number;
  readonly length: number;
}

const unitOf = (u: string): string => u.replace(/\s+/g, ' ').toLowerCase();

/** Every time limit in `text` (the masked text of a norm), in order. */
export function timeLimits(text: string): TimeLimit[] {
  const out: TimeLimit[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const key = kind === 'kali' ? `kali ${m[1]}/${m[2]} ${unitOf(m[3]!)}` : `${kind} ${m[1]} ${unitOf(m[2]!)}`;
      out.push({ kind, key, shown: m[0].replace(/\s+/g, ' '), index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
