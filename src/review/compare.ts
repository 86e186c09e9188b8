/**
 * The reviewed DOCX against the DOCX naskah writes today from the sources: each reviewed paragraph is
 * matched to naskah's paragraph by the unit bookmark it carries, or, when the reviewer deleted the
 * bookmark, by its text (equal first, then the most similar one between its matched neighbours). Then
 * every comment and tracked change is reported against its unit and source position, and any text that
 * differs without revision marks is reported as an untracked edit.
 */
import type { TextEdit } from '../diagnostics/types.js';
import { runsText } from '../ir-index/text.js';
import { destination, pairMoves } from './moves.js';
import { retargeted } from './ref-edits.js';
import type { DocxParagraph, ReviewedDocx, TrackedChange } from './read-docx.js';
import { editSpan, locateSpan } from './source-map.js';
import type { ReviewUnit } from './units.js';

export type FindingKind = 'komentar' | 'sisip' | 'hapus' | 'ganti' | 'pindah' | 'paragraf' | 'tak-terlacak';

/** A unit a REF field points at: its id and name, or only the bookmark when it is not a unit of this document. */
export interface RefTarget {
  readonly id: string | null;
  readonly name: string;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly unit: string | null;
  readonly unitId: string | null;
  /** How the unit was found: by naskah's bookmark, by text because the bookmark was deleted, or (null) by text where naskah writes no bookmark. */
  readonly via: 'bookmark' | 'teks' | null;
  readonly author: string;
  readonly date: string;
  /** Comment text; or the text deleted / replaced. */
  readonly old: string;
  /** Text inserted or replacing; for a comment, the text it is anchored to. */
  readonly new: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  /** The exact source edit (tracked changes only), or null when it must be made by hand. */
  readonly edit: TextEdit | null;
  /**
   * An edit of a reference (a REF field): the unit it pointed at, and the unit it points at now when the
   * reviewer pointed the field elsewhere (null when the field's text was typed over).
   */
  readonly rujukan?: { readonly from: RefTarget; readonly to: RefTarget | null };
}

interface Match {
  readonly fresh: DocxParagraph;
  readonly unit: ReviewUnit | null;
  /** By bookmark, by text because the bookmark was deleted, or by text where naskah writes none (null). */
  readonly via: 'bookmark' | 'teks' | null;
}

/** Similarity of two texts in [0, 1]: shared prefix and suffix over the longer length. */
function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return (p + s) / n;
}

/** The unit each of naskah's paragraphs holds: by bookmark, else the unit whose sentence it contains. */
function freshUnits(fresh: readonly DocxParagraph[], units: readonly ReviewUnit[]): Map<number, ReviewUnit> {
  const byBookmark = new Map(units.map((u) => [u.bookmark, u]));
  const out = new Map<number, ReviewUnit>();
  for (const p of fresh) {
    const marked = p.bookmarks.map((b) => byBookmark.get(b)).filter((u): u is ReviewUnit => u !== undefined);
    const unit = marked.find((u) => u.isi) ?? marked[0] ?? units.find((u) => u.isi && runsText(u.isi).length > 8 && p.original.includes(runsText(u.isi)));
    if (unit) out.set(p.index, unit);
  }
  return out;
}

