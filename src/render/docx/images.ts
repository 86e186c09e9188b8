/**
 * Images (lambang, lampiran figures): format and pixel size read from the bytes, an inline picture
 * scaled to a target size, or a clearly marked placeholder box when the image is not available
 * (DESIGN.md: "a clearly marked placeholder until the region supplies its file").
 */

import { AlignmentType, BorderStyle, HeightRule, ImageRun, Table, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { RenderContext } from './context.js';
import { para } from './paragraph.js';

/** Format and intrinsic size (CSS pixels) of an image. */
export interface ImageInfo {
  readonly type: 'png' | 'jpg' | 'gif' | 'bmp' | 'svg';
  readonly widthPx: number;
  readonly heightPx: number;
}

const u16be = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32be = (b: Uint8Array, i: number): number => u16be(b, i) * 65536 + u16be(b, i + 2);
const u16le = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const i32le = (b: Uint8Array, i: number): number => u16le(b, i) | (u16le(b, i + 2) << 16);

function jpegSize(b: Uint8Array): { w: number; h: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { h: u16be(b, i + 5), w: u16be(b, i + 7) };
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

/** CSS pixels of an SVG length such as "210mm", "120", "3in". */
function svgLength(value: string | undefined): number | null {
  const m = value?.trim().match(/^([0-9.]+)\s*(px|pt|mm|cm|in)?$/);
  if (!m) return null;
  const n = Number(m[1]);
  const perUnit: Record<string, number> = { px: 1, pt: 96 / 72, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };
  return n * (perUnit[m[2] ?? 'px'] ?? 1);
}

function svgSize(text: string): { w: number; h: number } {
  const tag = text.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const attr = (name: string): string | undefined => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`))?.[1];
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const boxW = box && box.length === 4 ? box[2] : undefined;
  const boxH = box && box.length === 4 ? box[3] : undefined;
  const w = svgLength(attr('width')) ?? boxW ?? 300;
  const h = svgLength(attr('height')) ?? boxH ?? 150;
  return { w, h };
}

/** Format and size of `data`, or null when it is not a PNG, JPEG, GIF, BMP or SVG image. */
export function imageInfo(data: Uint8Array): ImageInfo | null {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) {
    return { type: 'png', widthPx: u32be(data, 16), heightPx: u32be(data, 20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    const s = jpegSize(data);
    return s ? { type: 'jpg', widthPx: s.w, heightPx: s.h } : null;
  }
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return { type: 'gif', widthPx: u16le(data, 6), heightPx: u16le(data, 8) };
  if (data[0] === 0x42 && data[1] === 0x4d) return { type: 'bmp', widthPx: Math.abs(i32le(data, 18)), heightPx: Math.abs(i32le(data, 22)) };
  const head = new TextDecoder().decode(data.subarray(0, 4096));
  if (/<svg\b/.test(head)) {
    const s = svgSize(new TextDecoder().decode(data));
    return { type: 'svg', widthPx: s.w, heightPx: s.h };
  }
  return null;
}

/**
 * A light grey 1 × 1 PNG: the raster fallback of an SVG when no PNG of the same name is supplied. Viewers
 * that cannot draw SVG (LibreOffice 7, Word 2013) then show a grey box where the figure is.
 */
const GREY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mN48OABAAVEAqEQnDquAAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

/** Size in CSS pixels that fits `info` into `maxWidthPx` × `maxHeightPx`, or to exactly `widthPx` if given. */
export function fitSize(info: ImageInfo, maxWidthPx: number, maxHeightPx: number, widthPx?: number): { width: number; height: number } {
  const ratio = info.widthPx > 0 ? info.heightPx / info.widthPx : 1;
  let width = widthPx ?? info.widthPx;
  width = Math.min(width, maxWidthPx, maxHeightPx / ratio);
  return { width: Math.round(width * 100) / 100, height: Math.round(width * ratio * 100) / 100 };
}

/**
 * An inline picture. For an SVG, Word needs a raster fallback: the image keyed by the same path with
 * ".png" instead of ".svg" (or ".png" appended to a key without ".svg") if the caller supplied it, else
 * a grey pixel stretched to the figure's size.
 */
export function imageRun(ctx: RenderContext, path: string, data: Uint8Array, info: ImageInfo, size: { width: number; height: number }, name: string): ImageRun {
  const altText = { id: String(ctx.nextDrawingId()), name, description: name };
  const transformation = { width: size.width, height: size.height };
  if (info.type === 'svg') {
    const png = ctx.images.get(/\.svg$/i.test(path) ? path.replace(/\.svg$/i, '.png') : `${path}.png`);
    return new ImageRun({ type: 'svg', data, transformation, altText, fallback: { type: 'png', data: png ?? GREY_PNG } });
  }
  return new ImageRun({ type: info.type, data, transformation, altText });
}

/**
 * A centred, dashed, one-cell box with `lines` inside: the marked stand-in for an image that is not
 * available (editable in Word: delete the table and insert the picture).
 */
export function placeholderBox(lines: readonly string[], widthTwips: number, heightTwips: number, framed = true): Table {
  const border = framed ? { style: BorderStyle.DASHED, size: 8, color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    alignment: AlignmentType.CENTER,
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: [widthTwips],
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        height: { value: heightTwips, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: widthTwips, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: lines.length > 0 ? lines.map((line) => para('KotakPengganti', [line])) : [para('KotakPengganti', [])],
          }),
        ],
      }),
    ],
  });
}
