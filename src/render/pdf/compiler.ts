/**
 * The one Typst compiler of the process, created once and reused: Typst memoises layout across
 * compiles, so a warm rebuild (preview, second pass for catchwords) costs a fraction of a cold one.
 */
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** Folder (inside the workspace, shadow files only) where the IR and its companions are mapped. */
export const DATA_FOLDER = '.naskah-pdf';

/** A cached compiler with the shadow files it currently holds. */
export interface TypstCompiler {
  readonly compiler: NodeCompiler;
  /** Absolute workspace root (templatesDir). */
  readonly workspace: string;
  /** Shadow paths of images mapped by the previous render (unmapped when no longer used). */
  mappedAssets: Set<string>;
}

let cache: { readonly key: string; readonly entry: TypstCompiler } | null = null;

/**
 * Returns the module-level compiler for this workspace and font folder, creating it on first use.
 * Only `fontsDir` is added, but the library also indexes system fonts (it has no switch for
 * that): the template selects TeX Gyre Bonum with `fallback: false`, and assets.ts rewrites the
 * font families of SVG images, so no other font is embedded.
 */
export function compilerFor(templatesDir: string, fontsDir: string): TypstCompiler {
  const workspace = path.resolve(templatesDir);
  const fonts = path.resolve(fontsDir);
  const key = `${workspace}\u0000${fonts}`;
  if (cache === null || cache.key !== key) {
    const compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontPaths: [fonts] }] });
    cache = { key, entry: { compiler, workspace, mappedAssets: new Set() } };
  }
  return cache.entry;
}

/** Absolute shadow path of a data file, and the path Typst sees (relative to the workspace root). */
export function dataPath(k: TypstCompiler, name: string): { readonly fs: string; readonly typst: string } {
  return { fs: path.join(k.workspace, DATA_FOLDER, name), typst: `/${DATA_FOLDER}/${name}` };
}
