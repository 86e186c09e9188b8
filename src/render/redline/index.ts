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
import { mergeBodies } from './merge.js';
import { RevisionMarks } from './marks.js';
import { tagIr } from './tag.js';
import { attrsXml, child, elements, parseXml, toXml, type XElement } from '../ooxml/index.js';

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

function body(root: XElement): XElement {
  const b = child(root, 'w:body');
  if (!b) throw new Error('document.xml tanpa w:body');
  return b;
}

/** Renders the redline of revision A → revision B. */
export async function renderRedline(d: Comparison, irA: Dokumen, irB: Dokumen, options: RedlineOptions): Promise<Uint8Array> {
  const ta = tagIr(irA, d.a.nodeKeys);
  const tb = tagIr(irB, d.b.nodeKeys);
  // Of revision A only its document.xml is read: the other parts are dropped at once.
  const docA = parseXml(strFromU8((await docx(ta.ir, readImages(irA, options.root.a)))['word/document.xml']!), 'word/document.xml');
  const partsB = await docx(tb.ir, readImages(irB, options.root.b));
  const docB = parseXml(strFromU8(partsB['word/document.xml']!), 'word/document.xml');
  const rev = new RevisionMarks(options.author, w3cDate(options.date));
  const merged = mergeBodies(d, body(docA.root), ta.tags, body(docB.root), tb.tags, rev);
  const sectPr = elements(body(docB.root), 'w:sectPr').map(toXml).join('');
  const root = docB.root;
  const prolog = docB.declaration + docB.before.map(toXml).join('');
  const xml = `${prolog}<${root.name}${attrsXml(root)}><w:body>${merged}${sectPr}</w:body></${root.name}>${docB.after.map(toXml).join('')}`;
  const parts: Record<string, Uint8Array> = { ...partsB, 'word/document.xml': strToU8(xml) };
  // Headers and footers carry no unit text but may still hold markers (none today); strip defensively.
  for (const name of Object.keys(parts)) {
    if (/^word\/(header|footer)\d*\.xml$/.test(name)) parts[name] = strToU8(strFromU8(parts[name]!).replace(/\uE000\d+\uE001/g, ''));
  }
  return zipParts(parts);
}
