/**
 * Deterministic .docx packages for the change documents (matriks.docx, redline.docx): the zip is
 * rewritten with a fixed entry order and the zip epoch as every entry's time, and core.xml carries the
 * revision date, never the wall clock (DESIGN.md, "Same input ⇒ byte-identical outputs").
 */
import type { File } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { packageParts } from '../docx/pack.js';

/** Zip entry time; fflate reads it with local-time getters, so it is built in local time. */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ISO date without milliseconds, or the zip epoch when `date` is not a date. */
export function w3cDate(date: string): string {
  const t = Date.parse(date);
  return Number.isNaN(t) ? '1980-01-01T00:00:00Z' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docProps/core.xml with a title, an author and one date for created and modified. */
export function coreXml(title: string, author: string, date: string): string {
  const d = w3cDate(date);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>${xmlEscape(author)}</dc:creator><cp:lastModifiedBy>${xmlEscape(author)}</cp:lastModifiedBy>` +
    `<dc:language>id-ID</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${d}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${d}</dcterms:modified>` +
    '</cp:coreProperties>';
}

function entryOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Zips package parts deterministically. */
export function zipParts(parts: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of Object.keys(parts).sort(entryOrder)) zippable[name] = [parts[name]!, { level: 6, mtime: ZIP_EPOCH }];
  return zipSync(zippable);
}

/** Packs a docx `File`, replacing parts (path → XML text), deterministically. */
export async function packDocx(file: File, replace: Readonly<Record<string, string>>): Promise<Uint8Array> {
  // The parts as docx's compiler makes them, not zipped by Packer only to be unzipped here (issue 11).
  const parts = await packageParts(file);
  for (const [path, xml] of Object.entries(replace)) parts[path] = strToU8(xml);
  return zipParts(parts);
}
