/**
 * Region data (content/daerah.yaml) and the strings derived from it: jabatan lines, the region's
 * name in Berita Daerah, the kop lines (TN-KOP-01, TN-PEMB-02, TN-PNT-02…05).
 */
import type { CitationRegion } from './citation.js';

/** The region file as validated by schemas/daerah.schema.json. */
export interface DaerahData {
  readonly nama: string;
  readonly jenis: 'kabupaten' | 'kota';
  readonly provinsi: string;
  readonly ibu_kota: string;
  readonly lambang: string | null;
  /** The region's own emblem (cover of a standalone Buku Pedoman). */
  readonly lambang_daerah?: string | null;
  readonly kepala_daerah: { readonly nama: string | null; readonly sebutan?: 'definitif' | 'pj' | 'plt' };
  readonly sekretaris_daerah: { readonly nama: string | null };
  readonly dinas?: { readonly nama: string };
}

/** Strings every document of the region uses. */
export interface Daerah extends CitationRegion {
  /** "Bupati" or "Wali Kota". */
  readonly kepala: string;
  /** "BUPATI PURWAKARTA" (with "Pj. "/"Plt. " when acting). */
  readonly jabatanKepala: string;
  /** "SEKRETARIS DAERAH KABUPATEN PURWAKARTA". */
  readonly jabatanSekda: string;
  readonly ibuKota: string;
  /** Kop lines under the lambang. */
  readonly kop: readonly string[];
  readonly namaKepala: string | null;
  readonly namaSekda: string | null;
  /** Path of the lambang relative to the region file, or null. */
  readonly lambang: string | null;
}

/** Derives the region strings. */
export function daerahFrom(data: DaerahData): Daerah {
  const kepala = data.jenis === 'kabupaten' ? 'Bupati' : 'Wali Kota';
  const namaDaerah = `${data.jenis === 'kabupaten' ? 'Kabupaten' : 'Kota'} ${data.nama}`;
  const prefix = data.kepala_daerah.sebutan === 'pj' ? 'Pj. ' : data.kepala_daerah.sebutan === 'plt' ? 'Plt. ' : '';
  const jabatanKepala = `${prefix}${kepala} ${data.nama}`.toUpperCase().replace(/^PJ\. /, 'Pj. ').replace(/^PLT\. /, 'Plt. ');
  return {
    kepala,
    nama: data.nama,
    namaDaerah,
    provinsi: data.provinsi,
    jabatanKepala,
    jabatanSekda: `SEKRETARIS DAERAH ${namaDaerah.toUpperCase()}`,
    ibuKota: data.ibu_kota,
    kop: [`${kepala} ${data.nama}`.toUpperCase(), `PROVINSI ${data.provinsi.toUpperCase()}`],
    namaKepala: data.kepala_daerah.nama,
    namaSekda: data.sekretaris_daerah.nama,
    lambang: data.lambang,
  };
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2025-07-01" → "1 Juli 2025" (TN-BHS-11); null → "...". */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '...';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${BULAN[(m ?? 1) - 1]} ${y}`;
}
