/**
 * The outline the preview shows beside the pages (BAB, Bagian, Paragraf, Pasal; a Buku Pedoman's
 * headings; a Keputusan's diktum), and which of its entries a diagnostic falls in (for "jump to page").
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen, SourcePos, Unit } from '../ir/types.js';

/** One line of the outline: the label as printed ("Pasal 12"), its title, and where its source is. */
export interface OutlineEntry {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly judul: string;
  readonly depth: number;
  readonly source: SourcePos | null;
}

/** The outline of a document in reading order. */
export function outlineOf(ir: Dokumen): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  if (ir.jenis === 'buku-pedoman') {
    for (const b of ir.isi) if (b.kind === 'judul') out.push({ id: b.id, kind: 'judul', label: b.label, judul: b.judul, depth: b.level - 1, source: b.source });
    return out;
  }
  const walk = (units: readonly Unit[], depth: number): void => {
    for (const u of units) {
      out.push({ id: u.id, kind: u.kind, label: u.label, judul: u.kind === 'pasal' ? '' : u.judul, depth, source: u.source });
      if (u.kind !== 'pasal') walk(u.isi, depth + 1);
    }
  };
  if ('batangTubuh' in ir) walk(ir.batangTubuh, 0);
  if ('diktum' in ir && Array.isArray(ir.diktum)) for (const d of ir.diktum) out.push({ id: d.id, kind: 'diktum', label: d.label, judul: '', depth: 0, source: d.source });
  return out;
}

/** The outline entry whose source holds the diagnostic's position (the last one starting before it), if any. */
export function entryFor(diagnostic: Diagnostic, outline: readonly OutlineEntry[]): OutlineEntry | null {
  let best: OutlineEntry | null = null;
  for (const e of outline) {
    if (e.source?.file !== diagnostic.file) continue;
    if (e.source.line > diagnostic.start.line) continue;
    if (!best || e.source.line >= (best.source?.line ?? 0)) best = e;
  }
  return best;
}
