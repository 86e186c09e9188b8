/**
 * Lays out a bagan struktur (issue 5) with ELK Layered: units top-down along the garis komando, one
 * layer per komando depth (ELK partitioning, so rank reads from the height of a box), the lines to
 * subordinates routed orthogonally from one port at the bottom centre so they read as the usual
 * org-chart "bus". The garis koordinasi join afterwards through the free channels, side to side
 * (coordination.ts), so they cannot distort the hierarchy: ELK Layered has no edges inside a layer, and
 * coordination between units of one level is the common case; a dashed line never touches a solid one.
 * All lengths are points at scale 1.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api.js';
import type { BoxContent } from './box.js';
import { elkLayout } from './elk.js';
import type { Point, Rect } from './geometry.js';
import { routeCoordination, type RouteFreedom } from './coordination.js';

export type { Point } from './geometry.js';

/** A box to lay out. */
export interface BaganNode {
  readonly id: string;
  readonly content: BoxContent;
  /** Depth on the garis komando: the layer of the box. */
  readonly depth: number;
  /** A stub pointing to a continuation chart. */
  readonly stub: boolean;
}

/** A line to lay out. */
export interface BaganLink {
  readonly kind: 'komando' | 'koordinasi';
  readonly from: string;
  readonly to: string;
}

/** A placed box. */
export interface PlacedBox extends BaganNode, Rect {}

/** A routed line: a polyline of axis-parallel segments from `from` to `to`. */
export interface RoutedLink extends BaganLink {
  readonly points: readonly Point[];
}

/** A laid-out chart. */
export interface BaganLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly PlacedBox[];
  readonly links: readonly RoutedLink[];
}

/** Spacing (points) at scale 1. */
export const SPACING = { node: 14, layer: 18, edgeNode: 7, edgeEdge: 7 } as const;

/**
 * The placements and routing freedoms tried in turn until every coordination line has a route: the
 * boxes spread further apart, then lines may run round the outside of the chart (review M7), and only
 * as a last resort share a channel. No mode lets a dashed line touch a solid one.
 */
const ATTEMPTS: readonly { spread: number; freedom: RouteFreedom }[] = [
  ...[1, 1.8, 2.8].map((spread) => ({ spread, freedom: { relaxed: false, outside: false } })),
  ...[1, 1.8, 2.8].map((spread) => ({ spread, freedom: { relaxed: false, outside: true } })),
  { spread: 2.8, freedom: { relaxed: true, outside: true } },
];

function elkOptions(spread: number): Record<string, string> {
  const s = (v: number) => String(Math.round(v * spread * 100) / 100);
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.partitioning.activate': 'true',
    'elk.spacing.nodeNode': s(SPACING.node),
    'elk.layered.spacing.nodeNodeBetweenLayers': s(SPACING.layer),
    'elk.layered.spacing.edgeNodeBetweenLayers': s(SPACING.edgeNode),
    'elk.spacing.edgeNode': s(SPACING.edgeNode),
    'elk.spacing.edgeEdge': s(SPACING.edgeEdge),
    'elk.layered.spacing.edgeEdgeBetweenLayers': s(SPACING.edgeEdge),
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.separateConnectedComponents': 'false',
    'elk.randomSeed': '1',
  };
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * Lays out boxes and links; deterministic for the same input. ELK places the tree (placeBagan); the
 * coordination lines are routed on it (routeBagan), trying the ATTEMPTS in turn. `placed` reuses a
 * first placement at spread 1.
 */
export function layoutBagan(nodes: readonly BaganNode[], links: readonly BaganLink[], placed?: BaganLayout): BaganLayout {
  for (const { spread, freedom } of ATTEMPTS) {
    const tree = spread === 1 && placed ? placed : placeBagan(nodes, links, spread);
    const routed = routeBagan(tree, links, freedom);
    if (routed) return routed;
  }
  throw new Error('bagan: no route for a garis koordinasi');
}

/**
 * ELK places the boxes as a tidy tree along the garis komando alone, so coordination lines cannot
 * widen or distort it, and routes the komando lines. The result has no coordination lines yet.
 */
export function placeBagan(nodes: readonly BaganNode[], links: readonly BaganLink[], spread = 1): BaganLayout {
  return runElk(nodes, links.filter((l) => l.kind === 'komando'), spread);
}

