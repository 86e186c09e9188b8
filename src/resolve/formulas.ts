/**
 * Boilerplate formulas from Handlebars templates in templates/formula/ (TN-KONS-03, TN-BT-14,
 * TN-PNT-01…04, TN-KU-02). Strict mode, our own templates only: user text is only ever passed as
 * data, never compiled as a template (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

/** The formulas naskah knows, one file each in templates/formula/<name>.hbs. */
export type FormulaName = 'konsiderans-penutup' | 'mulai-berlaku' | 'pengundangan' | 'penetapan' | 'diundangkan' | 'berita-daerah' | 'ketentuan-umum' | 'pembiayaan';

const hbs = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Renders one of our templates (path relative to templatesDir) with data; strict mode, data only. */
export function renderTemplate(templatesDir: string, relativePath: string, data: Readonly<Record<string, unknown>>): string {
  const path = join(templatesDir, relativePath);
  let template = cache.get(path);
  if (!template) {
    template = hbs.compile(readFileSync(path, 'utf8'), { strict: true, noEscape: true });
    cache.set(path, template);
  }
  return template(data);
}

/** Renders a formula with data; missing data is a programming error (strict mode throws). */
export function formula(templatesDir: string, name: FormulaName, data: Readonly<Record<string, unknown>>): string {
  return renderTemplate(templatesDir, join('formula', `${name}.hbs`), data);
}

/** A formula split into its lines (signature blocks). */
export function formulaLines(templatesDir: string, name: FormulaName, data: Readonly<Record<string, unknown>>): string[] {
  return formula(templatesDir, name, data).split('\n').filter((l) => l !== '');
}