/** Reviewed paragraph index → naskah's paragraph. */
export function matchParagraphs(reviewed: ReviewedDocx, fresh: ReviewedDocx, units: readonly ReviewUnit[]): Map<number, Match> {
  const unitOf = freshUnits(fresh.paragraphs, units);
  const where = new Map<string, DocxParagraph>();
  for (const p of fresh.paragraphs) for (const b of p.bookmarks) if (b.startsWith('n_')) where.set(b, p);
  const out = new Map<number, Match>();
  const used = new Set<number>();
  const take = (r: DocxParagraph, f: DocxParagraph, via: 'bookmark' | 'teks'): void => {
    // Found by text where naskah wrote no bookmark (a Keputusan, a Pedoman, the kop) is not a deleted bookmark.
    out.set(r.index, { fresh: f, unit: unitOf.get(f.index) ?? null, via: via === 'teks' && !f.bookmarks.some((b) => b.startsWith('n_')) ? null : via });
    used.add(f.index);
  };
  for (const r of reviewed.paragraphs) {
    const f = r.bookmarks.map((b) => where.get(b)).find((x) => x && !used.has(x.index));
    if (f) take(r, f, 'bookmark');
  }
  const bounds = (i: number): [number, number] => {
    let lo = -1;
    let hi = fresh.paragraphs.length;
    for (let j = i - 1; j >= 0; j--) if (out.has(j)) { lo = out.get(j)!.fresh.index; break; }
    for (let j = i + 1; j < reviewed.paragraphs.length; j++) if (out.has(j)) { hi = out.get(j)!.fresh.index; break; }
    return [lo, hi];
  };
  for (const pass of ['equal', 'similar'] as const) {
    for (const r of reviewed.paragraphs) {
      if (out.has(r.index) || r.original.trim() === '') continue;
      const [lo, hi] = bounds(r.index);
      let best: DocxParagraph | null = null;
      let score = pass === 'equal' ? 1 : 0.5;
      for (const f of fresh.paragraphs.slice(lo + 1, hi)) {
        if (used.has(f.index)) continue;
        const s = pass === 'equal' ? (f.original === r.original ? 1 : 0) : similarity(f.original, r.original);
        if (s >= score && (best === null || s > score)) {
          best = f;
          score = s;
          if (pass === 'equal') break;
        }
      }
      if (best) take(r, best, 'teks');
    }
  }
  return out;
}

/** The start of the unit's sentence in a paragraph text, or -1. */
function isiStart(paragraph: string, unit: ReviewUnit | null): number {
  if (!unit?.isi) return -1;
  return paragraph.indexOf(runsText(unit.isi));
}

function place(unit: ReviewUnit | null, k: number, length: number): Pick<Finding, 'file' | 'line' | 'column'> {
  if (unit?.text && unit.isi && k >= 0) return locateSpan(unit.text, unit.isi, k, length);
  if (unit?.markdown && k >= 0) return unit.markdown.locate(k);
  if (unit?.source) return { file: unit.source.file, line: unit.source.line, column: unit.source.column };
  return { file: null, line: null, column: null };
}

