/**
 * Diktum of a Keputusan (TN-KEP-07…10): labels KESATU, KEDUA, … computed from their order, each
 * diktum referable as "Diktum KESATU", its text resolved like a Pasal (references, italics, final
 * punctuation added), its rincian lettered a., b., …, and the standard formulas for financing
 * (pembiayaan) and entry into force on the date of adoption (mulai berlaku … pada tanggal ditetapkan).
 */
import type { Diktum, Rincian } from '../../ir/types.js';
import type { DocumentBuilder, Mutable } from '../builder.js';
import { formula } from '../formulas.js';
import { diktumLabel } from '../../ir/numbering.js';
import { buildRincian, type ButirSource, type JenisRincian } from '../rincian.js';

/** A diktum as authored. */
export type DiktumSource =
  | { readonly id?: string; readonly teks: string; readonly rincian?: JenisRincian; readonly butir?: readonly ButirSource[] }
  | { readonly id?: string; readonly formula: 'pembiayaan' | 'mulai-berlaku' };

/** Data the diktum formulas need. */
export interface DiktumContext {
  readonly templatesDir: string;
  /** "Keputusan Bupati". */
  readonly jenisKeputusan: string;
  /** "Kabupaten Purwakarta". */
  readonly namaDaerah: string;
}

/** Numbers and builds the diktum; texts are resolved in the builder's second pass. */
export function buildDiktum(b: DocumentBuilder, items: readonly DiktumSource[], ctx: DiktumContext): Diktum[] {
  return items.map((item, i) => {
    const path = ['diktum', i];
    const label = diktumLabel(i + 1);
    const id = item.id ?? `diktum-${label.toLowerCase().replace(/ /g, '-')}`;
    const source = b.pos(path);
    const chain = [{ word: 'Diktum', value: label }];
    // The diktum acts as its own "Pasal": references between its rincian read "huruf a".
    b.register({ id, kind: 'diktum', chain, pasalId: id, ayatId: null, parentKey: 'diktum', position: i + 1, source }, path, item.id !== undefined);
    const node: Mutable<Diktum> = { kind: 'diktum', id, label, isi: [], rincian: [], source };
    const place = { pasalId: id, ayatId: null, around: [id] };
    if ('formula' in item) {
      const text = item.formula === 'pembiayaan'
        ? formula(ctx.templatesDir, 'pembiayaan', { jenisKeputusan: ctx.jenisKeputusan, namaDaerah: ctx.namaDaerah })
        : formula(ctx.templatesDir, 'mulai-berlaku', { jenisPeraturan: ctx.jenisKeputusan, keputusan: true });
      b.text(text, { ...place, path: [...path, 'formula'] }, '.', (r) => (node.isi = r));
      return node as Diktum;
    }
    const hasList = item.butir !== undefined && item.rincian !== undefined;
    b.text(item.teks, { ...place, path: [...path, 'teks'] }, hasList ? ':' : '.', (r) => (node.isi = r));
    if (hasList) node.rincian = buildRincian(b, item.butir!, item.rincian!, 1, '.', { ...place, chain, parentId: id, path: [...path, 'butir'] }) as Rincian[];
    return node as Diktum;
  });
}
