/**
 * Lampiran of a Keputusan (TN-KEP-13, TN-KEP-14): numbered LAMPIRAN I, II, … when there are several,
 * each headed "LAMPIRAN I / KEPUTUSAN BUPATI PURWAKARTA / NOMOR : … / [TANGGAL : …] / TENTANG / <name>",
 * its content generated from the one organisation model — the susunan keanggotaan table, the bagan
 * struktur, or the uraian tugas — and signed by the Bupati.
 */
import { diag } from '../../diagnostics/make.js';
import type { Lampiran, Pengesahan } from '../../ir/types.js';
import { rangeAt } from '../../load/yaml-source.js';
import { drawBagan, baganBlocks } from './bagan.js';
import { TYPE, type BaganFonts } from '../../org/box.js';
import { WARN_SCALE } from '../../org/fit.js';
import { susunanTable } from './susunan.js';
import type { OrgModel } from '../../org/types.js';
import { uraianTugasBlocks } from './uraian-tugas.js';
import type { DocumentBuilder } from '../builder.js';
import { roman } from '../../ir/numbering.js';

/** A lampiran as authored. */
export interface LampiranKeputusanSource {
  readonly id: string;
  readonly judul: string;
  readonly isi: 'susunan-keanggotaan' | 'bagan-struktur' | 'uraian-tugas';
}

/** What the lampiran need besides their source. */
export interface LampiranContext {
  /** Header lines after the "LAMPIRAN I" line. */
  readonly kepala: readonly string[];
  readonly penandatangan: Pengesahan;
  /** The organisation, or null when the document has none (or it has errors). */
  readonly model: OrgModel | null;
  /** True when the document has a `struktur` (errors in it are reported elsewhere). */
  readonly hasStruktur: boolean;
  readonly orgName: string | null;
  readonly fonts: () => BaganFonts;
}

/** Registers and builds the lampiran. */
export function buildLampiranKeputusan(b: DocumentBuilder, items: readonly LampiranKeputusanSource[], ctx: LampiranContext): Lampiran[] {
  return items.map((l, i) => {
    const path = ['lampiran', i];
    const label = items.length > 1 ? `Lampiran ${roman(i + 1)}` : 'Lampiran';
    const source = b.pos(path);
    b.register({ id: l.id, kind: 'lampiran', chain: [{ word: '', value: label }], pasalId: null, ayatId: null, parentKey: 'lampiran', position: i + 1, source }, path, true);
    const lampiran: Lampiran = { id: l.id, kepala: [label.toUpperCase(), ...ctx.kepala], judul: [l.judul.trim().toUpperCase()], isi: [], penandatangan: ctx.penandatangan };
    if (!ctx.model) {
      if (!ctx.hasStruktur) b.error('NSK333', [...path, 'isi'], `Lampiran \`${l.id}\` berisi \`${l.isi}\`, tetapi naskah tidak mempunyai \`struktur\`.`, 'Tambahkan `struktur:` dengan unit-unitnya, atau hapus lampiran ini.');
      return lampiran;
    }
    const base = ['struktur'];
    switch (l.isi) {
      case 'susunan-keanggotaan':
        return { ...lampiran, isi: [susunanTable(b, ctx.model, base, { id: `${l.id}-tabel`, orgName: ctx.orgName, source })] };
      case 'uraian-tugas':
        return { ...lampiran, isi: uraianTugasBlocks(b, ctx.model, base, l.id) };
      case 'bagan-struktur': {
        const table = items.findIndex((x) => x.isi === 'susunan-keanggotaan');
        const bagan = drawBagan(ctx.model, ctx.fonts(), { susunan: table < 0 ? null : items.length > 1 ? `Lampiran ${roman(table + 1)}` : 'Lampiran' });
        const at = { file: b.source.file, ...rangeAt(b.source, path) };
        if (bagan.split) b.diagnostics.push(diag('NSK330', { ...at, message: `Bagan terlalu besar untuk satu halaman dengan huruf 9 pt; unit kewilayahan dan Puskesos dipindahkan ke ${bagan.parts.length - 1} halaman bagan lanjutan.`, hint: 'Tidak perlu tindakan. Untuk satu halaman, kurangi unit pada satu tingkat atau persingkat nama jabatan pengisi.' }));
        const smallest = Math.min(...bagan.parts.map((p) => p.scale));
        if (smallest < WARN_SCALE) b.diagnostics.push(diag('NSK331', { ...at, message: `Bagan harus diperkecil menjadi ${Math.round(smallest * 100)}% sehingga huruf pengisi hanya ${(TYPE.body * smallest).toFixed(1).replace('.', ',')} pt.`, hint: 'Kurangi unit pada satu tingkat, persingkat nama jabatan pengisi, atau beri unit Puskesos/kewilayahan `unsur` yang sesuai agar dapat dipindahkan ke halaman lanjutan.' }));
        return { ...lampiran, isi: baganBlocks(bagan, `${l.id}-bagan`, source) };
      }
    }
  });
}