/** Every finding of the review, in document order. */
export function compareReview(reviewed: ReviewedDocx, fresh: ReviewedDocx, units: readonly ReviewUnit[]): { findings: Finding[]; matched: number; bookmarked: number; unitMatched: number } {
  const matches = matchParagraphs(reviewed, fresh, units);
  const findings: Finding[] = [];
  const byBookmark = new Map(units.map((u) => [u.bookmark, u]));
  const target = (bookmark: string): RefTarget => {
    const u = byBookmark.get(bookmark);
    return u ? { id: u.id, name: u.name } : { id: null, name: bookmark };
  };
  const moves = pairMoves(reviewed.paragraphs);
  const movedFrom = new Map<TrackedChange, (typeof moves)[number]>(moves.map((m) => [m.from.change, m]));
  const movedTo = new Set<TrackedChange>(moves.map((m) => m.to.change));
  let last: Match | null = null;
  const seen = new Set<number>();
  const commentsAt = new Map<number, typeof reviewed.comments>();
  for (const c of reviewed.comments) commentsAt.set(c.paragraph, [...(commentsAt.get(c.paragraph) ?? []), c]);
  for (const p of reviewed.paragraphs) {
    const m = matches.get(p.index) ?? null;
    if (m) seen.add(m.fresh.index);
    const ctx = m ?? last;
    const unit = ctx?.unit ?? null;
    const base = { unit: unit?.name ?? null, unitId: unit?.id ?? null, via: ctx?.via ?? null };
    const start = m ? isiStart(p.original, m.unit) : -1;
    for (const c of commentsAt.get(p.index) ?? []) {
      findings.push({ kind: 'komentar', ...base, author: c.author, date: c.date, old: c.text, new: c.anchor, ...place(m?.unit ?? null, start < 0 ? -1 : c.at - start, c.anchor.length), edit: null });
    }
    if (m && p.original !== m.fresh.original) {
      const [a, b] = [m.fresh.original, p.original];
      let pre = 0;
      while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
      let suf = 0;
      while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
      const s0 = isiStart(a, m.unit);
      const pointed = retargeted(p, m.fresh);
      for (const { from, to } of pointed) {
        findings.push({ kind: 'tak-terlacak', ...base, author: '', date: '', old: from.text, new: to.text, ...place(m.unit, s0 < 0 ? -1 : from.at - s0, from.text.length), edit: null, rujukan: { from: target(from.bookmark), to: target(to.bookmark) } });
      }
      // The text differs only inside a field pointed elsewhere: that is the whole edit.
      if (!pointed.some(({ from }) => from.at <= pre && a.length - suf <= from.at + from.text.length)) {
        findings.push({ kind: 'tak-terlacak', ...base, author: '', date: '', old: a.slice(pre, a.length - suf), new: b.slice(pre, b.length - suf), ...place(m.unit, s0 < 0 ? -1 : pre - s0, a.length - suf - pre), edit: null });
      }
    } else if (m) {
      const s0 = isiStart(m.fresh.original, m.unit);
      for (const { from, to } of retargeted(p, m.fresh)) {
        findings.push({ kind: 'tak-terlacak', ...base, author: '', date: '', old: from.text, new: to.text, ...place(m.unit, s0 < 0 ? -1 : from.at - s0, from.text.length), edit: null, rujukan: { from: target(from.bookmark), to: target(to.bookmark) } });
      }
    } else if (!m && p.original.trim() !== '') {
      findings.push({ kind: 'tak-terlacak', ...base, author: '', date: '', old: '', new: p.original, ...place(unit, -1, 0), edit: null });
    }
    const changes = p.changes;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const next = changes[i + 1];
      const k = start < 0 ? -1 : c.at - start;
      const moved = movedFrom.get(c);
      if (movedTo.has(c)) continue;
      if (moved) {
        findings.push({ kind: 'pindah', ...base, author: c.author, date: c.date, old: moved.text, new: destination(reviewed.paragraphs, (j) => matches.get(j)?.unit ?? null, moved.to.paragraph, p.index), ...place(m?.unit ?? null, k, c.text.length), edit: null });
      } else if (c.text === '\n') {
        findings.push({ kind: 'paragraf', ...base, author: c.author, date: c.date, old: c.kind === 'del' ? '¶' : '', new: c.kind === 'ins' ? '¶' : '', ...place(m?.unit ?? null, -1, 0), edit: null });
      } else if (c.kind === 'del' && next?.kind === 'ins' && !next.move && next.at === c.at + c.text.length && next.text !== '\n') {
        const edit = m?.unit?.text && m.unit.isi ? editSpan(m.unit.text, m.unit.isi, k, c.text.length, next.text) : (m?.unit?.markdown?.edit(k, c.text.length, next.text) ?? null);
        const ref = c.ref ?? next.ref;
        findings.push({ kind: 'ganti', ...base, author: c.author, date: c.date, old: c.text, new: next.text, ...place(m?.unit ?? null, k, c.text.length), edit, ...(ref ? { rujukan: { from: target(ref), to: null } } : {}) });
        i++;
      } else {
        const length = c.kind === 'del' ? c.text.length : 0;
        const edit = m?.unit?.text && m.unit.isi ? editSpan(m.unit.text, m.unit.isi, k, length, c.kind === 'del' ? '' : c.text) : (m?.unit?.markdown?.edit(k, length, c.kind === 'del' ? '' : c.text) ?? null);
        findings.push({ kind: c.kind === 'del' ? 'hapus' : 'sisip', ...base, author: c.author, date: c.date, old: c.kind === 'del' ? c.text : '', new: c.kind === 'ins' ? c.text : '', ...place(m?.unit ?? null, k, length), edit, ...(c.ref ? { rujukan: { from: target(c.ref), to: null } } : {}) });
      }
    }
    if (m) last = m;
  }
  for (const f of fresh.paragraphs) {
    if (seen.has(f.index) || f.original.trim() === '') continue;
    const unit = freshUnits([f], units).get(f.index) ?? null;
    findings.push({ kind: 'tak-terlacak', unit: unit?.name ?? null, unitId: unit?.id ?? null, via: null, author: '', date: '', old: f.original, new: '', ...place(unit, -1, 0), edit: null });
  }
  const bookmarked = [...matches.values()].filter((m) => m.via === 'bookmark').length;
  // Menimbang items are left out: the last one is a formula every Peraturan on the same subject shares.
  const unitMatched = [...matches.values()].filter((m) => m.unit !== null && !m.unit.name.startsWith('Menimbang')).length;
  return { findings, matched: matches.size, bookmarked, unitMatched };
}
