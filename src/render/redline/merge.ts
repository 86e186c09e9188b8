/**
 * The body of the redline: revision B's blocks (paragraphs and tables) with revision A's merged in.
 * Blocks are keyed by the unit their markers name (tag.ts), A's keys translated into B's through the
 * alignment, so renumbered units line up; blocks without a marker are keyed by the block before them.
 * The key sequences are diffed; blocks of units the structural diff calls moved never match in place
 * and become a w:moveFrom range at A's position and a w:moveTo range at B's.
 */
import { diffArrays } from 'diff';
import { isMoved, type Comparison } from '../../diff/compare.js';
import { changedParagraph, wholeParagraph, type RangeMarkers } from './paragraph.js';
import type { RevisionMarks, MarkKind } from './marks.js';
import { changedTable, wholeTable } from './table.js';
import type { Block, Keying } from './blocks.js';

/** Whole-block output of one revision's block. */
function whole(b: Block, mode: MarkKind, rev: RevisionMarks, range: RangeMarkers = {}): string {
  if (b.kind === 'p') return wholeParagraph(b.el(), mode, rev, range);
  if (b.kind === 'tbl') return wholeTable(b.el(), mode === 'moveFrom' ? 'del' : mode === 'moveTo' ? 'ins' : mode, rev);
  // Anything else (a content control, a body-level bookmark) is kept from B only.
  return mode === 'ins' || mode === 'moveTo' ? b.xml : '';
}

/** Output of a block present in both revisions. */
function both(a: Block, b: Block, rev: RevisionMarks): string {
  if (a.xml === b.xml) return b.xml;
  if (a.kind === 'p' && b.kind === 'p') return changedParagraph(a.el(), b.el(), rev);
  if (a.kind === 'tbl' && b.kind === 'tbl') return changedTable(a.el(), b.el(), rev);
  return whole(a, 'del', rev) + whole(b, 'ins', rev);
}

/** Writes a run of moved blocks as one move range (start marker in the first paragraph, end in the last). */
function moveRange(list: readonly Block[], mode: 'moveFrom' | 'moveTo', name: string, rev: RevisionMarks): string {
  const id = rev.id();
  const kind = mode === 'moveFrom' ? 'moveFromRange' : 'moveToRange';
  const paras = list.filter((b) => b.kind === 'p');
  const firstP = paras[0];
  const lastP = paras[paras.length - 1];
  return list.map((b) => whole(b, mode, rev, {
    ...(b === firstP ? { start: `<w:${kind}Start w:id="${id}" w:name="${name}"${rev.authorDate}/>` } : {}),
    ...(b === lastP ? { end: `<w:${kind}End w:id="${id}"/>` } : {}),
  })).join('');
}

/**
 * How the blocks of A and B are keyed: A's keys translated into B's through the alignment, and the moved
 * unit every key belongs to. Made before either revision is read, so each is read on its own (blocks.ts).
 */
export function keying(d: Comparison): { a: Keying; b: Keying } {
  const { aToB } = d.pairing;
  // Moved units (B keys) and, for every unit, the moved unit it belongs to.
  const moved = new Set(d.order.filter((s) => s.a && s.b && isMoved(s)).map((s) => s.b!.key));
  const groupMemo = new Map<string, string | null>();
  const groupOfUnit = (key: string): string | null => {
    const hit = groupMemo.get(key);
    if (hit !== undefined) return hit;
    const u = d.b.byKey.get(key);
    const g = !u ? null : moved.has(key) ? key : u.parent === null ? null : groupOfUnit(u.parent);
    groupMemo.set(key, g);
    return g;
  };
  const unitOf = (key: string): string => key.slice(0, key.lastIndexOf('#'));
  const group = (key: string): string | null => groupOfUnit(unitOf(key));
  const translateA = (tag: string): string => {
    const unit = unitOf(tag);
    const role = tag.slice(unit.length);
    if (!d.a.byKey.has(unit)) return tag;
    const kb = aToB.get(unit);
    return kb !== undefined ? `${kb}${role}` : `A:${unit}${role}`;
  };
  return { a: { translate: translateA, group }, b: { translate: (t) => t, group } };
}

/** Merges the blocks of A and B (keyed by `keying`) into the redline body content. */
export function mergeBodies(A: readonly Block[], B: readonly Block[], rev: RevisionMarks): string {
  const seq = (list: readonly Block[], side: string): string[] => list.map((b) => (b.movedUnit ? `${side}:${b.key}` : b.key));
  const changes = diffArrays(seq(A, 'from'), seq(B, 'to'));

  // Move names, one per moved unit, shared by its moveFrom and moveTo ranges.
  const names = new Map<string, string>();
  const nameOf = (g: string): string => {
    let n = names.get(g);
    if (!n) names.set(g, (n = rev.moveName()));
    return n;
  };
  const bKeys = new Set(B.map((b) => b.key));
  const aKeys = new Set(A.map((b) => b.key));
  let out = '';
  let ia = 0;
  let ib = 0;
  const emitRun = (list: readonly Block[], side: 'a' | 'b'): void => {
    for (let i = 0; i < list.length; ) {
      const b = list[i]!;
      const movedBlock = b.movedUnit !== null && (side === 'a' ? bKeys.has(b.key) : aKeys.has(b.key));
      if (!movedBlock) {
        out += whole(b, side === 'a' ? 'del' : 'ins', rev);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < list.length && list[j]!.movedUnit === b.movedUnit && (side === 'a' ? bKeys.has(list[j]!.key) : aKeys.has(list[j]!.key))) j++;
      out += moveRange(list.slice(i, j), side === 'a' ? 'moveFrom' : 'moveTo', nameOf(b.movedUnit!), rev);
      i = j;
    }
  };
  for (const c of changes) {
    if (c.removed) {
      emitRun(A.slice(ia, ia + c.count), 'a');
      ia += c.count;
    } else if (c.added) {
      emitRun(B.slice(ib, ib + c.count), 'b');
      ib += c.count;
    } else {
      for (let k = 0; k < c.count; k++) out += both(A[ia++]!, B[ib++]!, rev);
    }
  }
  return out;
}
