/**
 * The raster twin of a generated SVG figure (issue 5): the PNG fallback Word shows where it cannot
 * draw SVG, rendered with @resvg/resvg-js from the fonts shipped in templates/fonts (never the system's,
 * so the picture is the same on every machine) at the printed size and a given resolution.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256Hex, VerifiedCache } from '../util/cache.js';
import { packageVersion } from '../util/code-digest.js';
import { fileDigest } from '../util/file-digest.js';

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

/** PNGs (base64) by the resvg-js version and the SHA-256 of the font files, per fonts folder. */
const caches = new Map<string, VerifiedCache<string>>();

/**
 * PNGs already rendered on this machine (src/util/cache.ts, verified): resvg is deterministic for the
 * same SVG, resolution, resvg version and font files, so a hit gives the bytes a new render would; it
 * spares rendering the bagan at 300 dpi on every build while the chart is unchanged (issue 11).
 */
function pngCache(fontsDir: string): VerifiedCache<string> {
  let cache = caches.get(fontsDir);
  if (!cache) {
    const version = packageVersion('@resvg/resvg-js');
    if (version === null) throw new Error('@resvg/resvg-js: no version');
    const fonts = createHash('sha256');
    for (const f of FONT_FILES) fonts.update(fileDigest(join(fontsDir, f)));
    cache = new VerifiedCache<string>('png', `@resvg/resvg-js@${version} fonts:${fonts.digest('hex')}`);
    caches.set(fontsDir, cache);
  }
  return cache;
}

/** Renders `svg` (whose width is given in mm) to PNG at `dpi` dots per inch of its printed size. */
export function svgToPng(svg: string, fontsDir: string, dpi: number): Uint8Array {
  let cache: VerifiedCache<string> | null = null;
  try {
    cache = pngCache(fontsDir);
  } catch {
    // Unreadable fonts: resvg reports nothing either; render without the cache.
  }
  const key = sha256Hex(`${dpi}\u0000${svg}`);
  const hit = cache?.get(key);
  if (hit !== undefined) return new Uint8Array(Buffer.from(hit, 'base64'));
  const png = render(svg, fontsDir, dpi);
  cache?.set(key, Buffer.from(png).toString('base64'));
  return png;
}

function render(svg: string, fontsDir: string, dpi: number): Uint8Array {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const widthMm = Number(/<svg\b[^>]*\swidth="([\d.]+)mm"/.exec(svg)?.[1] ?? NaN);
  const fitTo = Number.isFinite(widthMm) ? { mode: 'width' as const, value: Math.round((widthMm / 25.4) * dpi) } : { mode: 'original' as const };
  const font = { loadSystemFonts: false, fontFiles: FONT_FILES.map((f) => join(fontsDir, f)), defaultFontFamily: 'TeX Gyre Bonum', serifFamily: 'TeX Gyre Bonum' };
  return new Uint8Array(new resvg.Resvg(svg, { fitTo, font, background: '#ffffff' }).render().asPng());
}
