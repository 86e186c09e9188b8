/**
 * The raster twin of a generated SVG figure (issue 5): the PNG fallback Word shows where it cannot
 * draw SVG, rendered with @resvg/resvg-js from the fonts shipped in templates/fonts (never the system's,
 * so the picture is the same on every machine) at the printed size and a given resolution.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

/** Renders `svg` (whose width is given in mm) to PNG at `dpi` dots per inch of its printed size. */
export function svgToPng(svg: string, fontsDir: string, dpi: number): Uint8Array {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const widthMm = Number(/<svg\b[^>]*\swidth="([\d.]+)mm"/.exec(svg)?.[1] ?? NaN);
  const fitTo = Number.isFinite(widthMm) ? { mode: 'width' as const, value: Math.round((widthMm / 25.4) * dpi) } : { mode: 'original' as const };
  const font = { loadSystemFonts: false, fontFiles: [join(fontsDir, 'texgyrebonum-regular.otf'), join(fontsDir, 'texgyrebonum-bold.otf')], defaultFontFamily: 'TeX Gyre Bonum', serifFamily: 'TeX Gyre Bonum' };
  return new Uint8Array(new resvg.Resvg(svg, { fitTo, font, background: '#ffffff' }).render().asPng());
}
