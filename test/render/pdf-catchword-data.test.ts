/**
 * Catchword data computed in TypeScript (src/render/pdf/catchword-data.ts, issue 11): the words a
 * catchword announces and the whitespace-collapsed pieces of unmarked paragraphs ride on the IR
 * the layout reads. The PDF must be byte for byte the one the template makes when it computes them
 * itself (its fallback for run lists without the data), including runs with stray whitespace,
 * tabs, italic boundaries inside words, "-" and "/" and empty runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Inline, Naskah } from '../../src/ir/types.js';
import { catchwordData } from '../../src/render/pdf/catchword-data.js';
import { compilerFor } from '../../src/render/pdf/compiler.js';
import { renderPdf, type PdfOptions } from '../../src/render/pdf/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options: PdfOptions = { templatesDir: path.join(root, 'templates'), fontsDir: path.join(root, 'templates/fonts') };
const fixture = JSON.parse(readFileSync(path.join(root, 'test/render/fixtures-pdf/perbup-lampiran.json'), 'utf8')) as Naskah;

/** Removes every `cw` field from the JSON (the template then computes the same values itself). */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'cw') out[k] = strip(v);
  return out;
}

/** Renders `ir` with the `cw` data removed from ir.json before Typst sees it. */
async function withoutData(ir: Naskah): Promise<Uint8Array | null> {
  const k = compilerFor(options.templatesDir, options.fontsDir);
  const original = k.compiler.mapShadow.bind(k.compiler);
  let stripped = 0;
  k.compiler.mapShadow = ((file: string, bytes: Buffer) => {
    if (!file.endsWith('ir.json')) return original(file, bytes);
    stripped++;
    return original(file, Buffer.from(JSON.stringify(strip(JSON.parse(bytes.toString('utf8'))))));
  }) as typeof k.compiler.mapShadow;
  // The renderer skips files whose bytes it mapped before: forget them, so ir.json goes through the
  // patched mapShadow, and again afterwards, so the next render maps over the stripped file.
  k.mapped.clear();
  try {
    return (await renderPdf(ir, options)).bytes;
  } finally {
    k.mapped.clear();
    k.compiler.mapShadow = original;
    expect(stripped).toBe(1);
  }
}

/** The fixture with awkward runs in its first ayat and first rincian. */
function awkward(): Naskah {
  const ir = structuredClone(fixture) as unknown as { batangTubuh: { isi: { ayat: { isi: Inline[]; rincian: { isi: Inline[] }[] }[] }[] }[] };
  const ayat = ir.batangTubuh[0]!.isi[0]!.ayat[0]!;
  ayat.isi = [
    { kind: 'text', text: '  \tDalam  Peraturan ' },
    { kind: 'italic', text: ' \n' },
    { kind: 'italic', text: 'front office ' },
    { kind: 'text', text: '' },
    { kind: 'ref', text: 'Pasal 2', targets: [] },
    { kind: 'text', text: ' ini yang dimaksud   dengan:\t ' },
  ];
  ayat.rincian[0]!.isi = [{ kind: 'text', text: ' Daerah adalah Kabupaten\u00a0Purwakarta/kota - ' }, { kind: 'italic', text: 'e-KTP' }];
  return ir as unknown as Naskah;
}

describe('catchword data from TypeScript', () => {
  it('first words and collapsed pieces mirror the template', () => {
    const d = catchwordData([{ kind: 'text', text: ' \tSatu  dua ' }, { kind: 'italic', text: ' tiga' }, { kind: 'text', text: ' ' }]);
    expect(d).toEqual({ w1: 'Satu', w2: 'Satu dua', u: ['Satu dua ', ['tiga', true, null]] });
    // "-" and "/": cut as a marked paragraph, with a tag (null) after the first letter of a later word
    // holding one and after the first letter that follows "-" or "/" (unless it ends the word).
    expect(catchwordData([{ kind: 'text', text: 'a/b c' }])).toEqual({ w1: 'a/b', w2: 'a/b c', u: ['a/b', ' ', 'c'] });
    expect(catchwordData([{ kind: 'text', text: 'dan/atau  e-KTP ' }, { kind: 'italic', text: 'front-office' }])).toEqual({
      w1: 'dan/atau',
      w2: 'dan/atau e-KTP',
      u: ['dan/a', null, 'tau', ' ', 'e', null, '-K', null, 'TP', ' ', ['f', true, null], null, ['ront-o', true, null], null, ['ffice', true, null]],
    });
    expect(catchwordData([{ kind: 'text', text: '   ' }])).toEqual({ w1: '', w2: '', u: [] });
  });

  it('the PDF is byte-identical to the one the template makes without the data', async () => {
    for (const ir of [fixture, awkward()]) {
      const prepared = await renderPdf(ir, options);
      expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const own = await withoutData(ir);
      expect(own).not.toBeNull();
      expect(Buffer.from(prepared.bytes!).equals(Buffer.from(own!))).toBe(true);
    }
  }, 240_000);
});
