/**
 * Draws a laid-out bagan struktur as SVG (issue 5): boxes with the kedudukan in bold capitals and who
 * fills them, garis komando solid, garis koordinasi dashed, and a legend. The drawing is vector text
 * and lines in points; `width`/`height` carry the printed size in millimetres, so the PDF embeds it
 * as vector and the DOCX gets the same picture (with a PNG fallback made from this SVG).
 * Deterministic: the same layout gives the same bytes.
 */
import type { Span } from './box.js';
import type { BaganLayout, PlacedBox, RoutedLink } from './layout.js';

/** Font stack: Bookman Old Style in Word, its clone TeX Gyre Bonum in the PDF and the PNG fallback. */
export const BAGAN_FONT = "'Bookman Old Style', 'TeX Gyre Bonum', serif";

/** Stroke widths and dash pattern (points at scale 1). */
export const STROKE = { box: 0.8, line: 0.9, dash: '4 3' } as const;

/** Margin around the drawing and the legend's height (points). */
export const FRAME = { margin: 4, legend: 22 } as const;

const PT_TO_MM = 25.4 / 72;
const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Escapes text for SVG. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Size of the whole drawing (chart plus legend and margins) in points at scale 1. */
export function drawingSize(layout: BaganLayout): { width: number; height: number } {
  const legendWidth = 330;
  return { width: Math.max(layout.width, legendWidth) + 2 * FRAME.margin, height: layout.height + FRAME.legend + 2 * FRAME.margin + 6 };
}

/** A run of text; an italic one (a foreign term, TN-PED-09) as an italic tspan. */
function span(s: Span): string {
  return s.italic ? `<tspan font-style="italic">${escapeXml(s.text)}</tspan>` : escapeXml(s.text);
}

function box(b: PlacedBox): string {
  const x = b.x + FRAME.margin;
  const y = b.y + FRAME.margin;
  const cx = x + b.width / 2;
  const rect = `<rect x="${n(x)}" y="${n(y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${b.stub ? '#f0f0f0' : '#ffffff'}" stroke="#000000" stroke-width="${STROKE.box}"${b.stub ? ` stroke-dasharray="${STROKE.dash}"` : ''}/>`;
  const texts = b.content.lines.map((l) => `<text x="${n(cx)}" y="${n(y + l.y)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} text-anchor="middle">${l.spans.map(span).join('')}</text>`);
  return `<g id="unit-${escapeXml(b.id)}">${rect}${texts.join('')}</g>`;
}

function link(l: RoutedLink): string {
  const d = l.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x + FRAME.margin)} ${n(p.y + FRAME.margin)}`).join(' ');
  return `<path d="${d}" fill="none" stroke="#000000" stroke-width="${STROKE.line}"${l.kind === 'koordinasi' ? ` stroke-dasharray="${STROKE.dash}"` : ''}/>`;
}

function legend(layout: BaganLayout, y: number): string {
  const x = FRAME.margin;
  const items = [`<text x="${n(x)}" y="${n(y + 4)}" font-size="9">Keterangan:</text>`];
  let at = x + 62;
  const sample = (label: string, dashed: boolean): void => {
    items.push(`<path d="M${n(at)} ${n(y)} L${n(at + 34)} ${n(y)}" fill="none" stroke="#000000" stroke-width="${STROKE.line}"${dashed ? ` stroke-dasharray="${STROKE.dash}"` : ''}/>`);
    items.push(`<text x="${n(at + 40)}" y="${n(y + 4)}" font-size="9">${label}</text>`);
    at += 130;
  };
  sample('garis komando', false);
  if (layout.links.some((l) => l.kind === 'koordinasi')) sample('garis koordinasi', true);
  return `<g id="keterangan">${items.join('')}</g>`;
}

/** The SVG document of a layout printed at `scale` (1 = the sizes in box.ts). */
export function baganSvg(layout: BaganLayout, scale: number): string {
  const size = drawingSize(layout);
  const widthMm = size.width * scale * PT_TO_MM;
  const heightMm = size.height * scale * PT_TO_MM;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(widthMm)}mm" height="${n(heightMm)}mm" viewBox="0 0 ${n(size.width)} ${n(size.height)}" font-family="${BAGAN_FONT}">`,
    `<rect x="0" y="0" width="${n(size.width)}" height="${n(size.height)}" fill="#ffffff"/>`,
    ...layout.links.map(link),
    ...layout.boxes.map(box),
    legend(layout, layout.height + FRAME.margin + 6 + FRAME.legend / 2),
    '</svg>',
    '',
  ].join('\n');
}

/** Printed width in millimetres of a layout at `scale`. */
export function printedWidthMm(layout: BaganLayout, scale: number): number {
  return Math.round(drawingSize(layout).width * scale * PT_TO_MM * 10) / 10;
}
