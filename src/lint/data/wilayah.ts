/**
 * The official list of provinces and kabupaten/kota (Kode dan Data Wilayah Administrasi Pemerintahan,
 * Kepmendagri), read from the npm package idn-area-data (pinned 3.1.2: code MIT, data ODbL, Node >= 18).
 * Used by TN-PEMB-03 to check content/daerah.yaml; never hand-typed here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A kabupaten or kota: "KABUPATEN PURWAKARTA" in "JAWA BARAT". */
export interface Wilayah {
  readonly kode: string;
  /** Name in capitals as the list writes it, e.g. "KABUPATEN PURWAKARTA", "KOTA BANDUNG". */
  readonly nama: string;
  readonly provinsi: string;
}

let cache: readonly Wilayah[] | undefined;

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '').trim()));
}

/** Every kabupaten and kota with its province. */
export function daftarWilayah(): readonly Wilayah[] {
  if (!cache) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
    const provinces = new Map(rows(join(dir, 'provinces.csv')).map(([code, name]) => [code!, name!]));
    cache = rows(join(dir, 'regencies.csv')).map(([kode, prov, nama]) => ({ kode: kode!, nama: nama!, provinsi: provinces.get(prov!) ?? '' }));
  }
  return cache;
}
