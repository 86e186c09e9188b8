/**
 * Every paragraph and character style of the DOCX output, in one table (STYLE.md point 9).
 *
 * The renderer refers to styles only through {@link StyleId}, so a name outside this table does not
 * compile, and a test checks that every `w:pStyle`/`w:rStyle` in the output is defined in styles.xml.
 * Reviewers at Bagian Hukum edit the DOCX by hand: the styles carry the layout (alignment, tab stops,
 * hanging indents, keep-with-next), so a new paragraph made with Enter or picked from the style gallery
 * looks right. Direct formatting is written only where a paragraph departs from its style's geometry
 * (e.g. rincian under an unnumbered ayat, wide label columns).
 *
 * All text is Bookman Old Style 12 pt, lines exactly 15.4 pt apart and no space after (the PDF's
 * measures, see LINE and GAP below), justified unless stated (TN-TYP-02,
 * TN-TYP-05). No style changes letter case: text arrives in capitals where the rules want them
 * (resolve computes it), and Word's "all caps" would wrongly turn "Kep." into "KEP." in a nomor.
 * Lengths: C = colon column, M = marker column, T = text column of labelled lists.
 *
 * | Style | Type | Used for | Layout |
 * | --- | --- | --- | --- |
 * | Normal | paragraph | base of all styles; empty spacer paragraphs | justified, exact 15.4 pt lines, 0 after, widow control |
 * | Lambang | paragraph | paragraph holding the lambang (Garuda) image | centred |
 * | KotakPengganti | paragraph | text of the marked placeholder box for a lambang or figure that was not supplied | centred, 9 pt |
 * | Kop | paragraph | kop lines under the lambang ("BUPATI PURWAKARTA") | centred, bold |
 * | Judul | paragraph | "RANCANGAN" and the title lines | centred, bold, keep with next |
 * | Frasa | paragraph | "DENGAN RAHMAT TUHAN YANG MAHA ESA" | centred |
 * | Jabatan | paragraph | "BUPATI PURWAKARTA," | centred |
 * | LabelDaftar | paragraph | Menimbang / Mengingat / Memperhatikan / Menetapkan items | tabs C 3 cm, M 3.5 cm, T 4.3 cm; hanging to T |
 * | Memutuskan | paragraph | "MEMUTUSKAN:" | centred |
 * | BabLabel | paragraph | "BAB I" | centred, keep with next, outline level 1 |
 * | BabJudul | paragraph | BAB title | centred, keep with next |
 * | BagianLabel | paragraph | "Bagian Kesatu" | centred, keep with next, outline level 2 |
 * | BagianJudul | paragraph | Bagian title | centred, keep with next |
 * | ParagrafLabel | paragraph | "Paragraf 1" | centred, keep with next, outline level 3 |
 * | ParagrafJudul | paragraph | Paragraf title | centred, keep with next |
 * | Pasal | paragraph | "Pasal 1" | centred, keep with next, outline level 4 |
 * | Ayat | paragraph | "(1)⇥text" | hanging 1 cm |
 * | IsiPasal | paragraph | body of a Pasal without ayat | justified, no indent |
 * | Rincian1 … Rincian4 | paragraph | "a.⇥text" at depth 1–4 under a numbered ayat | marker at 1 cm + 0.8 cm × (depth − 1), hanging 0.8 cm |
 * | Diktum | paragraph | "KESATU⇥:⇥text" of a Keputusan | tabs C, M; hanging to M |
 * | Alinea | paragraph | closing paragraphs of the penutup | justified |
 * | Penandatangan | paragraph | right-hand signature lines ("Ditetapkan di …", "BUPATI …,") | from the middle of the text width (8.25 cm), keep with next |
 * | PenandatanganNama | paragraph | name under the right-hand signature | left half, bold, 69.5 pt before (the PDF's 2.5 cm signature space) |
 * | Pengundangan | paragraph | left-hand pengundangan lines ("Diundangkan di …") | left aligned, keep with next |
 * | PengundanganNama | paragraph | name under the pengundangan signature | bold, 69.5 pt before, keep with next |
 * | BeritaDaerah | paragraph | "BERITA DAERAH KABUPATEN … TAHUN … NOMOR …" | left aligned, 17 pt before |
 * | LampiranKepala | paragraph | lampiran header block at the top right | from the middle of the text width (8.25 cm), left aligned |
 * | LampiranJudul | paragraph | lampiran name | centred, bold |
 * | LampiranBabLabel | paragraph | "BAB I" inside a lampiran | centred, bold, outline level 1 |
 * | LampiranBabJudul | paragraph | BAB title inside a lampiran | centred, bold |
 * | LampiranSubjudul1 … LampiranSubjudul4 | paragraph | headings "A.⇥…", "1.⇥…", "a.⇥…", "1)⇥…" | bold, hanging 0.8 cm per level, outline levels 2–5 |
 * | LampiranAlinea | paragraph | prose in a lampiran | justified |
 * | KepalaSurat | paragraph | letter head: Nomor/Sifat/Lampiran/Hal, place and date, addressee | left-aligned, no space after |
 * | KeteranganTabel | paragraph | caption above a table ("Tabel 1 …") | centred, keep with next |
 * | KepalaTabel | paragraph | header-row cell text | centred, bold, no space after |
 * | IsiTabel | paragraph | body cell text | left aligned, no space after |
 * | Gambar | paragraph | paragraph holding a figure | centred, keep with next |
 * | KeteranganGambar | paragraph | caption below a figure ("Gambar 1 …") | centred |
 * | NomorHalaman | paragraph | "- n -" in the page header | centred |
 * | TOC1, TOC2 | paragraph | entries of the book's daftar isi/tabel/gambar (Word's "toc 1", "toc 2") | left; TOC2 indented 1.2 em |
 * | Asing | character | foreign or regional term (TN-BHS-02) | italic |
 * | Rujukan | character | resolved cross-reference phrase | no visible formatting |
 * | FootnoteReference | character | footnote mark (docx writes it in the footnote separators) | superscript |
 * | EndnoteReference | character | endnote mark (docx writes it in the endnote separators) | superscript |
 * | DefaultParagraphFont | character | Word's default run style | — |
 * | TableNormal | table | Word's default table style | cell margins 0.19 cm |
 */

