/**
 * tanggapan.pdf: the reply table "Tanggapan atas masukan" laid out by templates/typst/tanggapan
 * (landscape F4, TeX Gyre Bonum), the table going in as JSON data (../pdf/json-template.ts).
 */
import { renderJsonTemplate, type JsonTemplateOptions, type JsonTemplatePdf } from '../pdf/json-template.js';
import { bindNumbers } from '../typography.js';
import type { Tanggapan } from './model.js';

/** Entry file, relative to templatesDir. */
export const TANGGAPAN_TEMPLATE = 'typst/tanggapan/main.typ';

/** Renders the reply table as PDF (null bytes when the layout failed) with Typst's diagnostics. */
export function renderTanggapanPdf(t: Tanggapan, options: JsonTemplateOptions): JsonTemplatePdf {
  // The printed copy binds "Pasal 3" with U+00A0, as the regulation itself (render/typography.ts).
  const printed: Tanggapan = { ...t, rows: t.rows.map((r) => ({ ...r, pasal: bindNumbers(r.pasal) })) };
  return renderJsonTemplate({ main: TANGGAPAN_TEMPLATE, data: '.naskah-tanggapan/tanggapan.json' }, printed, t.date, options);
}
