/**
 * The naskah IR: one small, closed, typed tree for every document naskah renders.
 *
 * Everything a renderer needs is already computed here: numbers and labels ("BAB II", "Pasal 5",
 * "(2)", "a."), reference phrases ("sebagaimana dimaksud dalam Pasal 5 ayat (2)"), rincian
 * punctuation ("; dan"), boilerplate formulas and signature blocks. Renderers read only this tree;
 * they never number, resolve or look at YAML (DESIGN.md, "Rules of the road").
 *
 * Every unit that can be referred to carries the stable symbolic `id` the author gave it and the
 * position of its source, so diagnostics, diffs and redlines can point back at the YAML.
 */

/** Position of a unit's source (1-based line and column). */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A run of inline content. */
export type Inline =
  /** Plain text. */
  | { readonly kind: 'text'; readonly text: string }
  /** A foreign or regional term, set in italics (TN-BHS-02, TN-BHS-03). */
  | { readonly kind: 'italic'; readonly text: string }
  /** A resolved cross-reference; `text` is the final phrase, `targets` the ids it points at. */
  | { readonly kind: 'ref'; readonly text: string; readonly targets: readonly string[] };

/** Inline content of one paragraph. */
export type Runs = readonly Inline[];

/** Which product a document is. */
export type JenisNaskah = 'peraturan-bupati' | 'keputusan-bupati' | 'buku-pedoman';

/** Any document naskah renders: a regulation or decree, or a standalone book. */
export type Dokumen = Naskah | BukuPedoman;

/**
 * A letter (surat dinas), e.g. the surat permohonan fasilitasi to the Gubernur (TN-FAS-01): kop,
 * place and date, Nomor/Sifat/Lampiran/Hal, addressee, body with its enclosure list, signature, tembusan.
 */
export interface Surat {
  readonly schema: 'naskah-ir/1';
  readonly id: string;
  readonly jenis: 'surat';
  readonly metadata: Metadata;
  readonly kop: Kop;
  /** "Purwakarta, 1 Desember 2026" (right-aligned). */
  readonly tempatTanggal: string;
  /** Rows "Nomor : …", "Sifat : …", "Lampiran : …", "Hal : …". */
  readonly rincian: readonly { readonly label: string; readonly nilai: string }[];
  /** "Yth. Gubernur Jawa Barat", "c.q. Kepala Biro Hukum …", "di", "Bandung". */
  readonly kepada: readonly string[];
  /** Body paragraphs before the enclosure list. */
  readonly pembuka: readonly Runs[];
  /** Numbered enclosures. */
  readonly lampiran: readonly Rincian[];
  /** Body paragraphs after the enclosure list. */
  readonly penutup: readonly Runs[];
  readonly penandatangan: Pengesahan;
  /** "Tembusan:" lines, numbered. */
  readonly tembusan: readonly string[];
}

/** The whole document. */
export interface Naskah {
  readonly schema: 'naskah-ir/1';
  /** Document id, the folder name under content/ (e.g. "perbup-slrt"). */
  readonly id: string;
  readonly jenis: Exclude<JenisNaskah, 'buku-pedoman'>;
  /** A rancangan has no nomor/tanggal yet and renders "..."; final must be clean of errors. */
  readonly status: 'rancangan' | 'final';
  /** Document properties for DOCX core.xml and PDF metadata. */
  readonly metadata: Metadata;
  readonly kop: Kop;
  readonly judul: Judul;
  readonly pembukaan: Pembukaan;
  /** Batang tubuh of a Peraturan: BAB › Bagian › Paragraf › Pasal. Empty for a Keputusan. */
  readonly batangTubuh: readonly Unit[];
  /** Diktum of a Keputusan (KESATU, KEDUA, …). Empty for a Peraturan. */
  readonly diktum: readonly Diktum[];
  readonly penutup: Penutup;
  readonly lampiran: readonly Lampiran[];
}

