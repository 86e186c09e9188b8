/**
 * The raster twin of a generated SVG figure (issue 5): the PNG fallback Word shows where it cannot
 * draw SVG, rendered with @resvg/resvg-js from the fonts shipped in templates/fonts (never the system's,
 * so the picture is the same on every machine) at the printed size and a given resolution.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

/** Font files of the bagan in templates/fonts: measured by box.ts, embedded by resvg here. */
export const FONT_FILES = ['texgyrebonum-regular.otf', 'texgyrebonum-bold.otf', 'texgyrebonum-italic.otf', 'texgyrebonum-bolditalic.otf'] as const;

/**
 * Resolution of the DOCX's PNG fallback: 300 dpi of the printed size, the resolution of print, so the
 * 9 pt box text stays sharp where Word or LibreOffice shows the PNG instead of the SVG (review M7 found
 * the 150 dpi fallback soft).
 */
export const FALLBACK_DPI = 300;

/** Renders `svg` (whose width is given in mm) to PNG at `dpi` dots per inch of its printed size. */
export function svgToPng(svg: string, fontsDir: string, dpi: number): Uint8Array {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const widthMm = Number(/<svg\b[^>]*\swidth="([\d.]+)mm"/.exec(svg)?.[1] ?? NaN);
  const fitTo = Number.isFinite(widthMm) ? { mode: 'width' as const, value: Math.round((widthMm / 25.4) * dpi) } : { mode: 'original' as const };
  const font = { loadSystemFonts: false, fontFiles: FONT_FILES.map((f) => join(fontsDir, f)), defaultFontFamily: 'TeX Gyre Bonum', serifFamily: 'TeX Gyre Bonum' };
  return new Uint8Array(new resvg.Resvg(svg, { fitTo, font, background: '#ffffff' }).render().asPng());
}
