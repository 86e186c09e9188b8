/**
 * redline.docx: revision B as the ordinary DOCX renderer lays it out, with revision A merged in as real
 * Word tracked changes (w:ins, w:del, w:moveFrom/w:moveTo, w:pPrChange) carrying an author and a date.
 * Accepting every change gives B's text, rejecting every change gives A's. Both revisions are rendered
 * from tagged copies of their IRs (tag.ts) so paragraphs can be matched to units by stable id.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { Comparison } from '../../diff/compare.js';
import { imagePaths } from '../../ir/image-paths.js';
import type { Dokumen } from '../../ir/types.js';
import { readFiles } from '../../util/read-files.js';
import { w3cDate, zipParts } from '../matriks/docx-package.js';
import { readBody, type Body, type Keying } from './blocks.js';
import { keying, mergeBodies } from './merge.js';
import { RevisionMarks } from './marks.js';
import { tagIr } from './tag.js';

/** Who and when the changes are attributed to, and where each revision's images are. */
export interface RedlineOptions {
  /** Project roots against which image paths in the IRs are read (a snapshot or git copy may differ). */
  readonly root: { readonly a: string; readonly b: string };
  readonly author: string;
  /** ISO date of revision B. */
  readonly date: string;
}

/** The images of an IR read from its revision's root; an unreadable one gets the renderer's marked placeholder. */
const readImages = (ir: Dokumen, root: string): Map<string, Uint8Array> => readFiles(root, imagePaths(ir)).read;

/** Renders a (tagged) document with the ordinary DOCX renderer; its package parts, unzipped. */
async function docx(ir: Dokumen, images: Map<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  if (ir.jenis === 'buku-pedoman') {
    const { renderBukuDocxParts } = await import('../docx/buku.js');
    return renderBukuDocxParts(ir, { images });
  }
  const { renderDocxParts } = await import('../docx/index.js');
  return renderDocxParts(ir, { images });
}

/** Renders one revision (tagged) and reads its document.xml into keyed blocks; its other parts, unzipped. */
async function revision(ir: Dokumen, nodeKeys: Parameters<typeof tagIr>[1], root: string, keys: Keying): Promise<{ body: Body; parts: Record<string, Uint8Array> }> {
  const tagged = tagIr(ir, nodeKeys);
  const parts = await docx(tagged.ir, readImages(ir, root));
  const document = parts['word/document.xml']!;
  delete parts['word/document.xml'];
  return { body: readBody(strFromU8(document), tagged.tags, keys), parts };
}

/** Renders the redline of revision A → revision B. */
export async function renderRedline(d: Comparison, irA: Dokumen, irB: Dokumen, options: RedlineOptions): Promise<Uint8Array> {
  const keys = keying(d);
  const rev = new RevisionMarks(options.author, w3cDate(options.date));
  // One revision at a time, kept as the blocks of its body only (issue 11): of A nothing else is kept,
  // and A's tagged IR and DOCX parts can be collected before B is rendered.
  const { body: a } = await revision(irA, d.a.nodeKeys, options.root.a, keys.a);
  const B = await revision(irB, d.b.nodeKeys, options.root.b, keys.b);
  const merged = mergeBodies(a.blocks, B.body.blocks, rev);
  const b = B.body;
  const xml = `${b.prolog}<${b.rootName}${b.rootAttrs}><w:body>${merged}${b.sectPr}</w:body></${b.rootName}>${b.epilog}`;
  const parts: Record<string, Uint8Array> = { ...B.parts, 'word/document.xml': strToU8(xml) };
  // Headers and footers carry no unit text but may still hold markers (none today); strip defensively.
  for (const name of Object.keys(parts)) {
    if (/^word\/(header|footer)\d*\.xml$/.test(name)) parts[name] = strToU8(strFromU8(parts[name]!).replace(/\uE000\d+\uE001/g, ''));
  }
  return zipParts(parts);
}
