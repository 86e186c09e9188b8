/**
 * Penutup: closing paragraphs, the penetapan block on the right (Ditetapkan di … / pada tanggal … /
 * BUPATI …, / signature space / NAME), the pengundangan block on the left and the Berita Daerah line
 * (RULES.md TN-PNT-01…04, TN-TYP-09; Appendix A.1). Every line is kept with the next so a signature
 * never stands alone at the top of a page.
 */

import type { FileChild, Paragraph } from 'docx';
import type { Pengesahan, Penutup } from '../../ir/types.js';
import { inlineRuns } from './inline.js';
import { pt } from './measure.js';
import { para } from './paragraph.js';
import { renderParaf } from './paraf.js';

/** A signature block on the right-hand side; `before` is the space above its first line. */
export function renderPenetapan(p: Pengesahan, before: number, keepNext = false): Paragraph[] {
  return [
    ...p.baris.map((line, i) => para('Penandatangan', [line], i === 0 ? { before } : {})),
    para('PenandatanganNama', [p.nama], keepNext ? { keepNext: true } : {}),
  ];
}

/** The pengundangan block on the left-hand side, kept with the Berita Daerah line. */
function renderPengundangan(p: Pengesahan, keepNext: boolean): Paragraph[] {
  return [
    ...p.baris.map((line, i) => para('Pengundangan', [line], i === 0 ? { before: pt(7.4) } : {})),
    para('PengundanganNama', [p.nama], keepNext ? { keepNext: true } : {}),
  ];
}

/** The whole penutup; a routed copy ends with its paraf table (TN-PARAF-01), kept with the lines above it. */
export function renderPenutup(penutup: Penutup): FileChild[] {
  const last = penutup.alinea.length - 1;
  const keep = penutup.paraf ? { keepNext: true } : {};
  return [
    ...penutup.alinea.map((isi, i) => para('Alinea', inlineRuns(isi), i === last ? { keepNext: true } : {})),
    ...renderPenetapan(penutup.penetapan, pt(10.8), penutup.paraf !== undefined && penutup.pengundangan === null && penutup.beritaDaerah === null),
    ...(penutup.pengundangan ? renderPengundangan(penutup.pengundangan, penutup.paraf !== undefined) : []),
    ...(penutup.beritaDaerah !== null ? [para('BeritaDaerah', [penutup.beritaDaerah], keep)] : []),
    ...(penutup.paraf ? renderParaf(penutup.paraf) : []),
  ];
}
