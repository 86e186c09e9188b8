/**
 * The units a reviewer's remarks are reported against: every Pasal, ayat, rincian, BAB/Bagian/Paragraf
 * heading and Menimbang item of a Peraturan, every diktum of a Keputusan ("Diktum KEDUA huruf b"), and
 * every heading, paragraph and list item of a Buku Pedoman ("BAB II A alinea 2", "BAB II A butir 3"),
 * with the name a reader uses ("Pasal 3 ayat (2)", "Pasal 2 huruf b angka 1", "Menimbang huruf a"), its
 * bookmark name in naskah's DOCX, its text as rendered, and the author text (ir-index) that maps a span
 * of it back to the YAML source (a Pedoman's units point at their Markdown block instead).
 */
import type { AuthorText } from '../ir-index/text.js';
import type { BukuPedoman, Naskah, Rincian, Runs, SourcePos, Unit } from '../ir/types.js';
import { bookmarkName } from '../render/docx/crossref.js';
import { markdownPlace, type MarkdownPlace } from './markdown-place.js';

export interface ReviewUnit {
  readonly id: string;
  readonly name: string;
  readonly bookmark: string;
  /** The unit's own sentence as rendered (null for a heading). */
  readonly isi: Runs | null;
  readonly source: SourcePos | null;
  /** The author text behind `isi`, when it comes from the YAML source. */
  readonly text: AuthorText | null;
  /** For a Buku Pedoman: where spans of `isi` stand in the Markdown chapter, and their exact edits. */
  readonly markdown?: MarkdownPlace | null;
}

/** "huruf b" for "b." / "b)", "angka 2" for "2." / "2)". */
function rincianName(label: string): string {
  const bare = label.replace(/[.)]$/, '');
  return /^\d+$/.test(bare) ? `angka ${bare}` : `huruf ${bare}`;
}

/** Every unit of `ir` in document order; `texts` are the document's author texts (ir-index). */
export function reviewUnits(ir: Naskah, texts: readonly AuthorText[]): ReviewUnit[] {
  const byNode = new Map<unknown, AuthorText>();
  for (const t of texts) if (t.unit && t.kind !== 'istilah' && !byNode.has(t.unit)) byNode.set(t.unit, t);
  const out: ReviewUnit[] = [];
  const push = (node: { readonly id: string; readonly source: SourcePos | null }, name: string, isi: Runs | null): void => {
    out.push({ id: node.id, name, bookmark: bookmarkName(node.id), isi, source: node.source, text: isi ? (byNode.get(node) ?? null) : null });
  };
  for (const b of ir.pembukaan.menimbang.butir) push(b, b.label === '' ? 'Menimbang' : `Menimbang ${rincianName(b.label)}`, b.isi);
  const rincian = (items: readonly Rincian[], parent: string): void => {
    for (const r of items) {
      const name = `${parent} ${rincianName(r.label)}`;
      push(r, name, r.isi);
      rincian(r.rincian, name);
    }
  };
  const unit = (u: Unit): void => {
    if (u.kind !== 'pasal') {
      push(u, `${u.label} ${u.judul}`, null);
      u.isi.forEach(unit);
      return;
    }
    push(u, u.label, null);
    for (const a of u.ayat) {
      const name = a.label === null ? u.label : `${u.label} ayat ${a.label}`;
      push(a, name, a.isi);
      rincian(a.rincian, name);
    }
  };
  ir.batangTubuh.forEach(unit);
  for (const d of ir.diktum) {
    push(d, `Diktum ${d.label}`, d.isi);
    rincian(d.rincian, `Diktum ${d.label}`);
  }
  return out;
}

/** Every heading, paragraph and list item of a Buku Pedoman, named after the headings above it; `root`: the project. */
export function pedomanUnits(ir: BukuPedoman, root: string): ReviewUnit[] {
  const out: ReviewUnit[] = [];
  const path: string[] = [];
  let alinea = 0;
  const push = (id: string, name: string, isi: Runs | null, source: SourcePos | null, item = false): void => {
    const markdown = isi && source ? markdownPlace(root, source, isi, item) : null;
    out.push({ id, name, bookmark: bookmarkName(id), isi, source, text: null, markdown });
  };
  const items = (list: readonly Rincian[], parent: string): void => {
    for (const r of list) {
      const name = `${parent} butir ${r.label.replace(/[.)]$/, '')}`;
      push(r.id, name, r.isi, r.source ?? null, true);
      items(r.rincian, name);
    }
  };
  for (const b of ir.isi) {
    const here = path.join(' ') || 'Pendahuluan';
    if (b.kind === 'judul') {
      path.splice(b.level - 1, path.length, b.level === 1 ? b.label : b.label.replace(/[.)]$/, ''));
      alinea = 0;
      push(b.id, b.level === 1 ? `${b.label} ${b.judul}` : `${path.join(' ')} ${b.judul}`, null, b.source);
    } else if (b.kind === 'alinea') {
      alinea++;
      push(`${here}#${alinea}`, `${here} alinea ${alinea}`, b.isi, b.source);
    } else if (b.kind === 'daftar') items(b.butir, here);
    else if ('id' in b && 'label' in b) push(b.id, b.label === '' ? `${here} ${b.kind}` : b.label, null, b.source);
  }
  return out;
}
