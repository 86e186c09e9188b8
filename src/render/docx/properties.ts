/**
 * Document properties (docProps/core.xml): title, subject, author, keywords, description, language and
 * dates. The dates come from `metadata.date` (SOURCE_DATE_EPOCH or the sources), never from the clock,
 * so the same IR always gives the same bytes (DESIGN.md, "Rules of the road").
 */

import type { Metadata } from '../../ir/types.js';

/** What core.xml needs of any document. */
type DocumentInfo = { readonly id: string; readonly status: string; readonly metadata: Metadata };
import { xmlText } from './xml.js';

/** Used when `metadata.date` is not a date: the zip epoch, so output stays deterministic. */
const FALLBACK_DATE = '1980-01-01T00:00:00Z';

/** `date` as W3CDTF in UTC without milliseconds, e.g. "2026-11-01T00:00:00Z". */
export function w3cdtf(date: string): string {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return FALLBACK_DATE;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Description shown in Word's document properties. */
function description(ir: DocumentInfo): string {
  const status = ir.status === 'rancangan' ? 'rancangan' : 'final';
  return `Dihasilkan oleh naskah dari sumber "${ir.id}" (status: ${status}).`;
}

/** The complete core.xml part. */
export function coreXml(ir: DocumentInfo): string {
  const m = ir.metadata;
  const date = w3cdtf(m.date);
  const el = (name: string, value: string): string => `<${name}>${xmlText(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', m.title) +
    el('dc:subject', m.subject) +
    el('dc:creator', m.author) +
    el('cp:keywords', m.keywords.join(', ')) +
    el('dc:description', description(ir)) +
    el('dc:language', m.language) +
    el('cp:lastModifiedBy', m.author) +
    el('cp:revision', '1') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
