/**
 * Continuation pages of a split bagan (issue 5: large charts degrade gracefully): the detached
 * subtrees, laid out together, are cut into their connected parts and packed in rows — one subtree
 * beside the other, wrapping to the next row and then to the next page — so that each page prints at
 * a readable scale instead of one page at an illegible one.
 */
import { AREA, MIN_SCALE, type Orientation } from './fit.js';
import { SPACING, type BaganLayout, type PlacedBox, type RoutedLink } from './layout.js';

const PT_TO_MM = 25.4 / 72;

/** The connected parts of a layout, each moved to the origin. */
export function components(layout: BaganLayout): BaganLayout[] {
  const group = new Map(layout.boxes.map((b) => [b.id, b.id]));
  const find = (id: string): string => (group.get(id) === id ? id : find(group.get(id)!));
  for (const l of layout.links) group.set(find(l.from), find(l.to));
  const roots = [...new Set(layout.boxes.map((b) => find(b.id)))];
  return roots.map((r) => {
    const boxes = layout.boxes.filter((b) => find(b.id) === r);
    const links = layout.links.filter((l) => find(l.from) === r);
    const xs = [...boxes.flatMap((b) => [b.x, b.x + b.width]), ...links.flatMap((l) => l.points.map((p) => p.x))];
    const ys = [...boxes.flatMap((b) => [b.y, b.y + b.height]), ...links.flatMap((l) => l.points.map((p) => p.y))];
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    const moved = compose([{ layout: { width: 0, height: 0, boxes, links }, dx: -x0, dy: -y0 }]);
    return { ...moved, width: Math.max(...xs) - x0, height: Math.max(...ys) - y0 };
  });
}

/** Packs laid-out subtrees in rows, then pages, in the orientation that needs fewer pages. */
export function packPages(items: readonly BaganLayout[]): BaganLayout[] {
  const pack = (o: Orientation): BaganLayout[] => {
    const area = AREA.continuation[o];
    const maxW = area.width / PT_TO_MM / MIN_SCALE - 40;
    const maxH = area.height / PT_TO_MM / MIN_SCALE - 40;
    const gap = SPACING.node * 2;
    const pages: { layout: BaganLayout; dx: number; dy: number }[][] = [[]];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const item of items) {
      if (x > 0 && x + item.width > maxW) {
        x = 0;
        y += rowHeight + SPACING.layer;
        rowHeight = 0;
      }
      if (y > 0 && y + item.height > maxH) {
        pages.push([]);
        x = 0;
        y = 0;
        rowHeight = 0;
      }
      pages[pages.length - 1]!.push({ layout: item, dx: x, dy: y });
      x += item.width + gap;
      rowHeight = Math.max(rowHeight, item.height);
    }
    return pages.map(compose);
  };
  const portrait = pack('potret');
  const landscape = pack('lanskap');
  return landscape.length < portrait.length ? landscape : portrait;
}

/** Several layouts side by side as one. */
export function compose(items: readonly { layout: BaganLayout; dx: number; dy: number }[]): BaganLayout {
  const boxes: PlacedBox[] = [];
  const links: RoutedLink[] = [];
  let width = 0;
  let height = 0;
  for (const { layout, dx, dy } of items) {
    boxes.push(...layout.boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })));
    links.push(...layout.links.map((l) => ({ ...l, points: l.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) })));
    width = Math.max(width, dx + layout.width);
    height = Math.max(height, dy + layout.height);
  }
  return { width, height, boxes, links };
}
