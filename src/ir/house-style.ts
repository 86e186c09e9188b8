/**
 * House style for the page layout of a project (content/naskah.config.yaml, key `tata_letak`): the
 * choices the rules catalogue leaves to the region, shared by the PDF and DOCX renderers so both
 * print the same pages. Defaults follow the catalogue (RULES.md TN-LMP-02, TN-LMP-05, TN-KEP-13).
 */

/** How the pages of each Lampiran are numbered and how its header block is written. */
export interface LampiranStyle {
  /**
   * `ulang`: numbering restarts in each Lampiran, its first page being 1 (TN-LMP-05, default);
   * `lanjut`: the Lampiran pages continue the numbers of the body.
   */
  readonly nomorHalaman: 'ulang' | 'lanjut';
  /** Print the number on the first page of a Lampiran too (default false, as on page 1 of the body). */
  readonly nomorHalamanPertama: boolean;
  /**
   * A `TANGGAL` line under `NOMOR` in the header block (TN-KEP-13 variant): true adds it (the date of
   * penetapan, "..." in a rancangan), false removes it, null keeps what the document kind prints.
   */
  readonly barisTanggal: boolean | null;
  /**
   * `NOMOR : …` / `TANGGAL : …` with colons (the Jawa Barat variant of TN-LMP-02): true adds them,
   * false removes them, null keeps the document kind's form (Peraturan without, Keputusan with).
   */
  readonly titikDua: boolean | null;
}

/** The page-layout house style. */
export interface HouseStyle {
  readonly lampiran: LampiranStyle;
}

/** The catalogue's defaults. */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  lampiran: { nomorHalaman: 'ulang', nomorHalamanPertama: false, barisTanggal: null, titikDua: null },
};
