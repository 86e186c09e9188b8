/**
 * The one-line summary of entries that only changed number (matriks perubahan: "units that only
 * changed number summarised in one line"): consecutive renumberings by the same step become a range,
 * "Pasal 30 s.d. Pasal 38 menjadi Pasal 29 s.d. Pasal 37"; references that merely follow the new
 * numbering are listed after them.
 */
import { diktumLabel, ordinal, roman } from '../resolve/numbering.js';
import type { Entri } from './entri.js';

const ORDINAL = new Map(Array.from({ length: 60 }, (_, i) => [ordinal(i + 1), i + 1] as const));
const DIKTUM = new Map(Array.from({ length: 60 }, (_, i) => [diktumLabel(i + 1), i + 1] as const));
const ROMAN = new Map(Array.from({ length: 200 }, (_, i) => [roman(i + 1), i + 1] as const));

/** The number at the end of an own number: "Pasal 38" → 38, "BAB IV" → 4, "huruf c" → 3, "Bagian Kedua" → 2, "Diktum KELIMA" → 5. */
export function nilaiNomor(nomor: string): { awalan: string; nilai: number } | null {
  let m = /^(.*?)(\d+)\)?$/.exec(nomor);
  if (m) return { awalan: m[1]!, nilai: Number(m[2]) };
  m = /^(.*\s)([IVXLCDM]+)$/.exec(nomor);
  if (m && ROMAN.has(m[2]!)) return { awalan: m[1]!, nilai: ROMAN.get(m[2]!)! };
  m = /^(.*\s)([a-z])\)?$/.exec(nomor);
  if (m) return { awalan: m[1]!, nilai: m[2]!.charCodeAt(0) - 96 };
  m = /^(Bagian )(.+)$/.exec(nomor);
  if (m && ORDINAL.has(m[2]!)) return { awalan: m[1]!, nilai: ORDINAL.get(m[2]!)! };
  m = /^(Diktum )(.+)$/.exec(nomor);
  if (m && DIKTUM.has(m[2]!)) return { awalan: m[1]!, nilai: DIKTUM.get(m[2]!)! };
  return null;
}

interface Langkah {
  readonly dari: string;
  readonly ke: string;
  readonly nomorDari: string;
  readonly nomorKe: string;
  readonly kunci: string | null;
  readonly a: number;
  readonly b: number;
}

/** "Pasal 30 s.d. Pasal 38 menjadi Pasal 29 s.d. Pasal 37; Mengingat angka 7 menjadi Mengingat angka 8". */
export function ringkasanNomor(entri: readonly Entri[]): { penomoran: string[]; rujukan: string[] } {
  const langkah: Langkah[] = [];
  const rujukan: string[] = [];
  for (const e of entri) {
    if (e.status !== 'nomor') continue;
    const { a, b } = e.root;
    if (!a || !b) continue;
    if (a.nomor === b.nomor) {
      rujukan.push(b.alamat);
      continue;
    }
    const va = nilaiNomor(a.nomor);
    const vb = nilaiNomor(b.nomor);
    const scope = (alamat: string, nomor: string): string => alamat.slice(0, alamat.length - nomor.length);
    const kunci = va && vb && va.awalan === vb.awalan && scope(a.alamat, a.nomor) === scope(b.alamat, b.nomor) ? `${e.jenis}|${va.awalan}|${scope(b.alamat, b.nomor)}` : null;
    langkah.push({ dari: a.alamat, ke: b.alamat, nomorDari: a.nomor, nomorKe: b.nomor, kunci, a: va?.nilai ?? 0, b: vb?.nilai ?? 0 });
  }
  const penomoran: string[] = [];
  for (let i = 0; i < langkah.length; ) {
    const first = langkah[i]!;
    let j = i + 1;
    while (first.kunci !== null && j < langkah.length) {
      const prev = langkah[j - 1]!;
      const next = langkah[j]!;
      if (next.kunci !== first.kunci || next.a !== prev.a + 1 || next.b !== prev.b + 1) break;
      j++;
    }
    const last = langkah[j - 1]!;
    penomoran.push(j - i === 1 ? `${first.dari} menjadi ${first.ke}` : `${first.dari} s.d. ${last.nomorDari} menjadi ${first.ke} s.d. ${last.nomorKe}`);
    i = j;
  }
  return { penomoran, rujukan };
}

/** The summary as one sentence, or null when nothing was only renumbered. */
export function kalimatRingkasanNomor(entri: readonly Entri[]): string | null {
  const { penomoran, rujukan } = ringkasanNomor(entri);
  const parts: string[] = [];
  if (penomoran.length > 0) parts.push(`Perubahan penomoran saja, rumusan tetap: ${penomoran.join('; ')}.`);
  if (rujukan.length > 0) parts.push(`Rujukan disesuaikan dengan penomoran baru, rumusan lain tetap: ${rujukan.join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
