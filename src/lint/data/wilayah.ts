/**
 * The official list of provinces and kabupaten/kota (Kode dan Data Wilayah Administrasi Pemerintahan,
 * Kepmendagri), read from the npm package idn-area-data (pinned 3.1.2: code MIT, data ODbL, Node >= 18).
 * Used by TN-PEMB-03 (content/daerah.yaml) and TN-PED-11 (Kecamatan in lampiran tables); never hand-typed here.
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
let districts: Map<string, string[]> | undefined;

function dataDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
}

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '').trim()));
}

/** Every kabupaten and kota with its province. */
export function daftarWilayah(): readonly Wilayah[] {
  if (!cache) {
    const dir = dataDir();
    const provinces = new Map(rows(join(dir, 'provinces.csv')).map(([code, name]) => [code!, name!]));
    cache = rows(join(dir, 'regencies.csv')).map(([kode, prov, nama]) => ({ kode: kode!, nama: nama!, provinsi: provinces.get(prov!) ?? '' }));
  }
  return cache;
}

/** The kecamatan of a kabupaten/kota by its code ("32.14"), as the list writes them ("Babakancikao"). */
export function kecamatanOf(kode: string): readonly string[] {
  if (!districts) {
    districts = new Map();
    for (const [, regency, name] of rows(join(dataDir(), 'districts.csv'))) districts.set(regency!, [...(districts.get(regency!) ?? []), name!]);
  }
  return districts.get(kode) ?? [];
}

/** The kabupaten/kota of content/daerah.yaml (`nama`, `jenis`), if the list has it. */
export function findWilayah(nama: string, jenis: string): Wilayah | undefined {
  const wanted = `${jenis === 'kota' ? 'KOTA' : 'KABUPATEN'} ${nama.toUpperCase()}`;
  return daftarWilayah().find((w) => w.nama === wanted);
}
