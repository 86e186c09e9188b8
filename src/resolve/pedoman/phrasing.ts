/**
 * Inline Markdown (mdast phrasing content) → IR runs: emphasis becomes italic (foreign and regional
 * terms, TN-PED-09), `[[id]]` becomes a reference to a Perbup unit ("sebagaimana dimaksud dalam Pasal 12
 * Peraturan Bupati ini") or to a table, figure, heading or list item of the Pedoman ("Tabel 1.2").
 * Every mention of the Peraturan, in a reference or written out as "Peraturan Bupati ini", is named by
 * the edition's `sebutan` (sebutan.ts): "ini" in the Lampiran, number and title in the standalone book.
 */
import type { PhrasingContent } from 'mdast';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic, Position } from '../../diagnostics/types.js';
import type { Inline } from '../../ir/types.js';
import { closest } from '../../util/suggest.js';
import { joinDan, rujukanPhrase } from '../rujukan.js';
import { mergeText } from '../text-resolver.js';
import type { UnitLookup } from '../unit-index.js';
import type { Sebutan } from './sebutan.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

/** What references in the Pedoman can point at. */
export interface PedomanTargets {
  /** Units of the Peraturan the Pedoman belongs to. */
  readonly peraturan: UnitLookup;
  /** "Peraturan Bupati" (the Pedoman is written with "… Peraturan Bupati ini"). */
  readonly jenisPeraturan: string;
  /** Names the Peraturan at each mention, in reading order (stateful in the standalone book). */
  readonly sebutan: Sebutan;
  /** Tables, figures, headings and anchored list items of the Pedoman: id → printed label ("Tabel 1.2"). */
  readonly local: ReadonlyMap<string, string>;
}

/** Where the text stands, for diagnostics. */
export interface PhrasingPlace {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

const REF = /\[\[\s*(=?)\s*([^\]]*)\]\]/g;
const mentions = new Map<string, RegExp>();

/** `[[…]]` references and written-out mentions "Peraturan Bupati ini", in one pass (reading order). */
function mentionPattern(jenis: string): RegExp {
  let re = mentions.get(jenis);
  if (!re) {
    re = new RegExp(`${REF.source}|\\b(${escapeRegExp(jenis)} ini)\\b`, 'g');
    mentions.set(jenis, re);
  }
  return re;
}

/** Line starts of the last text asked about (one chapter file is resolved at a time). */
let lines: { readonly text: string; readonly starts: readonly number[] } | null = null;

/** Line and column of `offset` in `text` (a binary search over the line starts, not a scan per reference). */
function positionAt(text: string, offset: number): Position {
  if (lines?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lines = { text, starts };
  }
  const { starts } = lines;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Converts phrasing content (a list item's trailing `{#id}` is removed by lists.ts). */
export function phrasing(nodes: readonly PhrasingContent[], targets: PedomanTargets, place: PhrasingPlace): Inline[] {
  const out: Inline[] = [];
  const visit = (node: PhrasingContent, italic: boolean): void => {
    switch (node.type) {
      case 'text':
        textWithRefs(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, italic, targets, place, out);
        return;
      case 'emphasis':
        for (const child of node.children) visit(child, true);
        return;
      case 'strong':
      case 'delete':
      case 'link':
        for (const child of node.children) visit(child, italic);
        return;
      case 'inlineCode':
        out.push({ kind: italic ? 'italic' : 'text', text: node.value });
        return;
      case 'break':
        out.push({ kind: 'text', text: ' ' });
        return;
      case 'html':
        place.diagnostics.push(diag('NSK123', { file: place.file, start: positionAt(place.text, node.position?.start.offset ?? 0), message: `HTML mentah \`${node.value.slice(0, 40)}\` tidak diperbolehkan.`, hint: 'Hapus tag HTML; gunakan *miring* untuk istilah asing.' }));
        return;
      default:
        place.diagnostics.push(diag('NSK124', { file: place.file, start: positionAt(place.text, node.position?.start.offset ?? 0), message: `Unsur Markdown \`${node.type}\` tidak didukung di dalam kalimat.`, hint: 'Tulis sebagai teks biasa.' }));
    }
  };
  for (const node of nodes) visit(node, false);
  return mergeText(out);
}

function textWithRefs(source: string, start: number, end: number, italic: boolean, targets: PedomanTargets, place: PhrasingPlace, out: Inline[]): void {
  const kind = italic ? 'italic' : 'text';
  // Soft line breaks of the Markdown source are spaces in the document.
  const value = source.replace(/\s*\n\s*/g, ' ');
  const raw = place.text.slice(start, end);
  let last = 0;
  let n = 0;
  for (const m of value.matchAll(mentionPattern(targets.jenisPeraturan))) {
    if (m.index > last) out.push({ kind, text: value.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[3] !== undefined) {
      out.push({ kind, text: targets.sebutan() });
      continue;
    }
    // Locate the n-th "[[" of this text node in the source for an exact position.
    let rawOffset = -1;
    for (let i = 0; i <= n; i++) rawOffset = raw.indexOf('[[', rawOffset + 1);
    n++;
    const pos = positionAt(place.text, start + Math.max(0, rawOffset));
    const ids = (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const rendered = renderRef(ids, m[1] === '=', targets, place, pos);
    out.push(rendered ? { kind: 'ref', text: rendered.text, targets: rendered.ids } : { kind, text: m[0] });
  }
  if (last < value.length) out.push({ kind, text: value.slice(last) });
}

function renderRef(ids: readonly string[], bare: boolean, targets: PedomanTargets, place: PhrasingPlace, start: Position): { text: string; ids: string[] } | null {
  const local: string[] = [];
  const units = [];
  for (const id of ids) {
    const label = targets.local.get(id);
    const unit = targets.peraturan.get(id);
    if (label !== undefined) local.push(label);
    else if (unit) units.push(unit);
    else {
      const suggestion = closest(id, [...targets.local.keys(), ...targets.peraturan.ids()]);
      place.diagnostics.push(diag('NSK301', { file: place.file, start, message: `Rujukan ke id \`${id}\` yang tidak ada dalam pedoman maupun dalam ${targets.jenisPeraturan}.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : 'Periksa id pada naskah.yaml Peraturan Bupati atau tanda {#id} pada judul, tabel, dan gambar.' }));
      return null;
    }
  }
  const parts = [...local];
  if (units.length > 0) parts.push(`${rujukanPhrase(units, { pasalId: null, ayatId: null }, bare || local.length > 0)} ${targets.sebutan()}`);
  const text = local.length > 0 && units.length > 0 && !bare ? `sebagaimana dimaksud dalam ${joinDan(parts)}` : joinDan(parts);
  return { text, ids: [...ids] };
}
