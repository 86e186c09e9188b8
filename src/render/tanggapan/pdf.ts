/**
 * tanggapan.pdf: the reply table "Tanggapan atas masukan" laid out by templates/typst/tanggapan
 * (landscape F4, TeX Gyre Bonum), the table going in as JSON data, never as Typst source; Typst's
 * messages come back as NSK401/NSK402.
 */
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Diagnostic } from '../../diagnostics/types.js';
import { fromTypst, type TypstDiagnostic } from '../pdf/diagnostics.js';
import { bindNumbers } from '../typography.js';
import type { Tanggapan } from './model.js';

/** Entry file, relative to templatesDir. */
export const TANGGAPAN_TEMPLATE = 'typst/tanggapan/main.typ';
/** Shadow folder (inside the workspace) where the data is mapped. */
const FOLDER = '.naskah-tanggapan';

let cache: { readonly key: string; readonly compiler: NodeCompiler } | null = null;

function compilerFor(templatesDir: string, fontsDir: string): NodeCompiler {
  const key = `${path.resolve(templatesDir)}\u0000${path.resolve(fontsDir)}`;
  if (cache?.key !== key) cache = { key, compiler: NodeCompiler.create({ workspace: path.resolve(templatesDir), fontArgs: [{ fontPaths: [path.resolve(fontsDir)] }] }) };
  return cache.compiler;
}

/** Renders the reply table as PDF (null bytes when the layout failed) with Typst's diagnostics. */
export function renderTanggapanPdf(t: Tanggapan, options: { readonly templatesDir: string; readonly fontsDir: string }): { bytes: Uint8Array | null; diagnostics: Diagnostic[]; pages: number } {
  const compiler = compilerFor(options.templatesDir, options.fontsDir);
  const main = path.join(path.resolve(options.templatesDir), TANGGAPAN_TEMPLATE);
  const root = path.dirname(path.resolve(options.templatesDir));
  // The printed copy binds "Pasal 3" with U+00A0, as the regulation itself (render/typography.ts).
  const printed: Tanggapan = { ...t, rows: t.rows.map((r) => ({ ...r, pasal: bindNumbers(r.pasal) })) };
  compiler.mapShadow(path.join(path.resolve(options.templatesDir), FOLDER, 'tanggapan.json'), Buffer.from(JSON.stringify(printed)));
  try {
    const r = compiler.compile({ mainFilePath: main });
    const raw: TypstDiagnostic[] = [];
    for (const e of [r.takeWarnings(), r.takeError()]) if (e) raw.push(...(compiler.fetchDiagnostics(e) as TypstDiagnostic[]));
    const diagnostics = fromTypst(raw, root, main);
    if (!r.result || diagnostics.some((d) => d.severity === 'error')) return { bytes: null, diagnostics, pages: 0 };
    const seconds = Math.floor(Date.parse(t.date) / 1000);
    const pdf = compiler.pdf(r.result, { creationTimestamp: Number.isFinite(seconds) ? seconds : 0 });
    return { bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), diagnostics, pages: r.result.numOfPages };
  } finally {
    compiler.evictCache(10);
  }
}
