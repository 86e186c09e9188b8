/**
 * The synthetic regulation as plain data in naskah's own source format (schemas/perbup.schema.json and
 * schemas/pedoman.schema.json): what the generator builds, the reviser edits and the writer serialises.
 */

/** A rincian item: a plain string, or a map with nested items (schema `$defs/butir`). */
export type SourceButir = string | { id?: string; teks: string; rincian?: RincianKind; butir?: SourceButir[] };

/** Kind of a rincian list (TN-RIN-07). */
export type RincianKind = 'kumulatif' | 'alternatif' | 'kumulatif-alternatif';

/** An ayat (schema `$defs/ayat`). */
export interface SourceAyat {
  id?: string;
  teks: string;
  rincian?: RincianKind;
  butir?: SourceButir[];
}

/** A Pasal: one of teks (+ rincian), ayat, definisi or formula (schema `$defs/pasal`). */
export interface SourcePasal {
  pasal: string;
  teks?: string;
  rincian?: RincianKind;
  butir?: SourceButir[];
  ayat?: SourceAyat[];
  definisi?: { id: string; istilah: string; singkatan?: string; sebutan?: string; arti: string }[];
  formula?: 'mulai-berlaku';
}

/** A BAB, Bagian or Paragraf holding further units. */
export type SourceGroup =
  | { bab: string; id: string; isi: SourceUnit[] }
  | { bagian: string; id: string; isi: SourceUnit[] }
  | { paragraf: string; id: string; isi: SourceUnit[] };

/** One unit of the batang tubuh. */
export type SourceUnit = SourcePasal | SourceGroup;

/** A whole `naskah.yaml` of a Peraturan Bupati. */
export interface SourcePerbup {
  jenis: 'peraturan-bupati';
  status: 'rancangan';
  tentang: string;
  nomor: null;
  tahun: null;
  ditetapkan: null;
  diundangkan: null;
  berita_daerah: null;
  menimbang: { id: string; teks: string }[];
  mengingat: string[];
  batang_tubuh: SourceUnit[];
  lampiran: { id: string; judul: string; sumber: string }[];
}

/** A block of a Pedoman chapter, written out as Markdown. */
export type PedomanBlock =
  | { kind: 'judul'; level: 2 | 3; teks: string }
  | { kind: 'alinea'; teks: string }
  | { kind: 'daftar'; butir: string[] }
  | { kind: 'tabel'; id: string; judul: string; kepala: string[]; baris: string[][] };

/** One chapter (BAB) of the Pedoman: one Markdown file. */
export interface PedomanBab {
  berkas: string;
  judul: string;
  blok: PedomanBlock[];
}

/** The Pedoman attached as the Lampiran: its manifest fields and chapters. */
export interface SourcePedoman {
  judul: string;
  peraturan: string;
  bab: PedomanBab[];
}

/** A generated document: the Perbup and its Pedoman. */
export interface SyntheticDocument {
  readonly id: string;
  readonly naskah: SourcePerbup;
  readonly pedoman: SourcePedoman;
}

/** True for a Pasal (as opposed to a BAB, Bagian or Paragraf). */
export function isPasal(unit: SourceUnit): unit is SourcePasal {
  return 'pasal' in unit;
}
