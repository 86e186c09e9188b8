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
  /** Bytes of every shadow file as last mapped (see `mapShadow`). */
  readonly mapped: Map<string, Uint8Array>;
  /** Renders since the memo cache was last trimmed (see `trimCache`). */
  rendersSinceTrim: number;
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
    cache = { key, entry: { compiler, workspace, mappedAssets: new Set(), mapped: new Map(), rendersSinceTrim: 0 } };
  }
  return cache.entry;
}

/** Renders between two trims of Typst's memo cache, and the trims an entry may go unused before it is dropped. */
const TRIM_EVERY = 5;
const TRIM_AGE = 2;
/** Renders a trim left for idle time may wait at most (a preview saved again and again, never idle). */
const TRIM_LATEST = 4 * TRIM_EVERY;

/**
 * After a render: keeps Typst's memo cache bounded in a long-running process (the preview) by dropping
 * what the last `TRIM_EVERY × TRIM_AGE` renders did not use. Trimming walks the whole cache (± 5–10 ms
 * for the SLRT Perbup), so it runs every `TRIM_EVERY` renders rather than after each one, with the same
 * bound as trimming every render with age 10 had. `whenIdle`: the caller trims when it is idle
 * (`trimWhenIdle`; the preview, once a save's pages are shown and linted), so no save waits for it —
 * unless `TRIM_LATEST` renders went by without a pause.
 */
export function trimCache(k: TypstCompiler, whenIdle = false): void {
  k.rendersSinceTrim += 1;
  if (whenIdle && k.rendersSinceTrim < TRIM_LATEST) return;
  trimDue(k);
}

/** The trim `trimCache` left for idle time, when one is due. */
export function trimWhenIdle(): void {
  if (cache !== null) trimDue(cache.entry);
}

function trimDue(k: TypstCompiler): void {
  if (k.rendersSinceTrim < TRIM_EVERY) return;
  k.rendersSinceTrim = 0;
  k.compiler.evictCache(TRIM_AGE);
}

/** Absolute shadow path of a data file, and the path Typst sees (relative to the workspace root). */
export function dataPath(k: TypstCompiler, name: string): { readonly fs: string; readonly typst: string } {
  return { fs: path.join(k.workspace, DATA_FOLDER, name), typst: `/${DATA_FOLDER}/${name}` };
}

/**
 * Maps `bytes` as the shadow file `fs` unless that file already holds the same bytes: a warm rebuild
 * then leaves unchanged data (house style, image table, images, a kept split set) alone instead of
 * making Typst read and hash it again.
 */
export function mapShadow(k: TypstCompiler, fs: string, bytes: Uint8Array): void {
  const old = k.mapped.get(fs);
  if (old !== undefined && Buffer.from(old.buffer, old.byteOffset, old.byteLength).equals(bytes)) return;
  k.compiler.mapShadow(fs, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  k.mapped.set(fs, bytes);
}

/** Unmaps the shadow file `fs`. */
export function unmapShadow(k: TypstCompiler, fs: string): void {
  k.compiler.unmapShadow(fs);
  k.mapped.delete(fs);
}

/** Seconds since the epoch for the PDF creation date, from ir.metadata.date (0 when unparsable). */
export function secondsFrom(date: string): number {
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}
