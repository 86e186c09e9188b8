/**
 * The copy routed for signature (TN-PARAF-01): the document with the project's paraf table on its
 * signature page. Only documents the Bupati signs with a penutup (Peraturan Bupati, Keputusan Bupati)
 * carry one (Dokumen has no surat: the package's cover letter is rendered apart); the final copy and the fasilitasi package never do.
 */
import type { Dokumen, Paraf } from '../ir/types.js';

/** Suffix of the routed copy's file names: output/<id>/<id>-paraf.pdf. */
export const PARAF_SUFFIX = '-paraf';

/** Whether `ir` has a signature page that takes a paraf table. */
export function takesParaf(ir: Dokumen): boolean {
  return ir.jenis !== 'buku-pedoman';
}

/** `ir` with the paraf table in its penutup (unchanged when it takes none). */
export function withParaf<T extends Dokumen>(ir: T, paraf: Paraf): T {
  if (ir.jenis === 'buku-pedoman') return ir;
  return { ...ir, penutup: { ...ir.penutup, paraf } };
}