import { AYAT_TEXT, cm, LAMPIRAN_KEPALA_LEFT, pt, RINCIAN_STEP, SIGNATURE_LEFT } from './measure.js';

/** Paragraph geometry and behaviour a style can carry (all lengths in twips). */
export interface ParagraphLayout {
  readonly align?: 'left' | 'center' | 'both';
  readonly left?: number;
  readonly hanging?: number;
  readonly before?: number;
  readonly after?: number;
  /** Single automatic line spacing instead of the exact {@link LINE} (paragraphs holding pictures). */
  readonly autoLine?: boolean;
  /** Left tab stops. */
  readonly tabs?: readonly number[];
  readonly keepNext?: boolean;
  /** Outline level 0–8 (Word's navigation pane shows 0 as level 1). */
  readonly outline?: number;
}

/** Run formatting a style can carry. */
export interface RunLayout {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly superscript?: boolean;
  /** Size in half-points. */
  readonly size?: number;
}

/** One entry of the style table. */
export interface StyleDef {
  readonly type: 'paragraph' | 'character' | 'table';
  /** What the style is for (shown in this file's table; not written to the DOCX). */
  readonly doc: string;
  /** Style Word gives the paragraph after this one when the user presses Enter (default: the same). */
  readonly next?: string;
  /** Infrastructure style, kept out of Word's style gallery. */
  readonly hidden?: boolean;
  readonly paragraph?: ParagraphLayout;
  readonly run?: RunLayout;
}

/** Font of every style (TN-TYP-02). */
export const FONT = 'Bookman Old Style';
/** Body size in half-points: 12 pt. */
export const SIZE = 24;
/** Language of every run. */
export const LANGUAGE = 'id-ID';

/** Default columns of labelled lists ("Menimbang⇥:⇥a.⇥bahwa …"): colon, marker, text. */
export const LABEL_COLUMNS = { colon: cm(3), marker: cm(3.5), text: cm(4.3) } as const;

/**
 * Line pitch: exactly 15.4 pt, the baseline-to-baseline distance of the PDF (Typst: cap height of
 * the 12 pt face + 0.6 em leading, templates/typst/naskah/page.typ). Exact, so Word and LibreOffice lay
 * the DOCX out line for line like the PDF whatever the font's own line gap (RULES.md TN-TYP-05).
 */
export const LINE = pt(15.4);