/**
 * Adds the coordination lines to a placed tree, routed through the free channels (coordination.ts),
 * same-level ones first, each touching no komando line and keeping clear of every coordination line
 * drawn before it (as far as `freedom` demands). Null when a line finds no such route.
 */
export function routeBagan(tree: BaganLayout, links: readonly BaganLink[], freedom: RouteFreedom = { relaxed: false, outside: false }): BaganLayout | null {
  const at = new Map(tree.boxes.map((b) => [b.id, b]));
  const komando = tree.links.map((l) => l.points);
  const routed = new Map<BaganLink, RoutedLink>(tree.links.map((l) => [links.find((x) => x.kind === 'komando' && x.from === l.from && x.to === l.to)!, l]));
  const coordination = links.filter((l) => l.kind === 'koordinasi');
  const drawn: Point[][] = [];
  const rank = (l: BaganLink) => Math.abs(at.get(l.from)!.depth - at.get(l.to)!.depth);
  for (const l of [...coordination].sort((a, b) => rank(a) - rank(b) || coordination.indexOf(a) - coordination.indexOf(b))) {
    const points = routeCoordination(at.get(l.from)!, at.get(l.to)!, tree.boxes, drawn, komando, freedom);
    if (!points) return null;
    drawn.push(points);
    routed.set(l, { ...l, points });
  }
  return normalise({ ...tree, links: links.map((l) => routed.get(l)!) });
}

/** Shifts the drawing so nothing lies left of or above 0, and measures it again. */
function normalise(layout: BaganLayout): BaganLayout {
  const xs = [...layout.boxes.flatMap((b) => [b.x, b.x + b.width]), ...layout.links.flatMap((l) => l.points.map((p) => p.x))];
  const ys = [...layout.boxes.flatMap((b) => [b.y, b.y + b.height]), ...layout.links.flatMap((l) => l.points.map((p) => p.y))];
  const dx = -Math.min(0, ...xs);
  const dy = -Math.min(0, ...ys);
  return {
    width: round(Math.max(layout.width, ...xs) + dx),
    height: round(Math.max(layout.height, ...ys) + dy),
    boxes: layout.boxes.map((b) => ({ ...b, x: round(b.x + dx), y: round(b.y + dy) })),
    links: layout.links.map((l) => ({ ...l, points: l.points.map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) })) })),
  };
}

/** One ELK run over the boxes and the garis komando. */
function runElk(nodes: readonly BaganNode[], links: readonly BaganLink[], spread: number): BaganLayout {
  const hasChildren = new Set(links.map((l) => l.from));
  const hasParent = new Set(links.map((l) => l.to));
  const children: ElkNode[] = nodes.map((n) => {
    const ports: ElkPort[] = [];
    const port = (id: string, side: string) => ports.push({ id, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
    if (hasChildren.has(n.id)) port(`${n.id}#bottom`, 'SOUTH');
    if (hasParent.has(n.id)) port(`${n.id}#top`, 'NORTH');
    return { id: n.id, width: n.content.width, height: n.content.height, ports, layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE', 'elk.portAlignment.default': 'CENTER', 'elk.alignment': 'TOP', 'elk.partitioning.partition': String(n.depth) } };
  });
  const edges: ElkExtendedEdge[] = links.map((l, i) => ({ id: `e${i}`, sources: [`${l.from}#bottom`], targets: [`${l.to}#top`] }));
  const result = elkLayout({ id: 'bagan', layoutOptions: elkOptions(spread), children, edges });

  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  const boxes = nodes.map((n): PlacedBox => {
    const c = placed.get(n.id)!;
    return { ...n, x: round(c.x ?? 0), y: round(c.y ?? 0), width: round(c.width ?? 0), height: round(c.height ?? 0) };
  });
  const routed = links.map((l, i): RoutedLink => {
    const e = (result.edges ?? []).find((x) => x.id === `e${i}`) as ElkExtendedEdge;
    const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: round(p.x), y: round(p.y) }));
    return { ...l, points: clean(points) };
  });
  return { width: round(result.width ?? 0), height: round(result.height ?? 0), boxes, links: routed };
}

/** Drops repeated points and the middle of collinear runs. */
function clean(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}
