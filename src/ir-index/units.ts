/**
 * The units of a document in reading order, with their ancestors, and every resolved reference with the
 * unit that holds it (TN-REF-09, TN-REF-13, TN-BT-16, TN-NUM-01…03).
 */
import type { Ayat, Bab, Bagian, Diktum, Inline, Naskah, Paragraf, Pasal, Rincian, Runs, SourcePos, Unit } from '../ir/types.js';

/** Kinds of unit the walk records. */
export type UnitKind = 'menimbang' | 'mengingat' | 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'rincian' | 'diktum' | 'lampiran';

/** One unit in reading order. */
export interface UnitEntry {
  readonly id: string;
  readonly kind: UnitKind;
  readonly order: number;
  /** Ids of the units containing it, outermost first. */
  readonly ancestors: readonly string[];
  readonly pasal: Pasal | null;
  readonly source: SourcePos | null;
}

/** A reference run and the unit whose text holds it. */
export interface RefUse {
  readonly ref: Extract<Inline, { kind: 'ref' }>;
  readonly holder: UnitEntry;
  readonly runs: Runs;
}

/** Reading order of a document's units and references. */
export class UnitOrder {
  readonly byId = new Map<string, UnitEntry>();
  readonly refs: RefUse[] = [];
  readonly pasal: Pasal[] = [];
  readonly bab: Bab[] = [];
  /** Every BAB, Bagian, Paragraf and Pasal with its parent (null at the top). */
  readonly parents = new Map<Unit, Bab | Bagian | Paragraf | null>();

  constructor(ir: Naskah) {
    let order = 0;
    const add = (id: string, kind: UnitKind, ancestors: readonly string[], pasal: Pasal | null, source: SourcePos | null): UnitEntry => {
      const entry: UnitEntry = { id, kind, order: order++, ancestors, pasal, source };
      if (!this.byId.has(id)) this.byId.set(id, entry);
      return entry;
    };
    const holdRefs = (runs: Runs, holder: UnitEntry) => {
      for (const run of runs) if (run.kind === 'ref') this.refs.push({ ref: run, holder, runs });
    };
    const rincian = (items: readonly Rincian[], ancestors: readonly string[], pasal: Pasal | null) => {
      for (const r of items) {
        const entry = add(r.id, 'rincian', ancestors, pasal, r.source);
        holdRefs(r.isi, entry);
        rincian(r.rincian, [...ancestors, r.id], pasal);
      }
    };
    for (const b of ir.pembukaan.menimbang.butir) holdRefs(b.isi, add(b.id, 'menimbang', [], null, b.source));
    for (const b of ir.pembukaan.mengingat.butir) add(b.id, 'mengingat', [], null, b.source);
    const walk = (units: readonly Unit[], ancestors: readonly string[], parent: Bab | Bagian | Paragraf | null) => {
      for (const u of units) {
        this.parents.set(u, parent);
        if (u.kind === 'pasal') {
          this.pasal.push(u);
          add(u.id, 'pasal', ancestors, u, u.source);
          const inner = [...ancestors, u.id];
          u.ayat.forEach((a: Ayat) => {
            const entry = add(a.id, 'ayat', inner, u, a.source);
            holdRefs(a.isi, entry);
            rincian(a.rincian, [...inner, a.id], u);
          });
          continue;
        }
        if (u.kind === 'bab') this.bab.push(u);
        add(u.id, u.kind, ancestors, null, u.source);
        walk(u.isi, [...ancestors, u.id], u);
      }
    };
    walk(ir.batangTubuh, [], null);
    ir.diktum.forEach((d: Diktum) => {
      const entry = add(d.id, 'diktum', [], null, d.source);
      holdRefs(d.isi, entry);
      rincian(d.rincian, [d.id], null);
    });
    for (const l of ir.lampiran) {
      const entry = add(l.id, 'lampiran', [], null, null);
      for (const block of l.isi) {
        if (block.kind === 'alinea') holdRefs(block.isi, entry);
        else if (block.kind === 'daftar') rincian(block.butir, [l.id], null);
        else if (block.kind === 'judul' || block.kind === 'tabel' || block.kind === 'gambar') add(block.id, 'lampiran', [l.id], null, block.source);
        if (block.kind === 'tabel') for (const row of [...block.kepala, ...block.baris]) for (const cell of row) holdRefs(cell, entry);
      }
    }
  }
}
