/**
 * The synthetic regulation as plain data in naskah's own source format (schemas/perbup.schema.json and
 * schemas/pedoman.schema.json): what the generator builds, the reviser edits and the writer serialises.
 */

/** A rincian item: a plain string, or a map with nested items (schema `$defs/butir`). */
export type ButirSumber = string | { id?: string; teks: string; rincian?: JenisRincian; butir?: ButirSumber[] };

/** Kind of a rincian list (TN-RIN-07). */
export type JenisRincian = 'kumulatif' | 'alternatif' | 'kumulatif-alternatif';

/** An ayat (schema `$defs/ayat`). */
export interface AyatSumber {
  id?: string;
  teks: string;
  rincian?: JenisRincian;
  butir?: ButirSumber[];
}

/** A Pasal: one of teks (+ rincian), ayat, definisi or formula (schema `$defs/pasal`). */
export interface PasalSumber {
  pasal: string;
  teks?: string;
  rincian?: JenisRincian;
  butir?: ButirSumber[];
  ayat?: AyatSumber[];
  definisi?: { id: string; istilah: string; singkatan?: string; sebutan?: string; arti: string }[];
  formula?: 'mulai-berlaku';
}

/** A BAB, Bagian or Paragraf holding further units. */
export type KelompokSumber =
  | { bab: string; id: string; isi: UnsurSumber[] }
  | { bagian: string; id: string; isi: UnsurSumber[] }
  | { paragraf: string; id: string; isi: UnsurSumber[] };

/** One unit of the batang tubuh. */
export type UnsurSumber = PasalSumber | KelompokSumber;

/** A whole `naskah.yaml` of a Peraturan Bupati. */
export interface PerbupSumber {
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
  batang_tubuh: UnsurSumber[];
  lampiran: { id: string; judul: string; sumber: string }[];
}

/** A block of a Pedoman chapter, written out as Markdown. */
export type BlokPedoman =
  | { kind: 'judul'; level: 2 | 3; teks: string }
  | { kind: 'alinea'; teks: string }
  | { kind: 'daftar'; butir: string[] }
  | { kind: 'tabel'; id: string; judul: string; kepala: string[]; baris: string[][] };

/** One chapter (BAB) of the Pedoman: one Markdown file. */
export interface BabPedoman {
  berkas: string;
  judul: string;
  blok: BlokPedoman[];
}

/** The Pedoman attached as the Lampiran: its manifest fields and chapters. */
export interface PedomanSumber {
  judul: string;
  peraturan: string;
  bab: BabPedoman[];
}

/** A generated document: the Perbup and its Pedoman. */
export interface DokumenSintetis {
  readonly id: string;
  readonly naskah: PerbupSumber;
  readonly pedoman: PedomanSumber;
}

/** True for a Pasal (as opposed to a BAB, Bagian or Paragraf). */
export function isPasal(unsur: UnsurSumber): unsur is PasalSumber {
  return 'pasal' in unsur;
}
