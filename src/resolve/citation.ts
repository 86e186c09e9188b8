/**
 * Mengingat citations from the registry (content/dasar-hukum.yaml): the citation grammar of TN-DH-04…07
 * and the hierarchy/chronology order of TN-DH-03. Unverified numbers print as "..." and are flagged,
 * never invented (dasar-hukum.md §0).
 */

/** Promulgation reference: year and number (null = unverified, absent = none in the official form). */
export interface Terbitan {
  readonly tahun: number | null;
  readonly nomor?: number | null;
}

/** One regulation as the registry holds it. */
export interface PeraturanEntry {
  readonly jenis: JenisPeraturan;
  readonly pasal?: string;
  readonly nomor?: number | null;
  readonly tahun?: number | null;
  readonly tentang?: string;
  readonly menteri?: string;
  readonly daerah?: string;
  readonly ln?: Terbitan;
  readonly tln?: number | null;
  readonly bn?: Terbitan;
  readonly ld?: Terbitan;
  readonly tld?: number | null;
  readonly bd?: Terbitan;
  readonly diundangkan?: string;
  readonly status: 'terverifikasi' | 'belum-terverifikasi';
  readonly catatan?: string;
  readonly perubahan?: readonly PeraturanEntry[];
}

/** Kinds of regulation in hierarchy order (TN-DH-03). */
export const HIERARCHY = ['uud', 'undang-undang', 'peraturan-pemerintah', 'peraturan-presiden', 'peraturan-menteri', 'peraturan-daerah-provinsi', 'peraturan-gubernur', 'peraturan-daerah', 'peraturan-bupati'] as const;
export type JenisPeraturan = (typeof HIERARCHY)[number];

/** The region whose Lembaran/Berita Daerah is cited. */
export interface CitationRegion {
  /** "Kabupaten Purwakarta". */
  readonly namaDaerah: string;
  /** "Purwakarta". */
  readonly nama: string;
  /** "Jawa Barat". */
  readonly provinsi: string;
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '...' : String(n));

/** "Undang-Undang", "Peraturan Menteri Sosial", "Peraturan Bupati Purwakarta", … */
export function namaJenis(entry: PeraturanEntry, region: CitationRegion): string {
  switch (entry.jenis) {
    case 'uud': return 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945';
    case 'undang-undang': return 'Undang-Undang';
    case 'peraturan-pemerintah': return 'Peraturan Pemerintah';
    case 'peraturan-presiden': return 'Peraturan Presiden';
    case 'peraturan-menteri': return `Peraturan Menteri ${entry.menteri ?? ''}`.trim();
    case 'peraturan-daerah-provinsi': return `Peraturan Daerah Provinsi ${entry.daerah ?? region.provinsi}`;
    case 'peraturan-gubernur': return `Peraturan Gubernur ${entry.daerah ?? region.provinsi}`;
    case 'peraturan-daerah': return `Peraturan Daerah ${entry.daerah ?? region.namaDaerah}`;
    case 'peraturan-bupati': return `Peraturan Bupati ${entry.daerah ?? region.nama}`;
  }
}

function terbitan(label: string, t: Terbitan | undefined, number: (n: number | null | undefined) => string): string | null {
  if (!t) return null;
  return 'nomor' in t ? `${label} Tahun ${num(t.tahun)} Nomor ${number(t.nomor)}` : `${label} Tahun ${num(t.tahun)}`;
}

/**
 * The parenthesised promulgation data (TN-DH-06), or "" when the entry has none. The numbers of an
 * entry marked `belum-terverifikasi` print as "..." even when the registry holds a recollected number:
 * an unverified number is never printed (NSK306 says so; issue 16 point 3).
 */
export function pengundangan(entry: PeraturanEntry, region: CitationRegion): string {
  const daerah = entry.daerah ?? region.namaDaerah;
  const number = entry.status === 'belum-terverifikasi' ? () => '...' : num;
  const parts = [
    terbitan('Lembaran Negara Republik Indonesia', entry.ln, number),
    entry.tln !== undefined ? `Tambahan Lembaran Negara Republik Indonesia Nomor ${number(entry.tln)}` : null,
    terbitan('Berita Negara Republik Indonesia', entry.bn, number),
    terbitan(`Lembaran Daerah ${daerah}`, entry.ld, number),
    entry.tld !== undefined ? `Tambahan Lembaran Daerah ${daerah} Nomor ${number(entry.tld)}` : null,
    terbitan(`Berita Daerah ${daerah}`, entry.bd, number),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** Citation of one regulation without amendments: jenis Nomor n Tahun y tentang … (LN …). */
export function baseCitation(entry: PeraturanEntry, region: CitationRegion): string {
  if (entry.jenis === 'uud') return `${entry.pasal ?? ''} ${namaJenis(entry, region)}`.trim();
  return `${namaJenis(entry, region)} Nomor ${num(entry.nomor)} Tahun ${entry.tahun ?? '...'} tentang ${entry.tentang ?? '...'}${pengundangan(entry, region)}`;
}

/** Full Mengingat citation text with the amendment chain (TN-DH-07), without the final ";". */
export function citation(entry: PeraturanEntry, region: CitationRegion): string {
  const base = baseCitation(entry, region);
  const changes = entry.perubahan ?? [];
  const last = changes[changes.length - 1];
  if (!last) return base;
  const formula = changes.length === 1 ? 'sebagaimana telah diubah dengan' : 'sebagaimana telah beberapa kali diubah, terakhir dengan';
  return `${base} ${formula} ${baseCitation(last, region)}`;
}

/** True when the printed citation carries an unverified number (entry or its last amendment). */
export function isUnverified(entry: PeraturanEntry): boolean {
  const last = entry.perubahan?.[entry.perubahan.length - 1];
  return entry.status === 'belum-terverifikasi' || last?.status === 'belum-terverifikasi';
}

/** Sort key for chronology within one level: promulgation year, date, then LN/BN number. */
export function chronologyKey(entry: PeraturanEntry): readonly [number, string, number] {
  const t = entry.ln ?? entry.bn ?? entry.ld ?? entry.bd;
  return [t?.tahun ?? entry.tahun ?? Number.MAX_SAFE_INTEGER, entry.diundangkan ?? '', t?.nomor ?? 0];
}

/** Compares two entries in Mengingat order: negative when `a` must come before `b`. */
export function compareOrder(a: PeraturanEntry, b: PeraturanEntry): { level: number; chronology: number } {
  const level = HIERARCHY.indexOf(a.jenis) - HIERARCHY.indexOf(b.jenis);
  const [ta, da, na] = chronologyKey(a);
  const [tb, db, nb] = chronologyKey(b);
  const chronology = ta !== tb ? ta - tb : da && db && da !== db ? (da < db ? -1 : 1) : na - nb;
  return { level, chronology };
}