/**
 * Spacing between paragraphs. In the PDF a paragraph break replaces the 7.2 pt leading by 6 pt, so
 * consecutive ayat, rincian and list items sit one line apart: the DOCX adds nothing (0 after). Larger
 * gaps are the PDF's gap less one line pitch, measured on the PDF (`pdftotext -bbox`).
 */
export const GAP = {
  /** Above "BAB I": 2 em in the PDF. */
  bab: pt(16.8),
  /** Above "Bagian Kesatu" / "Paragraf 1": 1.4 em. */
  bagian: pt(9.6),
  /** Above "Pasal 1": 1.2 em. */
  pasal: pt(7.2),
  /** Below the kop, below the title: 1.2 em. */
  block: pt(13.2),
  /** Around the frasa, the jabatan and MEMUTUSKAN: 0.8 em. */
  frasa: pt(8.4),
  /** Below MEMUTUSKAN: 0.4 em. */
  memutuskan: pt(3.6),
  /** Above a lampiran heading "A." and a table caption: 1 em. */
  subjudul: pt(4.8),
  /** Above a prose paragraph of a lampiran: 0.6 em + 6 pt. */
  alinea: pt(6),
} as const;

/** Blank space above the name of a signatory: the PDF's 2.5 cm signature space. */
const SIGNATURE_SPACE = pt(69.5);

const centred = (extra: ParagraphLayout = {}): ParagraphLayout => ({ align: 'center', ...extra });
const rincian = (depth: number): ParagraphLayout => ({
  left: AYAT_TEXT + depth * RINCIAN_STEP,
  hanging: RINCIAN_STEP,
  tabs: [AYAT_TEXT + depth * RINCIAN_STEP],
});
const subjudul = (level: number): ParagraphLayout => ({
  align: 'left',
  left: level * RINCIAN_STEP,
  hanging: RINCIAN_STEP,
  tabs: [level * RINCIAN_STEP],
  before: GAP.subjudul,
  keepNext: true,
  outline: level,
});

