/**
 * The bagan struktur from the organisation model (issue 5, TN-KEP-14 d): boxes and lines laid out by
 * ELK, fitted to an F4 page in the orientation that reads better, and — when even that would make the
 * type too small — split rather than shrunk: the kewilayahan and Puskesos units move to continuation
 * pages (packed in rows, one subtree beside the other), and the main chart points to them with a stub.
 */
import type { BlokLampiran, SourcePos } from '../../ir/types.js';
import { parseInline, plainText } from '../inline.js';
import { joinDan } from '../rujukan.js';
import { boxContent, plain, type BaganFonts, type BoxContent, type Span } from '../../org/box.js';
import { chooseOrientation, MIN_SCALE, type Orientation } from '../../org/fit.js';
import { layoutBagan, placeBagan, type BaganLayout, type BaganLink, type BaganNode } from '../../org/layout.js';
import { arrangeForCoordination } from '../../org/order.js';
import { components, packPages } from '../../org/pack.js';
import { baganSvg, drawingSize, printedWidthMm } from '../../org/svg.js';
import type { OrgModel, OrgUnit, Unsur } from '../../org/types.js';
import { pengisiCell } from './susunan.js';

/** One page of the bagan. */
export interface BaganPart {
  readonly layout: BaganLayout;
  readonly scale: number;
  readonly orientation: Orientation;
  readonly svg: string;
  /** Caption ("" for the main chart). */
  readonly judul: string;
  /** True when the part starts a page of its own (a continuation, a landscape page, or a chart too tall for the lampiran's first page). */
  readonly newPage: boolean;
}

/** The drawn bagan. */
export interface Bagan {
  readonly parts: readonly BaganPart[];
  /** True when units were moved to continuation pages. */
  readonly split: boolean;
}

/** Units that move to continuation pages when the chart is too wide. */
const DETACHABLE: ReadonlySet<Unsur> = new Set(['kewilayahan', 'puskesos']);

const PT_TO_MM = 25.4 / 72;

/** Splitting must make the main chart at least this much larger to be worth a continuation page. */
const SPLIT_GAIN = 1.1;

/**
 * The order boxes are handed to ELK: depth-first; three or more subordinates are arranged around the
 * one with the largest subtree (largest in the middle, the next ones alternately right and left), so
 * the chart is balanced under its head and small units sit beside it; one or two keep the author's order.
 */
export function chartOrder(units: readonly OrgUnit[]): OrgUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string, OrgUnit[]>();
  for (const u of units) if (u.atasan !== null && ids.has(u.atasan)) children.set(u.atasan, [...(children.get(u.atasan) ?? []), u]);
  const size = (u: OrgUnit): number => 1 + (children.get(u.id) ?? []).reduce((n, c) => n + size(c), 0);
  const out: OrgUnit[] = [];
  const visit = (u: OrgUnit): void => {
    out.push(u);
    const own = children.get(u.id) ?? [];
    if (own.length < 3) return own.forEach(visit);
    const bySize = [...own].sort((a, b) => size(b) - size(a) || a.index - b.index);
    const arranged: OrgUnit[] = [];
    bySize.forEach((c, i) => (i % 2 === 1 ? arranged.push(c) : arranged.unshift(c)));
    arranged.forEach(visit);
  };
  units.filter((u) => u.atasan === null || !ids.has(u.atasan)).forEach(visit);
  return out;
}

/** Styled spans of an authored text: `*…*` italic (a foreign term, TN-PED-09), references dropped. */
export function spansOf(value: string): Span[] {
  return parseInline(value.replace(/\s+/g, ' ').trim()).tokens.flatMap((t): Span[] => (t.kind === 'ref' ? [] : [{ text: t.text, italic: t.kind === 'italic' }]));
}

/** A unit with more pengisi than this shows a reference to the susunan table instead of the list. */
export const LIST_LIMIT = 4;

/** What the bagan needs to know of the rest of the Keputusan. */
export interface BaganOptions {
  /** Label of the lampiran with the susunan table ("Lampiran I"), or null when there is none. */
  readonly susunan: string | null;
}

/**
 * The text of a unit's box, worded exactly as its row(s) in the susunan table (review M7): the
 * kedudukan, each pengisi as the Jabatan/Instansi cell says it (susunan.ts `pengisiCell`), then the
 * Keterangan cell. A unit
 * with a long list (e.g. eleven Perangkat Daerah) points to the table instead of abbreviating them.
 */
