/**
 * A table laid out by its own Typst template (the matriks perubahan, the reply table "Tanggapan atas
 * masukan"): landscape F4 in TeX Gyre Bonum, the data going in as one JSON file mapped into the
 * workspace, never as Typst source; Typst's messages come back as NSK401/NSK402. One compiler per
 * templates and fonts folder, kept between calls.
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import { compilerFor, secondsFrom, trimCache } from './compiler.js';
import { fromTypst, type TypstDiagnostic } from './diagnostics.js';

/** Which template reads which data file. */
export interface JsonTemplate {
  /** Entry file, relative to templatesDir (e.g. "typst/matriks/main.typ"). */
  readonly main: string;
  /** Data file the template reads, relative to templatesDir (e.g. ".naskah-matriks/matriks.json"). */
  readonly data: string;
}

/** Where the templates and fonts are. */
export interface JsonTemplateOptions {
  readonly templatesDir: string;
  readonly fontsDir: string;
}

/** The PDF (null when the layout failed), Typst's diagnostics and the page count. */
export interface JsonTemplatePdf {
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
  pages: number;
}

/** Lays out `value` with `template`; `date` (ISO 8601) is the PDF's creation date. */
export function renderJsonTemplate(template: JsonTemplate, value: unknown, date: string, options: JsonTemplateOptions): JsonTemplatePdf {
  // The process's one Typst compiler (compiler.ts), shared with the documents' PDFs: fonts indexed once.
  const k = compilerFor(options.templatesDir, options.fontsDir);
  const { compiler } = k;
  const main = path.join(path.resolve(options.templatesDir), template.main);
  const root = path.dirname(path.resolve(options.templatesDir));
  compiler.mapShadow(path.join(path.resolve(options.templatesDir), template.data), Buffer.from(JSON.stringify(value)));
  try {
    const r = compiler.compile({ mainFilePath: main });
    const raw: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) if (e) raw.push(...(compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    const diagnostics = fromTypst(raw, root, main);
    if (!r.result || diagnostics.some((d) => d.severity === 'error')) return { bytes: null, diagnostics, pages: 0 };
    const pdf = compiler.pdf(r.result, { creationTimestamp: secondsFrom(date) });
    return { bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), diagnostics, pages: r.result.numOfPages };
  } finally {
    trimCache(k);
  }
}
