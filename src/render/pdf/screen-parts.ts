/**
 * A Peraturan laid out in parts for the screen (`naskah preview`, issue 12): the batang tubuh and each
 * Lampiran as Typst documents of their own, so that a save in the batang tubuh lays out and exports its
 * 18 pages instead of all 65 of the SLRT Perbup, and the Lampiran it did not touch are not laid out at
 * all (their inputs are the same bytes: the last pages stand).
 *
 * Each part prints exactly the pages the whole document prints (test/preview/parted.test.ts
 * compares them pixel by pixel): a Lampiran begins on a page of its own, restarts the page numbers
 * and shows none on its first page, and no catchword crosses into a Lampiran (TN-TYP-07), so nothing on
 * a page depends on another part. A house style that breaks one of these (page numbers carried on,
 * a number on a Lampiran's first page) is laid out whole. A Lampiran's references to the batang tubuh
 * keep their links: the part carries the anchors of the units they point to, on its first page.
 */
import type { HouseStyle } from '../../ir/house-style.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Naskah } from '../../ir/types.js';
import { linksIn } from './ref-links.js';
import { layoutJson } from './catchword-data.js';
import { sameJson } from '../../util/same-json.js';

/** One part: its key (stable between saves: "batang-tubuh", "lampiran/<id>") and its layout data (lib.typ `naskah`). */
export interface LayoutPart {
  readonly key: string;
  readonly ir: object;
}

/**
 * The parts of a Peraturan laid out for the screen (the layout data after the Lampiran headers, links
 * and terms are in), or null when the document is laid out whole: no Lampiran, or a house style under
 * which a page of one part depends on another.
 */
export function screenParts(laidOut: Naskah & { readonly istilah: unknown }, style: HouseStyle): LayoutPart[] | null {
  if (laidOut.lampiran.length === 0) return null;
  if (style.lampiran.nomorHalaman !== 'ulang' || style.lampiran.nomorHalamanPertama) return null;
  const parts: LayoutPart[] = [{ key: 'batang-tubuh', ir: { ...laidOut, lampiran: [] } }];
  for (const l of laidOut.lampiran) {
    const anchors = linksIn(l.isi);
    // Only what a Lampiran's pages read (lib.typ with `hanyaLampiran`): the document's metadata and
    // defined terms, and the Lampiran; an edit of the batang tubuh leaves these bytes as they were.
    const ir = { id: laidOut.id, jenis: laidOut.jenis, metadata: laidOut.metadata, istilah: laidOut.istilah, lampiran: [l], hanyaLampiran: true, jangkar: anchors };
    parts.push({ key: `lampiran/${l.id}`, ir });
  }
  return parts;
}

/** One part of a document laid out on its own for the screen (screen-parts.ts). */
export interface ScreenPart {
  /** "batang-tubuh" or "lampiran/<id>": the same part keeps its key between renders. */
  readonly key: string;
  readonly pages: number;
  readonly svg?: string;
  readonly vector?: Uint8Array;
  /** True when the part's layout inputs were those of the last render: these are that render's outputs. */
  readonly reused: boolean;
}

/** What is kept of one part: its last layout's outputs and its layout data. */
interface KeptPart {
  layout?: { readonly fingerprint: string; readonly part: ScreenPart; readonly diagnostics: readonly Diagnostic[] };
  json?: { readonly ir: object; readonly bytes: Uint8Array };
}

/** The outputs of each part's last layout, by document and part (`PdfOptions.parts`). */
export class PartMemory {
  private readonly documents = new Map<string, Map<string, KeptPart>>();

  private of(id: string, key: string): KeptPart {
    let parts = this.documents.get(id);
    if (!parts) this.documents.set(id, (parts = new Map()));
    let kept = parts.get(key);
    if (!kept) parts.set(key, (kept = {}));
    return kept;
  }

  /**
   * A part's layout data as the layout reads it (catchword-data.ts `layoutJson`), written again only when
   * the data changed: a save in the batang tubuh leaves a Lampiran's data as it was (the same objects,
   * so the comparison ends at once), and the batang tubuh's differs early.
   */
  layoutJson(id: string, key: string, ir: object): Uint8Array {
    const kept = this.of(id, key);
    if (kept.json && sameJson(kept.json.ir, ir)) return kept.json.bytes;
    kept.json = { ir, bytes: Buffer.from(layoutJson(ir)) };
    return kept.json.bytes;
  }

  recall(id: string, key: string, fingerprint: string, want: { readonly svg: boolean; readonly vector: boolean }): { readonly part: ScreenPart; readonly diagnostics: readonly Diagnostic[] } | null {
    const k = this.of(id, key).layout;
    if (!k || k.fingerprint !== fingerprint || (want.svg && k.part.svg === undefined) || (want.vector && k.part.vector === undefined)) return null;
    return { part: { ...k.part, reused: true }, diagnostics: k.diagnostics };
  }

  remember(id: string, fingerprint: string, part: ScreenPart, diagnostics: readonly Diagnostic[]): void {
    this.of(id, part.key).layout = { fingerprint, part, diagnostics };
  }

  /** Forgets the parts of document `id` that are not among `keys` (a Lampiran taken out). */
  retain(id: string, keys: readonly string[]): void {
    const parts = this.documents.get(id);
    for (const key of [...(parts?.keys() ?? [])]) if (!keys.includes(key)) parts!.delete(key);
  }
}
