/**
 * The `tata_letak` part of content/naskah.config.yaml → HouseStyle. The file is validated against
 * schemas/config.schema.json first (an unknown key is NSK202 with the closest known key as hint), so
 * this only maps the Indonesian keys onto the typed style and fills in the defaults.
 */
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../ir/house-style.js';

/** `tata_letak` as the schema allows it. */
export interface TataLetakData {
  readonly lampiran?: {
    readonly nomor_halaman?: 'ulang' | 'lanjut';
    readonly nomor_halaman_pertama?: boolean;
    readonly baris_tanggal?: boolean;
    readonly titik_dua?: boolean;
  };
}

/** The house style of a validated configuration (defaults for every key left out). */
export function houseStyleFrom(data: TataLetakData | undefined): HouseStyle {
  const d = DEFAULT_HOUSE_STYLE.lampiran;
  const l = data?.lampiran ?? {};
  return {
    lampiran: {
      nomorHalaman: l.nomor_halaman ?? d.nomorHalaman,
      nomorHalamanPertama: l.nomor_halaman_pertama ?? d.nomorHalamanPertama,
      barisTanggal: l.baris_tanggal ?? d.barisTanggal,
      titikDua: l.titik_dua ?? d.titikDua,
    },
  };
}
