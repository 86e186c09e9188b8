/**
 * Deterministic packing: docx writes the package with the wall-clock time in core.xml and in every zip
 * entry. We unpack its output, put in the parts we write ourselves (styles.xml, core.xml), and zip again
 * with a fixed entry order and a fixed timestamp (1980-01-01 00:00, the zip epoch), so the same IR
 * always gives byte-identical .docx files (DESIGN.md, "Same input ⇒ byte-identical outputs").
 */

import { Packer, type File } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { renumberBookmarks } from './bookmarks.js';

/** Zip entry time. fflate reads it with local-time getters, so build it in local time: same in every time zone. */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Media already compressed by their own format (the bagan's 300 dpi PNG fallback, a PNG or JPEG lambang)
 * are stored, not deflated again: DEFLATE gains ± 10 % on a PNG and took 85–200 ms per DOCX (issue 11).
 * Stored entries are plain ZIP (method 0), which OPC readers (Word, LibreOffice) accept like deflated ones.
 */
const COMPRESSED = /\.(?:png|jpe?g|gif)$/i;

/** Order of the entries: content types and package relationships first (as Word writes them), then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The package compiler docx's `Packer` zips from (docx 9, pinned exactly: `Packer.compiler`). */
interface PartsCompiler {
  compile(file: File, prettify?: undefined): Map<string, string | ArrayBufferView | ArrayBuffer>;
}

/**
 * The parts of the package as `Packer.pack` would zip them, by path. Taken from docx's own compiler
 * when it is there (issue 11: zipping every part only to unzip it again took a third of a DOCX),
 * otherwise unzipped from `Packer.pack`; both give the same bytes per part.
 */
export async function packageParts(file: File): Promise<Record<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return unzipSync(await Packer.pack(file, 'uint8array'));
  const parts: Record<string, Uint8Array> = {};
  const utf8 = new TextEncoder();
  for (const [path, data] of (compiler as PartsCompiler).compile(file, undefined)) {
    parts[path] = typeof data === 'string' ? utf8.encode(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  }
  return parts;
}

/**
 * The parts of `file`'s package, replacing those in `replace` (path → XML text), bookmarks renumbered:
 * what `packDeterministic` zips. The redline reads them unzipped (issue 11: deflating two huge
 * document.xml only to inflate them again was a third of a huge redline).
 */
export async function deterministicParts(file: File, replace: Readonly<Record<string, string>>): Promise<Record<string, Uint8Array>> {
  const parts = await packageParts(file);
  for (const [path, xml] of Object.entries(replace)) parts[path] = strToU8(xml);
  const body = parts['word/document.xml'];
  if (body) parts['word/document.xml'] = strToU8(renumberBookmarks(strFromU8(body)));
  return parts;
}

/** Zips package parts with a fixed entry order and timestamp. */
export function zipDeterministic(parts: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of Object.keys(parts).sort(entryOrder)) {
    const data = parts[name];
    if (data) zippable[name] = [data, { level: COMPRESSED.test(name) ? 0 : 6, mtime: ZIP_EPOCH }];
  }
  return zipSync(zippable);
}

/** Packs `file` into .docx bytes, replacing the parts in `replace` (path → XML text). */
export async function packDeterministic(file: File, replace: Readonly<Record<string, string>>): Promise<Uint8Array> {
  return zipDeterministic(await deterministicParts(file, replace));
}