export function unitBox(u: Pick<OrgUnit, 'nama' | 'pengisi' | 'keterangan'>, fonts: BaganFonts, options: BaganOptions): BoxContent {
  const pengisi = u.pengisi.length > LIST_LIMIT && options.susunan ? [plain(`sebagaimana tercantum dalam ${options.susunan}`)] : u.pengisi.map((p) => spansOf(pengisiCell(p)));
  // The Keterangan cell too (e.g. "memimpin Sekretariat SLRT", "layanan depan (*front office*)").
  const keterangan = u.keterangan ? [spansOf(u.keterangan)] : [];
  return boxContent({ nama: spansOf(u.nama), pengisi: [...pengisi, ...keterangan] }, fonts);
}

/** Boxes and lines among `units` (links to units outside are dropped). */
function graphOf(all: readonly OrgUnit[], fonts: BaganFonts, options: BaganOptions): { nodes: BaganNode[]; links: BaganLink[] } {
  const units = chartOrder(all);
  const ids = new Set(units.map((u) => u.id));
  const nodes = units.map((u) => ({ id: u.id, depth: u.depth, stub: false, content: unitBox(u, fonts, options) }));
  const links: BaganLink[] = units.filter((u) => u.atasan !== null && ids.has(u.atasan)).map((u) => ({ kind: 'komando', from: u.atasan!, to: u.id }));
  const seen = new Set<string>();
  for (const u of units) {
    for (const k of u.koordinasi) {
      const key = [u.id, k].sort().join('|');
      if (!ids.has(k) || seen.has(key)) continue;
      seen.add(key);
      links.push({ kind: 'koordinasi', from: u.id, to: k });
    }
  }
  return { nodes, links };
}

/**
 * The graph with siblings reordered so its coordination lines run between the boxes, never round the
 * outside (order.ts); komando links follow the order of the boxes they enter.
 */
function arranged(graph: { nodes: BaganNode[]; links: BaganLink[] }): { nodes: BaganNode[]; links: BaganLink[] } {
  const parent = new Map(graph.links.filter((l) => l.kind === 'komando').map((l) => [l.to, l.from]));
  const pairs = graph.links.filter((l) => l.kind === 'koordinasi').map((l) => [l.from, l.to] as const);
  const order = arrangeForCoordination(graph.nodes.map((n) => ({ id: n.id, parent: parent.get(n.id) ?? null })), pairs);
  const rank = new Map(order.map((id, i) => [id, i]));
  const byRank = <T>(key: (x: T) => string) => (a: T, b: T) => rank.get(key(a))! - rank.get(key(b))!;
  const komando = graph.links.filter((l) => l.kind === 'komando').sort(byRank((l: BaganLink) => l.to));
  return { nodes: [...graph.nodes].sort(byRank((n: BaganNode) => n.id)), links: [...komando, ...graph.links.filter((l) => l.kind === 'koordinasi')] };
}

function sizeMm(layout: BaganLayout): { width: number; height: number } {
  const s = drawingSize(layout);
  return { width: s.width * PT_TO_MM, height: s.height * PT_TO_MM };
}

function part(layout: BaganLayout, page: 'first' | 'continuation', judul: string): BaganPart {
  const { orientation, scale } = chooseOrientation(sizeMm(layout), page);
  return { layout, scale, orientation, svg: baganSvg(layout, scale), judul, newPage: page === 'continuation' || orientation === 'lanskap' };
}

/**
 * Where the main chart goes: on the lampiran's first page under its title when the type stays readable
 * there, else on a page of its own when that prints it larger (a chart too tall for the first page).
 */
function mainPage(tree: BaganLayout): { page: 'first' | 'continuation'; scale: number } {
  const onFirst = part(tree, 'first', '').scale;
  const onOwn = part(tree, 'continuation', '').scale;
  return onFirst < MIN_SCALE && onOwn > onFirst ? { page: 'continuation', scale: onOwn } : { page: 'first', scale: onFirst };
}