/** Document properties. */
export interface Metadata {
  /** e.g. "Rancangan Peraturan Bupati Purwakarta tentang Sistem Layanan …". */
  readonly title: string;
  /** e.g. "Sistem Layanan dan Rujukan Terpadu …". */
  readonly subject: string;
  /** e.g. "Pemerintah Kabupaten Purwakarta". */
  readonly author: string;
  readonly keywords: readonly string[];
  /** Build date as ISO 8601 (from SOURCE_DATE_EPOCH or the sources), never the wall clock. */
  readonly date: string;
  /** Language tag, always "id-ID". */
  readonly language: 'id-ID';
}

/** Kop naskah dinas jabatan: lambang (Garuda) at top centre, lines in capitals below it (TN-KOP-01). */
export interface Kop {
  /** Path of the lambang image (PNG or SVG) relative to the project root; null means draw the marked placeholder. */
  readonly lambang: string | null;
  /** No lambang, and the copy leaves the office (`naskah package`): its place stays blank, no placeholder text (review B2). */
  readonly lambangKosong?: boolean;
  /** Lines under the lambang, e.g. ["BUPATI PURWAKARTA", "PROVINSI JAWA BARAT"]. */
  readonly baris: readonly string[];
}

/** Title block (TN-JUDUL, TN-STRUCT-07). Each entry is one centred line in capitals. */
export interface Judul {
  /** "RANCANGAN" above the title while status is rancangan. */
  readonly rancangan: boolean;
  /** e.g. ["PERATURAN BUPATI PURWAKARTA", "NOMOR ... TAHUN ...", "TENTANG", "SISTEM LAYANAN …"]. */
  readonly baris: readonly string[];
}

/** Pembukaan: frasa, jabatan, konsiderans, dasar hukum, diktum opening (TN-PEMB, TN-KONS, TN-DH, TN-DIKTUM). */
export interface Pembukaan {
  /** "DENGAN RAHMAT TUHAN YANG MAHA ESA", or null (Keputusan, TN-KEP-04). */
  readonly frasa: string | null;
  /** "BUPATI PURWAKARTA,". */
  readonly jabatan: string;
  readonly menimbang: DaftarBerlabel;
  readonly mengingat: DaftarBerlabel;
  /** Keputusan only, optional. */
  readonly memperhatikan: DaftarBerlabel | null;
  /** "MEMUTUSKAN:". */
  readonly memutuskan: string;
  /** The Menetapkan line: label "Menetapkan" and its text ("PERATURAN BUPATI TENTANG ….") */
  readonly menetapkan: DaftarBerlabel;
}

/** A label / colon / hanging list block such as "Menimbang : a. bahwa …". */
export interface DaftarBerlabel {
  /** "Menimbang", "Mengingat", "Memperhatikan", "Menetapkan". */
  readonly label: string;
  readonly butir: readonly ButirBerlabel[];
}

/** One item of a labelled list; `label` is "a."/"1." or "" for a single unnumbered item. */
export interface ButirBerlabel {
  readonly id: string;
  readonly label: string;
  /** Final text including its closing punctuation. */
  readonly isi: Runs;
  readonly source: SourcePos | null;
}

/** A unit of the batang tubuh. */
export type Unit = Bab | Bagian | Paragraf | Pasal;

/** BAB: label "BAB I", judul in capitals (TN-BT-01). */
export interface Bab {
  readonly kind: 'bab';
  readonly id: string;
  readonly label: string;
  readonly judul: string;
  readonly isi: readonly Unit[];
  readonly source: SourcePos | null;
}

/** Bagian: label "Bagian Kesatu" (TN-BT-02). */
export interface Bagian {
  readonly kind: 'bagian';
  readonly id: string;
  readonly label: string;
  readonly judul: string;
  readonly isi: readonly Unit[];
  readonly source: SourcePos | null;
}

/** Paragraf: label "Paragraf 1" (TN-BT-03). */
export interface Paragraf {
  readonly kind: 'paragraf';
  readonly id: string;
  readonly label: string;
  readonly judul: string;
  readonly isi: readonly Unit[];
  readonly source: SourcePos | null;
}

