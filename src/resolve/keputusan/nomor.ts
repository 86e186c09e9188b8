/**
 * The number of a Keputusan Bupati by the archival classification code (TN-KEP-03): the pattern
 * `{kode}/Kep.{urut}-{unit}/{tahun}` (configurable per document), each part that is not known yet
 * printed "..." as in every rancangan (the whole number while none is known). Unknown placeholders in a pattern are reported (NSK332).
 */

/** The `nomor` block as authored. */
export interface NomorKeputusanSource {
  readonly pola?: string;
  readonly kode?: string | null;
  readonly urut?: number | null;
  readonly unit?: string | null;
  readonly tahun?: number | null;
}

/** The default pattern, e.g. "400.9/Kep.123-Dinsos/2025" (TN-KEP-03). */
export const DEFAULT_NOMOR_PATTERN = '{kode}/Kep.{urut}-{unit}/{tahun}';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['kode', 'urut', 'unit', 'tahun']);

/** Placeholders of `pattern` (the `pola` of the source) that naskah does not know. */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !KNOWN.has(name));
}

/** The number as printed after "NOMOR : "; "..." while no part is known yet. */
export function nomorKeputusan(nomor: NomorKeputusanSource | undefined): string {
  if (!nomor || [nomor.kode, nomor.urut, nomor.unit, nomor.tahun].every((v) => v === null || v === undefined)) return '...';
  const values: Record<string, string | number | null | undefined> = { kode: nomor.kode, urut: nomor.urut, unit: nomor.unit, tahun: nomor.tahun };
  return (nomor.pola ?? DEFAULT_NOMOR_PATTERN).replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? String(values[name] ?? '...') : whole));
}
