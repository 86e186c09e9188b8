/** Groups of text kinds that rules read together. */
import type { TextKind } from '../../ir-index/text.js';

/** Texts of the norms: ayat, rincian, definitions, diktum (batang tubuh and Keputusan). */
export const NORM_TEXTS: readonly TextKind[] = ['ayat', 'rincian', 'definisi', 'diktum'];

/** Running prose: the norms, konsiderans and the Lampiran's paragraphs and lists. */
export const PROSE_TEXTS: readonly TextKind[] = [...NORM_TEXTS, 'menimbang', 'lampiran-alinea', 'lampiran-rincian'];

/** Headings and names (titles are checked for case, not for running-text rules). */
export const TITLE_TEXTS: readonly TextKind[] = ['tentang', 'judul-bab', 'judul-bagian', 'judul-paragraf', 'lampiran-judul', 'lampiran-subjudul'];
