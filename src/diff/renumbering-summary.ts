/**
 * The one-line summary of entries that only changed number (matriks perubahan: "units that only
 * changed number summarised in one line"): consecutive renumberings by the same step become a range,
 * "Pasal 30 s.d. Pasal 38 menjadi Pasal 29 s.d. Pasal 37"; references that merely follow the new
 * numbering are listed after them.
 */
import { diktumLabel, ordinal, roman } from '../ir/numbering.js';
import type { Entry } from './entries.js';

const ORDINAL = new Map(Array.from({ length: 60 }, (_, i) => [ordinal(i + 1), i + 1] as const));
const DIKTUM = new Map(Array.from({ length: 60 }, (_, i) => [diktumLabel(i + 1), i + 1] as const));
const ROMAN = new Map(Array.from({ length: 200 }, (_, i) => [roman(i + 1), i + 1] as const));

/** The number at the end of an own number: "Pasal 38" → 38, "BAB IV" → 4, "huruf c" → 3, "Bagian Kedua" → 2, "Diktum KELIMA" → 5. */
export function numberValue(number: string): { prefix: string; value: number } | null {
  let m = /^(.*?)(\d+)\)?$/.exec(number);
  if (m) return { prefix: m[1]!, value: Number(m[2]) };
  m = /^(.*\s)([IVXLCDM]+)$/.exec(number);
  if (m && ROMAN.has(m[2]!)) return { prefix: m[1]!, value: ROMAN.get(m[2]!)! };
  m = /^(.*\s)([a-z])\)?$/.exec(number);
  if (m) return { prefix: m[1]!, value: m[2]!.charCodeAt(0) - 96 };
  m = /^(Bagian )(.+)$/.exec(number);
  if (m && ORDINAL.has(m[2]!)) return { prefix: m[1]!, value: ORDINAL.get(m[2]!)! };
  m = /^(Diktum )(.+)$/.exec(number);
  if (m && DIKTUM.has(m[2]!)) return { prefix: m[1]!, value: DIKTUM.get(m[2]!)! };
  return null;
}

interface Step {
  readonly from: string;
  readonly to: string;
  readonly fromNumber: string;
  readonly toNumber: string;
  readonly key: string | null;
  readonly a: number;
  readonly b: number;
}

/** "Pasal 30 s.d. Pasal 38 menjadi Pasal 29 s.d. Pasal 37; Mengingat angka 7 menjadi Mengingat angka 8". */
export function renumberingSummary(entries: readonly Entry[]): { renumbered: string[]; references: string[] } {
  const steps: Step[] = [];
  const references: string[] = [];
  for (const e of entries) {
    if (e.status !== 'renumbered') continue;
    const { a, b } = e.root;
    if (!a || !b) continue;
    if (a.number === b.number) {
      // Several blocks share one address (the alinea of "Lampiran BAB I huruf A"): name each place once.
      if (!references.includes(b.address)) references.push(b.address);
      continue;
    }
    const va = numberValue(a.number);
    const vb = numberValue(b.number);
    const scope = (address: string, number: string): string => address.slice(0, address.length - number.length);
    const key = va && vb && va.prefix === vb.prefix && scope(a.address, a.number) === scope(b.address, b.number) ? `${e.kind}|${va.prefix}|${scope(b.address, b.number)}` : null;
    steps.push({ from: a.address, to: b.address, fromNumber: a.number, toNumber: b.number, key, a: va?.value ?? 0, b: vb?.value ?? 0 });
  }
  const renumbered: string[] = [];
  for (let i = 0; i < steps.length; ) {
    const first = steps[i]!;
    let j = i + 1;
    while (first.key !== null && j < steps.length) {
      const prev = steps[j - 1]!;
      const next = steps[j]!;
      if (next.key !== first.key || next.a !== prev.a + 1 || next.b !== prev.b + 1) break;
      j++;
    }
    const last = steps[j - 1]!;
    renumbered.push(j - i === 1 ? `${first.from} menjadi ${first.to}` : `${first.from} s.d. ${last.fromNumber} menjadi ${first.to} s.d. ${last.toNumber}`);
    i = j;
  }
  return { renumbered, references };
}

/** The summary as one sentence, or null when nothing was only renumbered. */
export function renumberingSentence(entries: readonly Entry[]): string | null {
  const { renumbered, references } = renumberingSummary(entries);
  const parts: string[] = [];
  if (renumbered.length > 0) parts.push(`Perubahan penomoran saja, rumusan tetap: ${renumbered.join('; ')}.`);
  if (references.length > 0) parts.push(`Rujukan disesuaikan dengan penomoran baru, rumusan lain tetap: ${references.join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
