/**
 * matriks.pdf: the matriks perubahan laid out by templates/typst/matriks (landscape F4, TeX Gyre Bonum),
 * the matriks going in as JSON data (../pdf/json-template.ts).
 */
import { renderJsonTemplate, type JsonTemplateOptions, type JsonTemplatePdf } from '../pdf/json-template.js';
import type { Matriks } from './model.js';

/** Entry file, relative to templatesDir. */
export const MATRIKS_TEMPLATE = 'typst/matriks/main.typ';

/** Renders the matriks as PDF (null bytes when the layout failed) with Typst's diagnostics. */
export function renderMatriksPdf(m: Matriks, options: JsonTemplateOptions): JsonTemplatePdf {
  return renderJsonTemplate({ main: MATRIKS_TEMPLATE, data: '.naskah-matriks/matriks.json' }, m, m.date, options);
}
