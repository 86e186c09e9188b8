/**
 * Markdown lists of a Pedoman → rincian. Ordered lists continue the outline cascade of the heading they
 * stand under (outline.ts, TN-PED-03); unordered lists are "–" at every depth. An item may carry an
 * anchor "{#id}" at the end of its first paragraph, so the text can refer to it: "BAB I huruf B angka 2
 * huruf c". Labels and anchors are planned in pass 1, the text is converted in pass 2.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { Inline, Rincian } from '../../ir/types.js';
import { cascadeLabel, referenceValue, referenceWord } from './outline.js';
import { phrasing, type PedomanTargets, type PhrasingPlace } from './phrasing.js';

/** A trailing anchor "{#id}" of a heading, caption, figure or list item. */
export const ANCHOR = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** Where a list stands: its first cascade step and the reference path of the heading above it. */
export interface ListContext {
  readonly step: number;
  /** e.g. "BAB I huruf B angka 2". */
  readonly path: string;
  /** Registers an anchored item: id → reference path. */
  readonly register: (id: string, path: string, item: ListItem) => void;
  /** Reports a list nested deeper than the cascade can number (NSK128), at its first item. */
  readonly tooDeep: (item: ListItem) => void;
}

/**
 * Deepest nesting of one list: the cascade below a heading has six list steps (1. › a. › 1) › a) › (1) ›
 * (a)); a deeper list has no label of its own in tata naskah and is refused rather than flattened.
 */
export const MAX_LIST_DEPTH = 6;

interface PlannedItem {
  readonly item: ListItem;
  readonly id: string;
  readonly label: string;
  readonly depth: number;
  readonly sub: PlannedItem[];
}

function anchorOf(item: ListItem): string | null {
  const first = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  const last = first?.children[first.children.length - 1];
  return last?.type === 'text' ? (ANCHOR.exec(last.value)?.[1] ?? null) : null;
}

function plan(list: List, depth: number, step: number, parentId: string, path: string, ctx: ListContext): PlannedItem[] {
  const start = list.start ?? 1;
  return list.children.map((item, i) => {
    const anchor = anchorOf(item);
    const label = list.ordered ? cascadeLabel(step, start + i) : '–';
    const itemPath = list.ordered ? `${path} ${referenceWord(step)} ${referenceValue(label)}` : path;
    if (anchor) ctx.register(anchor, itemPath, item);
    const id = anchor ?? `${parentId}.${i + 1}`;
    const sub = item.children.find((c): c is List => c.type === 'list');
    if (sub && depth >= MAX_LIST_DEPTH) {
      if (sub.children[0]) ctx.tooDeep(sub.children[0]);
      return { item, id, label, depth, sub: [] };
    }
    return { item, id, label, depth, sub: sub ? plan(sub, depth + 1, sub.ordered ? step + 1 : step, id, itemPath, ctx) : [] };
  });
}

/** Drops a trailing "{#id}" from the last text run. */
function stripAnchor(runs: Inline[]): Inline[] {
  const last = runs[runs.length - 1];
  if (!last || (last.kind !== 'text' && last.kind !== 'italic') || !ANCHOR.test(last.text)) return runs;
  const text = last.text.replace(ANCHOR, '');
  return text ? [...runs.slice(0, -1), { ...last, text }] : runs.slice(0, -1);
}

function convert(items: readonly PlannedItem[], targets: PedomanTargets, place: PhrasingPlace): Rincian[] {
  return items.map(({ item, id, label, depth, sub }) => {
    const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
    const isi = paragraphs.flatMap((p, k) => {
      const runs = phrasing(p.children, targets, place);
      return [...(k > 0 ? [{ kind: 'text' as const, text: ' ' }] : []), ...(k === 0 ? stripAnchor(runs) : runs)];
    });
    const source = { file: place.file, line: item.position?.start.line ?? 1, column: item.position?.start.column ?? 1 };
    return { kind: 'rincian', id, label, depth, isi, rincian: convert(sub, targets, place), definisi: null, source };
  });
}

/**
 * Plans a list in pass 1 (labels, ids, anchors) and returns the pass-2 conversion. `depth` of the
 * rincian is the nesting depth inside the list (1 for its items), which renderers indent by; the
 * cascade step shows in the label.
 */
export function planList(list: List, parentId: string, ctx: ListContext): (targets: PedomanTargets, place: PhrasingPlace) => Rincian[] {
  const items = plan(list, 1, ctx.step, parentId, ctx.path, ctx);
  return (targets, place) => convert(items, targets, place);
}
