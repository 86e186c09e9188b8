/**
 * Title block and the opening of the pembukaan: "RANCANGAN" (draft mode), the title lines, the frasa
 * "DENGAN RAHMAT TUHAN YANG MAHA ESA" and the jabatan (RULES.md TN-STRUCT-07, TN-JUDUL-02, TN-PEMB-01/02).
 */

import type { Paragraph } from 'docx';
import type { Judul, Pembukaan } from '../../ir/types.js';
import { para } from './paragraph.js';
import { GAP } from './styles.js';

/** Title lines, each centred in bold capitals; the first one sits one 1.2 em gap below the kop, as in the PDF. */
export function renderJudul(judul: Judul): Paragraph[] {
  const lines = judul.rancangan ? ['RANCANGAN', ...judul.baris] : [...judul.baris];
  return lines.map((line, i) => para('Judul', [line], i === 0 ? { before: GAP.block } : {}));
}

/** Frasa (if any) and jabatan. Without a frasa (Keputusan, TN-KEP-04) the jabatan keeps its distance from the title. */
export function renderFrasaJabatan(pembukaan: Pembukaan): Paragraph[] {
  if (pembukaan.frasa === null) return [para('Jabatan', [pembukaan.jabatan], { before: GAP.block })];
  return [para('Frasa', [pembukaan.frasa]), para('Jabatan', [pembukaan.jabatan])];
}
