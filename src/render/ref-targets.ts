/**
 * The targets of cross-references both renderers mark (issue 13): the units of a batang tubuh that can be
 * referred to (BAB, Bagian, Paragraf, Pasal, ayat, rincian), each with the text of its number as printed,
 * and where each target's number stands in a reference phrase. The DOCX wraps those numbers in bookmarks
 * and REF fields (docx/crossref.ts); the PDF links them to the unit (pdf/ref-links.ts).
 */
import type { Naskah, Rincian, Unit } from '../ir/types.js';
import { bindNumbers } from './typography.js';
import { escapeRegExp } from '../util/escape-regexp.js';

/** The part of a unit's label a bookmark wraps and a REF field repeats ("Pasal 5", "(2)", "b" of "b."). */
export function bookmarkText(label: string): string {
  return /^[A-Za-z0-9]+[.)]$/.test(label) ? label.slice(0, -1) : label;
}

/** The units of a batang tubuh that get a bookmark (and a PDF link target): id → its number's text ('' for an unlabelled ayat). */
export function bookmarkedUnits(ir: Naskah): Map<string, string> {
  const out = new Map<string, string>();
  const rincian = (items: readonly Rincian[]): void => {
    for (const r of items) {
      out.set(r.id, bookmarkText(r.label));
      rincian(r.rincian);
    }
  };
  const unit = (u: Unit): void => {
    out.set(u.id, bindNumbers(u.label)); // as the printed copy writes it in references: "Pasal\u00a05"
    if (u.kind === 'pasal') {
      for (const a of u.ayat) {
        out.set(a.id, a.label ?? '');
        rincian(a.rincian);
      }
    } else u.isi.forEach(unit);
  };
  ir.batangTubuh.forEach(unit);
  return out;
}

/**
 * Where each target's number stands in a reference phrase: [start, end, id], in phrase order, no overlap.
 * `labels` maps a unit id to the text of its number as printed (bookmarkedUnits); other targets are skipped.
 * Also used by the PDF renderer to link the same numbers to their units.
 */
export function referenceSpans(text: string, targets: readonly string[], labels: ReadonlyMap<string, string>): [number, number, string][] {
  const spans: [number, number, string][] = [];
  for (const id of targets) {
    const label = labels.get(id);
    if (!label) continue;
    // The printed copy binds "Pasal" to its number with U+00A0 (render/typography.ts).
    const escaped = escapeRegExp(label).replace(/ /g, '[ \u00a0]');
    // A rincian number is always named after "huruf" or "angka"; a Pasal, ayat or BAB by its label.
    const pattern = /^[A-Za-z0-9]+$/.test(label) ? new RegExp(`(?<=\\b(?:huruf|angka)[ \u00a0])${escaped}(?![\\w])`, 'g') : new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'g');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some(([s, e]) => start < e && s < end)) continue;
      spans.push([start, end, id]);
      break;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