/** The style table: id → definition. Ids double as the names shown in Word. */
export const STYLES = {
  Normal: { type: 'paragraph', doc: 'Base of all styles; empty spacer paragraphs.', paragraph: { align: 'both' } },
  Lambang: { type: 'paragraph', doc: 'Paragraph holding the lambang image.', paragraph: centred({ after: 0, keepNext: true, autoLine: true }) },
  KotakPengganti: { type: 'paragraph', doc: 'Text of a marked placeholder box (lambang or figure not supplied).', paragraph: centred({ after: 0, autoLine: true }), run: { size: 18 } },
  Kop: { type: 'paragraph', doc: 'Kop lines under the lambang.', paragraph: centred({ after: 0, keepNext: true }), run: { bold: true } },
  Judul: { type: 'paragraph', doc: '"RANCANGAN" and the title lines.', paragraph: centred({ after: 0, keepNext: true }), run: { bold: true } },
  Frasa: { type: 'paragraph', doc: 'DENGAN RAHMAT TUHAN YANG MAHA ESA.', paragraph: centred({ before: GAP.block, after: GAP.frasa, keepNext: true }), run: { bold: true } },
  Jabatan: { type: 'paragraph', doc: 'Jabatan pembentuk, e.g. "BUPATI PURWAKARTA,".', paragraph: centred({ after: GAP.frasa, keepNext: true }), run: { bold: true } },
  LabelDaftar: {
    type: 'paragraph',
    doc: 'Items of Menimbang / Mengingat / Memperhatikan / Menetapkan.',
    paragraph: { tabs: [LABEL_COLUMNS.colon, LABEL_COLUMNS.marker, LABEL_COLUMNS.text], left: LABEL_COLUMNS.text, hanging: LABEL_COLUMNS.text },
  },
  Memutuskan: { type: 'paragraph', doc: '"MEMUTUSKAN:".', next: 'LabelDaftar', paragraph: centred({ before: GAP.frasa, after: GAP.memutuskan, keepNext: true }) },
  BabLabel: { type: 'paragraph', doc: '"BAB I".', next: 'BabJudul', paragraph: centred({ before: GAP.bab, keepNext: true, outline: 0 }) },
  BabJudul: { type: 'paragraph', doc: 'BAB title.', next: 'Pasal', paragraph: centred({ keepNext: true }) },
  BagianLabel: { type: 'paragraph', doc: '"Bagian Kesatu".', next: 'BagianJudul', paragraph: centred({ before: GAP.bagian, keepNext: true, outline: 1 }) },
  BagianJudul: { type: 'paragraph', doc: 'Bagian title.', next: 'Pasal', paragraph: centred({ keepNext: true }) },
  ParagrafLabel: { type: 'paragraph', doc: '"Paragraf 1".', next: 'ParagrafJudul', paragraph: centred({ before: GAP.bagian, keepNext: true, outline: 2 }) },
  ParagrafJudul: { type: 'paragraph', doc: 'Paragraf title.', next: 'Pasal', paragraph: centred({ keepNext: true }) },
  Pasal: { type: 'paragraph', doc: '"Pasal 1".', next: 'Ayat', paragraph: centred({ before: GAP.pasal, keepNext: true, outline: 3 }) },
  Ayat: { type: 'paragraph', doc: 'Numbered ayat "(1)⇥text".', paragraph: { left: AYAT_TEXT, hanging: AYAT_TEXT, tabs: [AYAT_TEXT] } },
  IsiPasal: { type: 'paragraph', doc: 'Body of a Pasal that is not split into ayat.', paragraph: {} },
  Rincian1: { type: 'paragraph', doc: 'Rincian at depth 1 ("a.").', paragraph: rincian(1) },
  Rincian2: { type: 'paragraph', doc: 'Rincian at depth 2 ("1.").', paragraph: rincian(2) },
  Rincian3: { type: 'paragraph', doc: 'Rincian at depth 3 ("a)").', paragraph: rincian(3) },
  Rincian4: { type: 'paragraph', doc: 'Rincian at depth 4 ("1)").', paragraph: rincian(4) },
  Diktum: {
    type: 'paragraph',
    doc: 'Diktum of a Keputusan "KESATU⇥:⇥text".',
    paragraph: { tabs: [LABEL_COLUMNS.colon, LABEL_COLUMNS.marker], left: LABEL_COLUMNS.marker, hanging: LABEL_COLUMNS.marker },
  },
  Alinea: { type: 'paragraph', doc: 'Closing paragraphs of the penutup.', paragraph: {} },
  Penandatangan: { type: 'paragraph', doc: 'Right-hand signature lines.', paragraph: { align: 'left', left: SIGNATURE_LEFT, after: 0, keepNext: true } },
  PenandatanganNama: { type: 'paragraph', doc: 'Name under the right-hand signature.', paragraph: { align: 'left', left: SIGNATURE_LEFT, before: SIGNATURE_SPACE, after: 0 }, run: { bold: true } },
  Pengundangan: { type: 'paragraph', doc: 'Left-hand pengundangan lines.', paragraph: { align: 'left', after: 0, keepNext: true } },
  PengundanganNama: { type: 'paragraph', doc: 'Name under the pengundangan signature.', paragraph: { align: 'left', before: SIGNATURE_SPACE, after: 0, keepNext: true }, run: { bold: true } },
  BeritaDaerah: { type: 'paragraph', doc: 'BERITA DAERAH … TAHUN … NOMOR … line.', paragraph: { align: 'left', before: pt(17) } },
  KepalaSurat: { type: 'paragraph', doc: 'Letter head cells: Nomor/Sifat/Lampiran/Hal and the addressee.', paragraph: { align: 'left', after: 0 } },
  LampiranKepala: { type: 'paragraph', doc: 'Lampiran header block, top right.', paragraph: { align: 'left', left: LAMPIRAN_KEPALA_LEFT, after: 0 }, },
  LampiranJudul: { type: 'paragraph', doc: 'Lampiran name.', paragraph: centred({ after: 0, keepNext: true }), run: { bold: true } },
  LampiranBabLabel: { type: 'paragraph', doc: '"BAB I" in a lampiran.', next: 'LampiranBabJudul', paragraph: centred({ before: GAP.bab, keepNext: true, outline: 0 }), run: { bold: true } },
  LampiranBabJudul: { type: 'paragraph', doc: 'BAB title in a lampiran.', next: 'LampiranAlinea', paragraph: centred({ keepNext: true }), run: { bold: true } },
  LampiranSubjudul1: { type: 'paragraph', doc: 'Lampiran heading level 2 ("A.").', next: 'LampiranAlinea', paragraph: subjudul(1), run: { bold: true } },
  LampiranSubjudul2: { type: 'paragraph', doc: 'Lampiran heading level 3 ("1.").', next: 'LampiranAlinea', paragraph: subjudul(2), run: { bold: true } },
  LampiranSubjudul3: { type: 'paragraph', doc: 'Lampiran heading level 4 ("a.").', next: 'LampiranAlinea', paragraph: subjudul(3), run: { bold: true } },
  LampiranSubjudul4: { type: 'paragraph', doc: 'Lampiran heading level 5 and deeper ("1)").', next: 'LampiranAlinea', paragraph: subjudul(4), run: { bold: true } },
  LampiranAlinea: { type: 'paragraph', doc: 'Prose in a lampiran.', paragraph: { before: GAP.alinea } },
  KeteranganTabel: { type: 'paragraph', doc: 'Caption above a table.', paragraph: centred({ before: GAP.subjudul, after: pt(3), keepNext: true }) },
  KepalaTabel: { type: 'paragraph', doc: 'Header-row cell text.', paragraph: centred({ after: 0 }), run: { bold: true } },
  IsiTabel: { type: 'paragraph', doc: 'Body cell text.', paragraph: { align: 'left', after: 0 } },
  Gambar: { type: 'paragraph', doc: 'Paragraph holding a figure.', paragraph: centred({ before: GAP.subjudul, after: pt(3), keepNext: true, autoLine: true }) },
  KeteranganGambar: { type: 'paragraph', doc: 'Caption below a figure.', paragraph: centred({ after: pt(6) }) },
  NomorHalaman: { type: 'paragraph', doc: 'Page number "- n -" in the header.', paragraph: centred({ after: 0 }) },
  TOC1: { type: 'paragraph', doc: 'Entry of a daftar isi/tabel/gambar (BAB, caption).', paragraph: { align: 'left' } },
  TOC2: { type: 'paragraph', doc: 'Entry "A. …" of a daftar isi, indented as in the PDF (1.2 em).', paragraph: { align: 'left', left: pt(14.4) } },
  Asing: { type: 'character', doc: 'Foreign or regional term.', run: { italic: true } },
  Rujukan: { type: 'character', doc: 'Resolved cross-reference phrase.', run: {} },
  FootnoteReference: { type: 'character', doc: 'Footnote mark (docx writes it in the footnote separators).', hidden: true, run: { superscript: true } },
  EndnoteReference: { type: 'character', doc: 'Endnote mark (docx writes it in the endnote separators).', hidden: true, run: { superscript: true } },
  DefaultParagraphFont: { type: 'character', doc: "Word's default run style.", hidden: true, run: {} },
  TableNormal: { type: 'table', doc: "Word's default table style.", hidden: true },
} as const satisfies Record<string, StyleDef>;