/** Draws the bagan of `model`. */
export function drawBagan(model: OrgModel, fonts: BaganFonts, options: BaganOptions = { susunan: null }): Bagan {
  const whole = arranged(graphOf(model.units, fonts, options));
  // The boxes decide the size; coordination lines are routed only for the drawing that is kept.
  const tree = placeBagan(whole.nodes, whole.links);
  const { page, scale } = mainPage(tree);
  const unsplit = (): Bagan => ({ parts: [part(layoutBagan(whole.nodes, whole.links, tree), page, '')], split: false });
  if (scale >= MIN_SCALE) return unsplit();

  const byId = new Map(model.units.map((u) => [u.id, u]));
  const detached = new Set<string>();
  for (const u of model.units) if (u !== model.root && (DETACHABLE.has(u.unsur) || (u.atasan !== null && detached.has(u.atasan)))) detached.add(u.id);
  if (detached.size === 0) return unsplit();

  const tops = model.units.filter((u) => detached.has(u.id) && !detached.has(u.atasan!));
  // A detached unit's stub is the stub of its top; coordination with kept units goes to the stub.
  const topOf = (u: OrgUnit): OrgUnit => (detached.has(u.atasan ?? '') ? topOf(byId.get(u.atasan!)!) : u);
  const kept = model.units.filter((u) => !detached.has(u.id));
  const graph = graphOf(kept, fonts, options);
  const stubOf = new Map<string, string>();
  for (const parent of [...new Set(tops.map((t) => t.atasan!))]) {
    const group = tops.filter((t) => t.atasan === parent);
    const id = `lanjutan-${parent}`;
    const members = model.units.filter((u) => detached.has(u.id) && group.includes(topOf(u)));
    graph.nodes.push({ id, depth: byId.get(parent)!.depth + 1, stub: true, content: boxContent({ nama: plain(groupName(group, members)), pengisi: [plain(`${members.length} unit, lihat bagan lanjutan`)] }, fonts) });
    graph.links.push({ kind: 'komando', from: parent, to: id });
    for (const t of tops.filter((x) => x.atasan === parent)) stubOf.set(t.id, id);
  }
  const seen = new Set(graph.links.map((l) => [l.from, l.to].sort().join('|')));
  for (const u of model.units) {
    for (const k of u.koordinasi) {
      const a = detached.has(u.id) ? stubOf.get(topOf(u).id)! : u.id;
      const b = detached.has(k) ? stubOf.get(topOf(byId.get(k)!).id)! : k;
      const key = [a, b].sort().join('|');
      if (a === b || (detached.has(u.id) && detached.has(k)) || seen.has(key)) continue;
      seen.add(key);
      graph.links.push({ kind: 'koordinasi', from: a, to: b });
    }
  }
  const reducedGraph = arranged(graph);
  const reducedTree = placeBagan(reducedGraph.nodes, reducedGraph.links);
  const reduced = mainPage(reducedTree);
  // Split only when it really helps: a continuation page costs the reader a page turn.
  if (reduced.scale < scale * SPLIT_GAIN) return unsplit();
  const parts = [part(layoutBagan(reducedGraph.nodes, reducedGraph.links, reducedTree), reduced.page, '')];

  // One ELK run for all detached subtrees (each call has a fixed cost), then cut into components.
  const rest = arranged(graphOf(model.units.filter((u) => detached.has(u.id)), fonts, options));
  const subtrees = components(layoutBagan(rest.nodes, rest.links));
  const names = groupName(tops, model.units.filter((u) => detached.has(u.id)));
  const pages = packPages(subtrees);
  pages.forEach((layout, i) => parts.push(part(layout, 'continuation', `Lanjutan bagan: ${names}${pages.length > 1 ? ` (${i + 1}/${pages.length})` : ''}`)));
  return { parts, split: true };
}

/** Display names of unsur that move to continuation pages. */
const UNSUR_LABEL: Readonly<Partial<Record<Unsur, string>>> = { kewilayahan: 'Kewilayahan', puskesos: 'Puskesos' };

/** Name of a group of detached units: the names of its heads when few, else the unsur of all its units. */
function groupName(tops: readonly OrgUnit[], units: readonly OrgUnit[]): string {
  const names = [...new Set(tops.map((t) => plainText(t.nama)))];
  if (names.length <= 2) return joinDan(names);
  return joinDan([...new Set(units.map((t) => UNSUR_LABEL[t.unsur] ?? t.unsur))]);
}

/** The IR blocks of the bagan: a page break before a landscape or continuation page, then the figure. */
export function baganBlocks(bagan: Bagan, id: string, source: SourcePos | null): BlokLampiran[] {
  const blocks: BlokLampiran[] = [];
  bagan.parts.forEach((p, i) => {
    if (p.newPage) blocks.push({ kind: 'halaman-baru', orientasi: p.orientation });
    blocks.push({ kind: 'gambar', id: bagan.parts.length > 1 ? `${id}-${i + 1}` : id, label: '', judul: p.judul, path: '', lebarMm: printedWidthMm(p.layout, p.scale), source, svg: p.svg });
  });
  return blocks;
}
