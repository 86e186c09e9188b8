/**
 * The reply table "Tanggapan atas masukan" as data: a title, where the remarks came from, one row per
 * reviewer comment with NO | PASAL (DIKTUM, BAGIAN) | MASUKAN | TANGGAPAN (the answer empty for the drafting team to
 * write, or filled from a tanggapan file), and the place, date and signer of the closing block. Built
 * by src/review/tanggapan.ts; the DOCX and the Typst layout (templates/typst/tanggapan) render exactly this.
 */

/** One reviewer comment and its answer. */
export interface TanggapanRow {
  readonly no: number;
  /** The unit the comment is anchored in ("Pasal 3 ayat (1)"), or "Umum" outside the units. */
  readonly pasal: string;
  /** The comment text (paragraphs separated by "\n"). */
  readonly masukan: string;
  /** The text the comment is anchored to ('' for a comment at a point). */
  readonly pada: string;
  /** "Bagian Hukum, 7 Desember 2026". */
  readonly oleh: string;
  /** The drafting team's answer; '' leaves the cell empty to be filled in by hand. */
  readonly tanggapan: string;
}

/** The whole reply table. */
export interface Tanggapan {
  /** Title lines: ["TANGGAPAN ATAS MASUKAN", "TERHADAP RANCANGAN PERATURAN BUPATI PURWAKARTA", "TENTANG", "…"]. */
  readonly judul: string[];
  /** Heading of the unit column: PASAL (Peraturan), DIKTUM (Keputusan), BAGIAN (Buku Pedoman). */
  readonly kolomUnit: 'PASAL' | 'DIKTUM' | 'BAGIAN';
  /** "Masukan dari Bagian Hukum pada berkas ulasan.docx". */
  readonly sumber: string;
  readonly rows: TanggapanRow[];
  /** "Purwakarta, 7 Desember 2026". */
  readonly tempatTanggal: string;
  /** The signer's title ("TIM PENYUSUN"). */
  readonly penanda: string;
  /** ISO date for document properties. */
  readonly date: string;
}

/** Column headings, in order. */
export function columns(t: Tanggapan): readonly string[] {
  return ['NO', t.kolomUnit, 'MASUKAN', 'TANGGAPAN'];
}
