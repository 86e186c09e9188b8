/**
 * Print typography shared by the DOCX and PDF renderers (issue 16 point 5, review m4): a unit word and
 * its number are bound by a no-break space (U+00A0), so a line never ends in "Pasal", "ayat", "huruf",
 * "angka", "BAB", "Nomor", … with the number on the next line ("Pasal / 5", "huruf / c"). It is applied
 * to the printed copy of the IR only; the IR itself (and so lint, diff and the IR JSON) keeps plain
 * spaces. Text extraction and copy-paste read U+00A0 as a space.
 */
import type { BlokLampiran, Dokumen, Lampiran } from '../ir/types.js';
import { identityMemo } from '../util/identity-memo.js';

const NBSP = '\u00a0';

/** A unit word followed by its number: digits, roman numerals, "(2)", or a single letter. */
const BOUND = /(?<![\p{L}\p{N}])(Pasal|ayat|huruf|angka|BAB|Bab|Bagian|Paragraf|Lampiran|LAMPIRAN|Tabel|Gambar|Format|Nomor|NOMOR|Tahun|TAHUN|Diktum) (?=\d|\(\d|[IVXLC]+(?![\p{L}])|[A-Za-z](?![\p{L}\p{N}]))/gu;

/** `text` with each unit word bound to its number. */
export function bindNumbers(text: string): string {
  return text.replace(BOUND, `$1${NBSP}`);
}

/** A deep copy of `value` whose inline runs (`{kind, text}`) are bound. */
function bound(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bound);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const isRun = (object['kind'] === 'text' || object['kind'] === 'italic' || object['kind'] === 'ref') && typeof object['text'] === 'string';
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) out[key] = isRun && key === 'text' ? bindNumbers(inner as string) : bound(inner);
  return out;
}

/**
 * A Lampiran's blocks bound, once per array: a Lampiran whose pedoman did not change keeps its blocks
 * (resolve/pedoman/kept-resolution.ts), and the preview prints the Perbup again on every save.
 */
const boundBlocks = identityMemo((isi: readonly BlokLampiran[]) => bound(isi) as BlokLampiran[]);

/** A deep copy of the IR whose inline runs are bound (every `{kind, text}` run of any part of the tree). */
export function printCopy<T extends Dokumen>(ir: T): T {
  if (ir.jenis === 'buku-pedoman') return bound(ir) as T;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(ir)) out[key] = key === 'lampiran' ? (inner as readonly Lampiran[]).map(boundLampiran) : bound(inner);
  return out as T;
}

function boundLampiran(l: Lampiran): Lampiran {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(l)) out[key] = key === 'isi' ? boundBlocks(inner as readonly BlokLampiran[]) : bound(inner);
  return out as unknown as Lampiran;
}
