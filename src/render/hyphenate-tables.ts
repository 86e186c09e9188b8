/**
 * Print preparation of tables shared by the renderers: soft hyphens at the Indonesian syllable breaks of
 * every body cell word (Typst has no Indonesian patterns; review M2), and captions whose numbers stay with
 * their words ("Tahun 2019–2021", "per 1 Agustus 2023" never split, review m13).
 */
import type { BlokLampiran, BukuPedoman, Naskah, Runs, Surat } from '../ir/types.js';
import { hyphenate } from '../util/hyphenate-id.js';
import { identityMemo } from '../util/identity-memo.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

const NBSP = '\u00A0';
const WORD_JOINER = '\u2060';

/** A caption with no line break next to a number or inside a range of numbers. */
export function bindNumbers(caption: string): string {
  return caption
    .replace(/(\d)([–-])(\d)/g, `$1$2${WORD_JOINER}$3`)
    .replace(/ (?=\d)/g, NBSP)
    .replace(/(\d[.,]?) /g, `$1${NBSP}`);
}

/** Cell runs with soft hyphens (`mark`) in their words. */
export function hyphenateRuns(runs: Runs, mark?: string): Runs {
  return runs.map((r) => ({ ...r, text: hyphenate(r.text, mark) }));
}

/**
 * A table with a bound caption and soft hyphens in the body cells of the columns marked `penggal` (a
 * word wider than the column). Header words stay whole: the column widths always leave room for the
 * longest header word (src/resolve/table/size-tables.ts).
 */
export function prepareTable(t: Tabel): Tabel {
  const rows = (rs: readonly (readonly Runs[])[]) => rs.map((row) => row.map((cell, c) => (t.penggal?.[c] === true ? hyphenateRuns(cell) : cell)));
  return { ...t, judul: bindNumbers(t.judul), baris: rows(t.baris) };
}

/** The blocks with their tables prepared, once per array (a Lampiran kept unchanged keeps its blocks). */
const blocks = identityMemo((isi: readonly BlokLampiran[]): BlokLampiran[] => isi.map((b) => (b.kind === 'tabel' ? prepareTable(b) : b)));

/** The IR with every Lampiran or book table prepared for print (the PDF renderer's input). */
export function prepareTables<T extends Naskah | BukuPedoman | Surat>(ir: T): T {
  if (ir.jenis === 'buku-pedoman') return { ...ir, isi: blocks(ir.isi) };
  if ('lampiran' in ir && Array.isArray(ir.lampiran)) return { ...ir, lampiran: ir.lampiran.map((l) => ({ ...l, isi: blocks(l.isi) })) };
  return ir;
}
