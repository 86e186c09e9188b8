/**
 * Reading content/dasar-hukum.yaml for rules (TN-DH-13, TN-DH-14, TN-BHS-17, TN-KONS-08, TN-REF-14):
 * every entry and amendment with its YAML path, how a text names it, and where a finding about it points.
 */
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import { namaJenis, type CitationRegion, type PeraturanEntry } from '../../resolve/citation.js';
import type { Place } from '../types.js';

/** One regulation of the registry: an entry or one of its amendments. */
export interface RegistryItem {
  /** Key of the entry ("uu-13-2011"). */
  readonly key: string;
  readonly entry: PeraturanEntry;
  readonly path: YamlPath;
  /** True for an amendment listed under `perubahan`. */
  readonly amendment: boolean;
}

/** Every regulation of the registry, entries before their amendments. */
export function registryItems(registry: YamlSource | null | undefined): RegistryItem[] {
  const data = registry?.data;
  if (!data || typeof data !== 'object') return [];
  const out: RegistryItem[] = [];
  for (const [key, entry] of Object.entries(data as Record<string, PeraturanEntry>)) {
    if (!entry || typeof entry !== 'object' || typeof entry.jenis !== 'string') continue;
    out.push({ key, entry, path: [key], amendment: false });
    (entry.perubahan ?? []).forEach((p, i) => out.push({ key, entry: p, path: [key, 'perubahan', i], amendment: true }));
  }
  return out;
}

/** A place in the registry file. */
export function registryPlace(registry: YamlSource, path: YamlPath): Place {
  return { file: registry.file, ...rangeAt(registry, path) };
}

/** "Undang-Undang Nomor 13 Tahun 2011" — how a text names a registry item (null for the UUD or without number). */
export function citedName(entry: PeraturanEntry, region: CitationRegion): string | null {
  if (entry.jenis === 'uud' || entry.nomor === null || entry.nomor === undefined || !entry.tahun) return null;
  return `${namaJenis(entry, region)} Nomor ${entry.nomor} Tahun ${entry.tahun}`;
}

/** A regulation named in running text: "Peraturan Menteri Sosial Nomor 15 Tahun 2018", with what follows. */
export const NAMED_REGULATION = /\b(Undang-Undang|Peraturan Pemerintah(?: Pengganti Undang-Undang)?|Peraturan Presiden|Peraturan Menteri(?: [A-Z][\p{L}]*(?: dan [A-Z][\p{L}]*)*)?|Peraturan Daerah(?: Provinsi [A-Z][\p{L}]*(?: [A-Z][\p{L}]*)?| Kabupaten [A-Z][\p{L}]*)?|Peraturan Gubernur(?: [A-Z][\p{L}]*(?: [A-Z][\p{L}]*)?)?|Peraturan Bupati(?: [A-Z][\p{L}]*)?) Nomor (\d+) Tahun (\d{4})/gu;
