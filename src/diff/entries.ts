/**
 * The comparison as reviewers read it (TN-MTX-01, TN-MTX-03): one entry per Pasal, definition, heading,
 * Menimbang or Mengingat item, penutup block and Lampiran block, with its RUMUSAN SEMULA and RUMUSAN
 * PERUBAHAN as lines of marked text, its KETERANGAN, and whether it changed, changed only its number
 * (summarised in one line by renumbering-summary.ts), or stayed the same.
 */
import type { Runs } from '../ir/types.js';
import { isDeleted, isInserted, type Comparison, type MergedNode } from './compare.js';
import { changeKind, keterangan } from './describe.js';
import type { UnitKind, UnitDiff } from './unit.js';
import type { Op, Piece } from './words.js';

/** A line of one side of an entry: its label and text as marked pieces. */
export interface Line {
  /** Indentation level below the entry's root (0 for the root). */
  readonly level: number;
  readonly label: Piece[];
  readonly text: Piece[];
  /** Centred (headings, "Pasal 7"). */
  readonly centred: boolean;
}

/** What happened to an entry as a whole. */
export type EntryStatus = 'unchanged' | 'inserted' | 'deleted' | 'changed' | 'renumbered';

/** One entry of the matriks perubahan. */
export interface Entry {
  readonly root: MergedNode;
  readonly kind: UnitKind;
  readonly status: EntryStatus;
  readonly keterangan: string[];
  readonly semula: Line[];
  readonly perubahan: Line[];
  /** The BAB (or Lampiran) the entry belongs to, for navigation: "BAB IV MEKANISME LAYANAN …". */
  readonly section: string;
}

/** Units that head an entry of their own; ayat and rincian belong to their Pasal's entry. */
const ENTRY_ROOTS: ReadonlySet<UnitKind> = new Set<UnitKind>(['judul', 'menimbang', 'mengingat', 'memperhatikan', 'menetapkan', 'bab', 'bagian', 'paragraf', 'pasal', 'definisi', 'diktum', 'penutup', 'lampiran', 'sampul', 'kata-pengantar', 'blok-judul', 'blok-alinea', 'blok-daftar', 'blok-tabel', 'blok-gambar']);

const unitOf = (s: MergedNode): UnitDiff => (s.b ?? s.a)!;
const isEntryRoot = (s: MergedNode): boolean => ENTRY_ROOTS.has(unitOf(s).kind);

function pieces(runs: Runs, op: Op): Piece[] {
  return runs.filter((r) => r.text !== '').map((r) => ({ op, text: r.text, italic: r.kind === 'italic' }));
}

/** Splits pieces at newlines (tables are kept as one text with a line per row). */
function splitLines(list: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const p of list) {
    const parts = p.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text !== '') lines[lines.length - 1]!.push({ ...p, text });
    });
  }
  return lines;
}

const CENTRED: ReadonlySet<UnitKind> = new Set<UnitKind>(['judul', 'bab', 'bagian', 'paragraf', 'pasal', 'lampiran']);

/** The lines of one side of an entry. */
function sideLines(root: MergedNode, members: readonly MergedNode[], side: 'a' | 'b'): Line[] {
  const out: Line[] = [];
  const rootUnit = root[side];
  if (!rootUnit) return out;
  const mark: Op = side === 'a' ? '-' : '+';
  for (const m of members) {
    const u = m[side];
    if (!u) continue;
    // A unit moved here from another parent is shown only where it now is.
    if (m !== root && m.parentChanged && side === 'a') continue;
    const whole = side === 'a' ? isDeleted(m) || isDeleted(root) : isInserted(m) || isInserted(root) || (m !== root && m.parentChanged);
    const text = whole ? pieces(u.runs, mark) : m.pieces ? m.pieces.filter((p) => p.op === '=' || p.op === mark) : pieces(u.runs, '=');
    const labelOp: Op = whole || m.renumbered ? mark : '=';
    const level = Math.max(0, u.depth - rootUnit.depth);
    const centred = CENTRED.has(u.kind);
    const label = u.label !== '' ? [{ op: labelOp, text: u.label, italic: false }] : [];
    if (u.kind === 'bab' || u.kind === 'bagian' || u.kind === 'paragraf') {
      out.push({ level, label, text: [], centred });
      out.push({ level, label: [], text, centred });
      continue;
    }
    if (u.kind === 'pasal') {
      out.push({ level, label, text: [], centred });
      continue;
    }
    splitLines(text).forEach((line, i) => out.push({ level, label: i === 0 ? label : [], text: line, centred }));
  }
  return out;
}

/** Every entry of the comparison in document order (revision B's order, deleted ones where they were). */
export function listEntries(d: Comparison): Entry[] {
  const out: Entry[] = [];
  let section = '';
  for (const root of d.order) {
    if (!isEntryRoot(root)) continue;
    const u = unitOf(root);
    if (u.kind === 'bab' || u.kind === 'lampiran' || (u.kind === 'blok-judul' && u.label.startsWith('BAB'))) section = `${u.address} ${u.text}`.trim();
    else if (['judul', 'menimbang', 'mengingat', 'memperhatikan', 'menetapkan'].includes(u.kind)) section = 'Pembukaan';
    else if (u.kind === 'penutup') section = 'Penutup';
    const members: MergedNode[] = [];
    const walk = (s: MergedNode): void => {
      members.push(s);
      for (const c of s.children) if (!isEntryRoot(c)) walk(c);
    };
    walk(root);
    const changed = members.filter((m) => {
      const kind = changeKind(m);
      if (kind === null) return false;
      if (m !== root && (isInserted(m) && m.parent && isInserted(m.parent) || isDeleted(m) && m.parent && isDeleted(m.parent))) return false;
      return true;
    });
    const status: EntryStatus = !root.a ? 'inserted' : !root.b ? 'deleted' : changed.length === 0 ? 'unchanged' : changed.every((m) => changeKind(m) === 'renumbered') ? 'renumbered' : 'changed';
    const descriptions = status === 'inserted' || status === 'deleted' ? [keterangan(d, root)] : changed.map((m) => keterangan(d, m));
    out.push({ root, kind: u.kind, status, keterangan: descriptions, semula: sideLines(root, members, 'a'), perubahan: sideLines(root, members, 'b'), section });
  }
  return out;
}
