/**
 * `naskah review import`: a reviewer's DOCX against the document's current sources. The document is
 * loaded and rendered to DOCX as `naskah build` would (the reference for "what naskah wrote"), the
 * reviewed DOCX is opened within the limits of unzip.ts and read with the OOXML reader, and every remark is
 * reported against its unit and source position (compare.ts). Nothing is written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentIndex } from '../ir-index/document.js';
import type { BukuPedoman, Naskah } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { loadYaml } from '../load/yaml-source.js';
import { loadDocument } from '../pipeline/load-document.js';
import { renderDocument } from '../pipeline/render-document.js';
import { compareReview, type Finding } from './compare.js';
import { readReviewed, XmlError, type ReviewedDocx } from './read-docx.js';
import { DocxOpenError, openDocx } from './unzip.js';
import { pedomanUnits, reviewUnits } from './units.js';

/** A refusal with its code (exit 1). */
export class ReviewError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
    /** Where in another file than the DOCX the fault is (a tanggapan file). */
    readonly at?: { readonly file: string; readonly line: number; readonly column: number },
  ) {
    super(message);
  }
}

export interface ReviewResult {
  readonly id: string;
  readonly docx: string;
  readonly findings: Finding[];
  /** Reviewed paragraphs matched to naskah's, and how many of them by bookmark. */
  readonly matched: number;
  readonly bookmarked: number;
  readonly paragraphs: number;
  /** The document as its sources stand (for the reply table's title and place). */
  readonly ir: Naskah | BukuPedoman;
}

const PARTS = ['word/document.xml', 'word/comments.xml'];

/** Reads a DOCX file into paragraphs and comments, or throws a ReviewError. */
export function readDocxFile(bytes: Uint8Array): ReviewedDocx {
  try {
    const parts = openDocx(bytes, PARTS);
    return readReviewed(parts.get('word/document.xml')!, parts.get('word/comments.xml'));
  } catch (e) {
    if (e instanceof DocxOpenError) throw new ReviewError(e.code, e.message, HINTS[e.code]);
    if (e instanceof XmlError) throw new ReviewError('NSK622', `DOCX rusak: ${e.message}.`, HINTS.NSK622);
    throw e;
  }
}

const HINTS = {
  NSK621: 'Simpan ulang berkas dari Word atau LibreOffice sebagai "Word Document (.docx)".',
  NSK622: 'Minta peninjau mengirim ulang berkasnya, atau buka dan simpan ulang di Word.',
  NSK623: 'Minta peninjau menghapus kata sandi dokumen lalu mengirim ulang.',
  NSK624: 'Berkas ini tidak dibuka; minta DOCX asli dari peninjau.',
} as const;

/** Compares the reviewed DOCX at `docxPath` with document `id` as naskah writes it today. */
export async function importReview(paths: ProjectPaths, id: string, docxPath: string, displayName: string, date: string): Promise<ReviewResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(docxPath);
  } catch {
    throw new ReviewError('NSK621', `Berkas ${displayName} tidak dapat dibaca.`, 'Periksa jalur berkas DOCX.');
  }
  const reviewed = readDocxFile(bytes);
  const loaded = loadDocument(paths, id, { date, strict: false });
  if (!loaded.ir) throw new ReviewError('NSK625', `Dokumen ${id} memuat galat; ulasan tidak dapat dibandingkan.`, `Jalankan \`naskah check ${id}\` dan perbaiki galatnya dahulu.`);
  const ir = loaded.ir;
  const rendered = await renderDocument(ir, paths, ['docx']);
  const fresh = [...rendered.files].find(([p]) => p.endsWith('.docx'))?.[1];
  if (!fresh) throw new ReviewError('NSK625', `DOCX dokumen ${id} tidak dapat disusun untuk pembanding.`, `Jalankan \`naskah build ${id}\` untuk melihat galatnya.`);
  const own = readDocxFile(fresh);
  let units;
  if (ir.jenis === 'buku-pedoman') units = pedomanUnits(ir, paths.root);
  else {
    const { source } = loadYaml(join(paths.content, id, 'naskah.yaml'), paths.root);
    const index = new DocumentIndex({ ir, source, file: source?.file ?? `content/${id}/naskah.yaml` });
    units = reviewUnits(ir, index.texts);
  }
  const { findings, matched, bookmarked, unitMatched } = compareReview(reviewed, own, units);
  const paragraphs = reviewed.paragraphs.filter((p) => p.original.trim() !== '').length;
  // Kop, judul and formulas are the same in every Peraturan: only a matched unit shows it is this document.
  if (bookmarked === 0 && unitMatched === 0) {
    throw new ReviewError('NSK625', `${displayName} bukan DOCX dokumen ${id}: tidak ada penanda unit naskah, dan tidak satu pun unit (Pasal, ayat, huruf, diktum, alinea) yang teksnya cocok (${matched} dari ${paragraphs} paragraf lain cocok).`, `Periksa id dokumen; \`naskah review import <id> <berkas.docx>\` membandingkan DOCX dengan content/<id>/.`);
  }
  return { id, docx: displayName, findings, matched, bookmarked, paragraphs, ir };
}
