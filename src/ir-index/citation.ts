/**
 * Reads a Mengingat citation back from its printed text (TN-DH-03…07): the kind of regulation and its
 * level in the hierarchy, number and year, promulgation data and the amendment chain. Rules on the IR use
 * it so they also work on an IR without its registry.
 */

/** Promulgation data found in the parentheses. */
export interface Promulgation {
  /** "LN", "TLN", "BN", "LD", "TLD", "BD". */
  readonly jenis: string;
  readonly tahun: string | null;
  readonly nomor: string | null;
}

/** One regulation as cited. */
export interface Citation {
  /** The citation text of this regulation (without the amendment part). */
  readonly text: string;
  /** Level in the hierarchy (0 UUD … 8 Perbup), or -1 for what is not a regulation (Instruksi, Keputusan …). */
  readonly rank: number;
  /** "Undang-Undang", "Peraturan Pemerintah", … as printed. */
  readonly jenis: string;
  readonly nomor: string | null;
  readonly tahun: string | null;
  readonly promulgations: readonly Promulgation[];
}

/** A Mengingat item: the base regulation and, if amended, the amendment formula and the last amendment. */
export interface MengingatCitation {
  readonly base: Citation;
  readonly formula: string | null;
  readonly perubahan: Citation | null;
}

const LEVELS: readonly [RegExp, number, string][] = [
  [/^(?:Pasal\s.*?)?(?:Undang-Undang Dasar|UUD)\b/i, 0, 'Undang-Undang Dasar'],
  [/^Peraturan Pemerintah Pengganti Undang-Undang\b/i, 1, 'Peraturan Pemerintah Pengganti Undang-Undang'],
  [/^Undang-Undang\b/i, 1, 'Undang-Undang'],
  [/^Peraturan Pemerintah\b/i, 2, 'Peraturan Pemerintah'],
  [/^Peraturan Presiden\b/i, 3, 'Peraturan Presiden'],
  [/^Peraturan (?:Menteri|Badan|Lembaga|Kepala)\b/i, 4, 'Peraturan Menteri'],
  [/^Peraturan Daerah Provinsi\b/i, 5, 'Peraturan Daerah Provinsi'],
  [/^Peraturan Gubernur\b/i, 6, 'Peraturan Gubernur'],
  [/^Peraturan Daerah\b/i, 7, 'Peraturan Daerah'],
  [/^Peraturan (?:Bupati|Wali ?Kota)\b/i, 8, 'Peraturan Bupati'],
];

const PROMULGATION_PATTERNS: readonly [RegExp, string][] = [
  [/Tambahan Lembaran Negara Republik Indonesia Nomor (\d+|\.\.\.)/, 'TLN'],
  [/(?<!Tambahan )Lembaran Negara Republik Indonesia Tahun (\d{4}|\.\.\.)(?: Nomor (\d+|\.\.\.))?/, 'LN'],
  [/Berita Negara Republik Indonesia Tahun (\d{4}|\.\.\.)(?: Nomor (\d+|\.\.\.))?/, 'BN'],
  [/Tambahan Lembaran Daerah [^,()]*? Nomor (\d+|\.\.\.)/, 'TLD'],
  [/(?<!Tambahan )Lembaran Daerah [^,()]*? Tahun (\d{4}|\.\.\.)(?: Nomor (\d+|\.\.\.))?/, 'LD'],
  [/Berita Daerah [^,()]*? Tahun (\d{4}|\.\.\.)(?: Nomor (\d+|\.\.\.))?/, 'BD'],
];

/** The amendment formulas of TN-DH-07, and misspellings of them. */
export const FORMULA_PERUBAHAN = /\s+sebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?diubah(?:,?\s+terakhir)?\s+dengan\s+/i;

/** Reads one regulation's citation. */
export function parseCitation(text: string): Citation {
  const teks = text.trim().replace(/;$/, '');
  const level = LEVELS.find(([re]) => re.test(teks));
  const numberYear = /\bNomor (\d+|\.\.\.) Tahun (\d{4}|\.\.\.)/.exec(teks);
  const paren = /\(([^()]*)\)\s*$/.exec(teks)?.[1] ?? '';
  const terbitan: Promulgation[] = [];
  for (const [re, jenis] of PROMULGATION_PATTERNS) {
    const m = re.exec(paren);
    if (!m) continue;
    terbitan.push(jenis === 'TLN' || jenis === 'TLD' ? { jenis, tahun: null, nomor: m[1] ?? null } : { jenis, tahun: m[1] ?? null, nomor: m[2] ?? null });
  }
  return { text: teks, rank: level ? level[1] : -1, jenis: level ? level[2] : teks.split(' ').slice(0, 2).join(' '), nomor: numberYear?.[1] ?? null, tahun: numberYear?.[2] ?? null, promulgations: terbitan };
}

/** Reads a Mengingat item, splitting off the amendment. */
export function parseMengingat(text: string): MengingatCitation {
  const teks = text.trim().replace(/;$/, '');
  const m = FORMULA_PERUBAHAN.exec(teks);
  if (!m) return { base: parseCitation(teks), formula: null, perubahan: null };
  return { base: parseCitation(teks.slice(0, m.index)), formula: m[0].trim(), perubahan: parseCitation(teks.slice(m.index + m[0].length)) };
}

/** Chronological key of a citation: promulgation year (else the regulation's year), then its number. */
export function chronologicalKey(k: Citation): readonly [number, number] {
  const t = k.promulgations.find((x) => x.tahun !== null);
  const year = Number(t?.tahun ?? k.tahun ?? NaN);
  const nomor = Number(t?.nomor ?? 0);
  return [Number.isFinite(year) ? year : Number.MAX_SAFE_INTEGER, Number.isFinite(nomor) ? nomor : 0];
}