/** Pasal: label "Pasal 5"; its body is a list of ayat (one unlabelled ayat when not split). */
export interface Pasal {
  readonly kind: 'pasal';
  readonly id: string;
  readonly label: string;
  readonly ayat: readonly Ayat[];
  readonly source: SourcePos | null;
}

/** Ayat: label "(1)", or null for the sole body of an unsplit Pasal (TN-BT-06). */
export interface Ayat {
  readonly kind: 'ayat';
  readonly id: string;
  readonly label: string | null;
  /** The sentence (ending with ":" when rincian follow, "." otherwise). */
  readonly isi: Runs;
  readonly rincian: readonly Rincian[];
  readonly source: SourcePos | null;
}

/** One rincian item: label "a." › "1." › "a)" › "1)" (TN-RIN-06), text with final punctuation. */
export interface Rincian {
  readonly kind: 'rincian';
  readonly id: string;
  readonly label: string;
  /** Nesting depth 1–4. */
  readonly depth: number;
  readonly isi: Runs;
  readonly rincian: readonly Rincian[];
  /** Set for a definition in Ketentuan Umum: the defined term and its short form. */
  readonly definisi: { readonly istilah: string; readonly singkatan: string | null } | null;
  readonly source: SourcePos | null;
}

/** A diktum of a Keputusan: label "KESATU" and its text with optional rincian (TN-KEP-07). */
export interface Diktum {
  readonly kind: 'diktum';
  readonly id: string;
  readonly label: string;
  readonly isi: Runs;
  readonly rincian: readonly Rincian[];
  readonly source: SourcePos | null;
}

/** A signature block: each line in order, e.g. ["Ditetapkan di Purwakarta", "pada tanggal ...", "BUPATI PURWAKARTA,"] then the name. */
export interface Pengesahan {
  /** Lines above the signature space. */
  readonly baris: readonly string[];
  /** Name in capitals without gelar (TN-PNT-02), or "..." in a rancangan. */
  readonly nama: string;
}

/** Penutup (TN-PNT). */
export interface Penutup {
  /** Closing paragraphs after the last Pasal/diktum, e.g. the pengundangan order (TN-PNT-01). */
  readonly alinea: readonly Runs[];
  /** Right-hand block signed by the Bupati. */
  readonly penetapan: Pengesahan;
  /** Left-hand block signed by the Sekretaris Daerah (Peraturan only). */
  readonly pengundangan: Pengesahan | null;
  /** "BERITA DAERAH KABUPATEN PURWAKARTA TAHUN ... NOMOR ..." (Peraturan only). */
  readonly beritaDaerah: string | null;
  /** Paraf table of the copy routed for signature (`naskah build --paraf`); never in the final (TN-PARAF-01). */
  readonly paraf?: Paraf;
}

/**
 * Paraf table (TN-PARAF-01…03): `No. | Jabatan | Paraf | Tanggal`, the hierarki rows (within the initiating
 * Perangkat Daerah, from the drafter up) then the koordinasi rows (across the Sekretariat Daerah).
 */
export interface Paraf {
  readonly hierarki: readonly string[];
  readonly koordinasi: readonly string[];
}

/** A Lampiran: header block at top right, its name centred, content, and the Bupati's signature (TN-LMP). */
export interface Lampiran {
  readonly id: string;
  /** e.g. ["LAMPIRAN", "PERATURAN BUPATI PURWAKARTA", "NOMOR ... TAHUN ...", "TENTANG", "SISTEM …"]. */
  readonly kepala: readonly string[];
  /** Lampiran name lines, centred, capitals (TN-LMP-03). */
  readonly judul: readonly string[];
  readonly isi: readonly BlokLampiran[];
  /** Signature at the end (TN-LMP-04). */
  readonly penandatangan: Pengesahan;
}

