/** The image files a document names: its lambang and the drawings of its Lampiran or book. */
import type { BlokLampiran, Dokumen, Surat } from './types.js';

/** Blocks of a Lampiran or of a standalone book, in document order. */
export function blocksOf(ir: Dokumen): readonly BlokLampiran[] {
  return ir.jenis === 'buku-pedoman' ? ir.isi : ir.lampiran.flatMap((l) => l.isi);
}

/** Every image path (relative to the project root) the IR refers to, sorted, each once. */
export function imagePaths(ir: Dokumen | Surat): string[] {
  const paths = new Set<string>();
  const lambang = ir.jenis === 'buku-pedoman' ? ir.sampul.lambang : ir.kop.lambang;
  if (lambang) paths.add(lambang);
  if (ir.jenis !== 'surat') for (const blok of blocksOf(ir)) if (blok.kind === 'gambar' && blok.path !== '') paths.add(blok.path);
  return [...paths].sort();
}
