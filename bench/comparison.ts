/**
 * The route drafters take today (issue 8): pandoc turns Markdown into DOCX, LibreOffice turns that
 * DOCX into PDF. Detects both, writes an F4 reference.docx (215 × 330 mm, Bookman Old Style 12 pt,
 * the margins of src/render/docx/measure.ts) so both routes lay out the same page, and runs them with
 * a private LibreOffice profile (a running LibreOffice or another user's profile never interferes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { measure, type Run } from './measure.js';

/** Which external tools are installed, with their versions. */
export interface ExternalTools {
  readonly pandoc: string | null;
  readonly soffice: string | null;
}

function version(cmd: string, args: readonly string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error || r.status !== 0) return null;
  return (r.stdout.split('\n').find((l) => l.trim() !== '') ?? '').trim() || null;
}

/** Looks for pandoc and LibreOffice (soffice) on the PATH. */
export function findExternalTools(): ExternalTools {
  return { pandoc: version('pandoc', ['--version']), soffice: version('soffice', ['--version']) };
}

const CM = 567;
const SECT_PR = `<w:sectPr><w:pgSz w:w="${Math.round(21.5 * CM)}" w:h="${33 * CM}"/><w:pgMar w:top="${2 * CM}" w:right="${2 * CM}" w:bottom="${2 * CM}" w:left="${3 * CM}" w:header="${CM}" w:footer="${CM}" w:gutter="0"/></w:sectPr>`;
const FONT = 'Bookman Old Style';

/** Writes pandoc's reference.docx changed to F4 and Bookman Old Style 12 pt; returns its path. */
export function writeReferenceDocx(dir: string): string {
  const r = spawnSync('pandoc', ['--print-default-data-file', 'reference.docx'], { maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0 || !r.stdout) throw new Error(`pandoc --print-default-data-file gagal: ${String(r.stderr)}`);
  const parts = unzipSync(new Uint8Array(r.stdout));
  const doc = parts['word/document.xml'];
  const styles = parts['word/styles.xml'];
  if (!doc || !styles) throw new Error('reference.docx pandoc tidak memuat document.xml/styles.xml');
  parts['word/document.xml'] = strToU8(strFromU8(doc).replace(/<w:sectPr\s*\/>|<w:sectPr>[\s\S]*?<\/w:sectPr>/, SECT_PR));
  parts['word/styles.xml'] = strToU8(strFromU8(styles).replace(/<w:rFonts [^>]*Theme[^>]*\/>/g, `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}" />`));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'reference-f4.docx');
  writeFileSync(path, zipSync(parts, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') }));
  return path;
}

/** pandoc md → docx. */
export function pandocToDocx(markdown: string, docx: string, referenceDocx: string, cwd: string): Run {
  return measure({ cmd: 'pandoc', args: ['-f', 'markdown', '-t', 'docx', `--reference-doc=${referenceDocx}`, '-o', docx, markdown], cwd });
}

/** LibreOffice docx → pdf (several files in one process), headless, with a private profile. */
export function libreOfficeToPdf(docx: readonly string[], outDir: string, profileDir: string, cwd: string): Run {
  mkdirSync(outDir, { recursive: true });
  return measure({ cmd: 'soffice', args: [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docx], cwd });
}

/** Pages of a PDF written by LibreOffice (uncompressed page objects); null when they cannot be counted. */
export function countPdfPages(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes).toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  return count > 0 ? count : null;
}