/** Id of a style in {@link STYLES}. */
export type StyleId = keyof typeof STYLES;

/** Id of a paragraph style. */
export type ParagraphStyleId = { [K in StyleId]: (typeof STYLES)[K]['type'] extends 'paragraph' ? K : never }[StyleId];

/** Id of a character style. */
export type CharacterStyleId = 'Asing' | 'Rujukan';

/** The paragraph layout of a style, with empty defaults. */
export function layoutOf(id: ParagraphStyleId): ParagraphLayout {
  const def: StyleDef = STYLES[id];
  return def.paragraph ?? {};
}

const RINCIAN_STYLES = ['Rincian1', 'Rincian2', 'Rincian3', 'Rincian4'] as const satisfies readonly ParagraphStyleId[];
const SUBJUDUL_STYLES = ['LampiranSubjudul1', 'LampiranSubjudul2', 'LampiranSubjudul3', 'LampiranSubjudul4'] as const satisfies readonly ParagraphStyleId[];

/** Rincian style for a depth 1–4 (deeper clamps to 4). */
export function rincianStyle(depth: number): ParagraphStyleId {
  return RINCIAN_STYLES[Math.min(Math.max(depth, 1), 4) - 1] ?? 'Rincian4';
}

/** Lampiran sub-heading style for a heading level ≥ 2 (level 2 → LampiranSubjudul1; deeper clamps to 4). */
export function subjudulStyle(level: number): ParagraphStyleId {
  return SUBJUDUL_STYLES[Math.min(Math.max(level - 1, 1), 4) - 1] ?? 'LampiranSubjudul4';
}