/** Content of a Lampiran or a Buku Pedoman chapter. */
export type BlokLampiran =
  /** A heading: level 1 is "BAB I / PENDAHULUAN" (centred), deeper levels "A.", "1.", "a.", "1)" (TN-PED-03). */
  | { readonly kind: 'judul'; readonly id: string; readonly level: number; readonly label: string; readonly judul: string; readonly source: SourcePos | null }
  /** A paragraph of prose. */
  | { readonly kind: 'alinea'; readonly isi: Runs; readonly source: SourcePos | null }
  /** A list; items carry their computed labels. */
  | { readonly kind: 'daftar'; readonly butir: readonly Rincian[]; readonly source: SourcePos | null }
  /**
   * A table with header rows; caption above, e.g. "Tabel 1.2 …" (TN-PED-06). `lebar`: column widths in
   * mm summing to the table width, set by src/resolve/table/size-tables.ts from the content or from the
   * drafter's relative widths (null: equal columns); `huruf`: type size in pt (absent: body size);
   * `penuh`: the table spans the full text width instead of starting at the text edge of the heading above;
   * `rata`: alignment of the body cells per column (absent: all left; numbers are set `kanan`, TN-TYP-05);
   * `penggal`: per column, true when a body word is wider than the column, so the renderers hyphenate
   * that column's words at Indonesian syllables (absent: no column needs it).
   */
  | { readonly kind: 'tabel'; readonly id: string; readonly label: string; readonly judul: string; readonly kepala: readonly (readonly Runs[])[]; readonly baris: readonly (readonly Runs[])[]; readonly lebar: readonly number[] | null; readonly huruf?: number; readonly penuh?: boolean; readonly rata?: readonly ('kiri' | 'tengah' | 'kanan')[]; readonly penggal?: readonly boolean[]; readonly source: SourcePos | null }
  /** A figure (path of an SVG/PNG relative to the project root); caption below, e.g. "Gambar 2.1 …". */
  | { readonly kind: 'gambar'; readonly id: string; readonly label: string; readonly judul: string; readonly path: string; readonly lebarMm: number | null; readonly source: SourcePos | null;
      /** Inline SVG markup of a generated figure (e.g. the bagan struktur); when set, `path` is "". */
      readonly svg?: string }
  /** Forced page break (e.g. a landscape chart page). */
  | { readonly kind: 'halaman-baru'; readonly orientasi: 'potret' | 'lanskap' };

/**
 * A standalone Buku Pedoman: cover, kata pengantar, then the same chapters that form the Lampiran of its
 * Peraturan. Daftar isi, daftar tabel and daftar gambar are produced by the renderers (real page numbers
 * in the PDF, a Word TOC field in the DOCX) from the `judul`, `tabel` and `gambar` blocks.
 */
export interface BukuPedoman {
  readonly schema: 'naskah-ir/1';
  readonly id: string;
  readonly jenis: 'buku-pedoman';
  readonly status: 'rancangan' | 'final';
  readonly metadata: Metadata;
  readonly sampul: Sampul;
  readonly kataPengantar: KataPengantar | null;
  readonly isi: readonly BlokLampiran[];
}

/** Cover page of a book. */
export interface Sampul {
  /** Path of the lambang image relative to the project root, or null for the marked placeholder. */
  readonly lambang: string | null;
  /** No lambang, and the copy leaves the office (`naskah package`): its place stays blank (review B2). */
  readonly lambangKosong?: boolean;
  /** Title lines in capitals. */
  readonly judul: readonly string[];
  /** e.g. ["PEMERINTAH KABUPATEN PURWAKARTA", "DINAS SOSIAL, …"]. */
  readonly penyusun: readonly string[];
  /** Year line, e.g. "2026". */
  readonly tahun: string;
}

/** Kata pengantar: paragraphs and the signature of the head of the Dinas. */
export interface KataPengantar {
  readonly alinea: readonly Runs[];
  /** ["Purwakarta, ...", "KEPALA DINAS …,"] then the name. */
  readonly penandatangan: Pengesahan;
}
