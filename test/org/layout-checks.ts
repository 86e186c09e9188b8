/** Checks a laid-out bagan for everything that makes a chart illegible; returns the problems found. */
import { join } from 'node:path';
import { baganFonts, TYPE } from '../../src/org/box.js';
import { touches } from '../../src/org/coordination.js';
import { isOrthogonal, rectsOverlap, segmentCrossesRect, segmentsOf, segmentsOverlap } from '../../src/org/geometry.js';
import type { BaganLayout, PlacedBox } from '../../src/org/layout.js';
import { ROOT } from '../helpers.js';

const fonts = baganFonts(join(ROOT, 'templates', 'fonts'));
const near = (a: number, b: number) => Math.abs(a - b) < 0.6;

/** Human-readable problems of a layout: overlapping boxes, lines through boxes, lines on lines, text outside its box. */
export function layoutProblems(layout: BaganLayout): string[] {
  const problems: string[] = [];
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  layout.boxes.forEach((a, i) => {
    for (const b of layout.boxes.slice(i + 1)) if (rectsOverlap(a, b)) problems.push(`boxes ${a.id} and ${b.id} overlap`);
    if (a.x < -0.01 || a.y < -0.01 || a.x + a.width > layout.width + 0.01 || a.y + a.height > layout.height + 0.01) problems.push(`box ${a.id} outside the drawing`);
    for (const line of a.content.lines) {
      const w = line.spans.reduce((sum, sp) => sum + (line.bold ? (sp.italic ? fonts.boldItalic : fonts.bold) : sp.italic ? fonts.italic : fonts.regular).width(sp.text, line.size), 0);
      if (w > a.width - 2 * TYPE.padX + 0.5) problems.push(`text "${line.text}" wider than box ${a.id}`);
      if (line.y > a.height || line.y - line.size * 0.8 < 0) problems.push(`text "${line.text}" outside box ${a.id} vertically`);
    }
  });
  const touchesSide = (b: PlacedBox, p: { x: number; y: number }) => (near(p.x, b.x) || near(p.x, b.x + b.width)) && p.y > b.y && p.y < b.y + b.height;
  for (const l of layout.links) {
    const name = `${l.kind} ${l.from}–${l.to}`;
    if (l.points.length < 2 || !isOrthogonal(l.points)) problems.push(`${name} is not an orthogonal polyline`);
    const first = l.points[0]!;
    const last = l.points[l.points.length - 1]!;
    const from = byId.get(l.from)!;
    const to = byId.get(l.to)!;
    if (l.kind === 'komando') {
      if (!near(first.y, from.y + from.height) || first.x < from.x || first.x > from.x + from.width) problems.push(`${name} does not leave the bottom of ${l.from}`);
      if (!near(last.y, to.y) || last.x < to.x || last.x > to.x + to.width) problems.push(`${name} does not enter the top of ${l.to}`);
    } else {
      if (!touchesSide(from, first)) problems.push(`${name} does not leave a side of ${l.from}`);
      if (!touchesSide(to, last)) problems.push(`${name} does not enter a side of ${l.to}`);
    }
    for (const s of segmentsOf(l.points)) {
      for (const b of layout.boxes) if (segmentCrossesRect(s, b)) problems.push(`${name} runs through box ${b.id}`);
      if ([s.a, s.b].some((p) => p.x < -0.01 || p.y < -0.01 || p.x > layout.width + 0.01 || p.y > layout.height + 0.01)) problems.push(`${name} leaves the drawing`);
      for (const o of layout.links) {
        if (o === l) continue;
        // Komando lines from one unit share their first stretch: that is the org-chart "bus".
        if (l.kind === 'komando' && o.kind === 'komando' && o.from === l.from) continue;
        if (segmentsOf(o.points).some((t) => segmentsOverlap(s, t))) problems.push(`${name} runs along ${o.kind} ${o.from}–${o.to}`);
        // A dashed line never meets a solid one: no crossing, no touching (review M7).
        if (l.kind === 'koordinasi' && o.kind === 'komando' && segmentsOf(o.points).some((t) => touches(s, t))) problems.push(`${name} crosses komando ${o.from}–${o.to}`);
      }
    }
  }
  return [...new Set(problems)];
}
