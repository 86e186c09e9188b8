/**
 * Lampiran: each one a new section starting on a new page, its header block at the top right, its name
 * centred, then its blocks (headings, prose, lists, tables, figures, page breaks with orientation) and
 * the Bupati's signature at the end (RULES.md TN-LMP-01…06, TN-PED-03, TN-PED-06; Appendix A.3).
 *
 * A `halaman-baru` block closes the current section and opens one in the requested orientation.
 * Prose and lists are indented to the text edge of the last heading ("A.⇥Latar Belakang").
 */

import { TextRun, type FileChild, type ISectionOptions } from 'docx';
import type { LampiranStyle } from '../../ir/house-style.js';
import type { BlokLampiran, Lampiran } from '../../ir/types.js';
import type { RenderContext } from './context.js';
import { svgImageKey } from '../image-key.js';
import { fitSize, imageInfo, imageRun, placeholderBox } from './images.js';
import { inlineRuns } from './inline.js';
import { cm, cmToPx, LAMPIRAN_KEPALA_LEFT, pt, RINCIAN_STEP, textHeight, textWidth, type Orientation } from './measure.js';
import { textWidthTwips } from './metrics.js';
import { sectionProperties, type SectionStart } from './page.js';
import { para, TAB } from './paragraph.js';
import { renderPenetapan } from './penutup.js';
import { renderRincian } from './rincian.js';
import { GAP, subjudulStyle } from './styles.js';
import { renderTabel } from './tabel.js';

type Judul = Extract<BlokLampiran, { kind: 'judul' }>;
type Gambar = Extract<BlokLampiran, { kind: 'gambar' }>;

const twipsToPx = (twips: number): number => twips / 15;

/** A heading: level 1 "BAB I" + title centred; deeper levels "label⇥title" hanging one step per level. */
function renderJudulBlok(blok: Judul): FileChild[] {
  if (blok.level <= 1) {
    // One paragraph with a line break, so Word's navigation pane and the TOC show "BAB I PENDAHULUAN".
    return [para('LampiranBabLabel', [blok.label, new TextRun({ break: 1, text: blok.judul })])];
  }
  const text = (blok.level - 1) * RINCIAN_STEP;
  const style = subjudulStyle(blok.level);
  if (blok.label === '') return [para(style, [blok.judul], { left: text - RINCIAN_STEP, hanging: 0, tabs: [] })];
  return [para(style, [blok.label, TAB, blok.judul], { left: text, hanging: RINCIAN_STEP, tabs: [text] })];
}

/** Text edge after a heading, where the following prose and lists start. */
function indentAfter(blok: Judul): number {
  return blok.level <= 1 ? 0 : (blok.level - 1) * RINCIAN_STEP;
}

/** A figure with its caption below; a marked placeholder when the caller did not supply the image. */
function renderGambar(blok: Gambar, ctx: RenderContext, orientation: Orientation): FileChild[] {
  const caption = para('KeteranganGambar', [[blok.label, blok.judul].filter((s) => s !== '').join(' ')]);
  // A generated figure carries its SVG inline; the caller supplies it (and its PNG) under "#svg/<id>".
  const key = blok.svg ? svgImageKey(blok.id) : blok.path;
  const data = ctx.images.get(key);
  const info = data ? imageInfo(data) : null;
  if (!data || !info) {
    const name = blok.path.split(/[\\/]/).pop() ?? blok.path;
    const width = blok.lebarMm !== null ? cm(blok.lebarMm / 10) : cm(8);
    return [placeholderBox(['GAMBAR (belum tersedia)', name], Math.min(width, textWidth(orientation)), cm(5)), caption];
  }
  const wanted = blok.lebarMm !== null ? cmToPx(blok.lebarMm / 10) : info.widthPx;
  const size = fitSize(info, twipsToPx(textWidth(orientation)), twipsToPx(textHeight(orientation)) * 0.85, wanted);
  return [para('Gambar', [imageRun(ctx, key, data, info, size, blok.label || 'Gambar')]), caption];
}

/**
 * Sections holding `head`, then the blocks, then `tail`; a `halaman-baru` block closes the current section
 * and opens one in the requested orientation. Shared by the Lampiran and the standalone Buku Pedoman.
 */
export function renderBlokSections(isi: readonly BlokLampiran[], ctx: RenderContext, first: SectionStart, head: FileChild[], tail: readonly FileChild[]): ISectionOptions[] {
  const sections: ISectionOptions[] = [];
  let start = first;
  let children: FileChild[] = head;
  let indent = 0;

  const close = (): void => {
    sections.push({ properties: sectionProperties(start), children: children.length > 0 ? children : [para('Normal', [])] });
    children = [];
  };

  for (const blok of isi) {
    switch (blok.kind) {
      case 'judul':
        children.push(...renderJudulBlok(blok));
        indent = indentAfter(blok);
        break;
      case 'alinea':
        children.push(para('LampiranAlinea', inlineRuns(blok.isi), { left: indent }));
        break;
      case 'daftar':
        children.push(...renderRincian(blok.butir, indent));
        break;
      case 'tabel':
        children.push(...renderTabel(blok, textWidth(start.orientation)));
        break;
      case 'gambar':
        children.push(...renderGambar(blok, ctx, start.orientation));
        break;
      case 'halaman-baru':
        close();
        start = { orientation: blok.orientasi, titlePage: false, newPage: true, restartNumbering: false };
        break;
    }
  }
  children.push(...tail);
  close();
  return sections;
}

/**
 * The header block at the top right. "NOMOR : …" / "TANGGAL : …" (house style with colons) keep their
 * colons in one column, a tab stop past the wider key, as in the PDF.
 */
function kepalaLines(kepala: readonly string[]): FileChild[] {
  const keyed = kepala.map((line) => /^(NOMOR|TANGGAL) : (.*)$/.exec(line));
  const keyWidth = Math.max(0, ...keyed.map((m) => (m ? textWidthTwips(`${m[1]!} `) : 0)));
  const colon = LAMPIRAN_KEPALA_LEFT + keyWidth;
  return kepala.map((line, i) => {
    const m = keyed[i];
    return m ? para('LampiranKepala', [m[1]!, TAB, `: ${m[2]!}`], { tabs: [colon] }) : para('LampiranKepala', [line]);
  });
}

/**
 * The sections of one lampiran, its header block already in the house style. Its page numbers start
 * again at 1 or continue the body's, and its first page shows its number or not, as `style` says
 * (TN-LMP-05; the same switches as the PDF).
 */
export function renderLampiran(lampiran: Lampiran, ctx: RenderContext, style: LampiranStyle): ISectionOptions[] {
  const head: FileChild[] = kepalaLines(lampiran.kepala);
  const lastJudul = lampiran.judul.length - 1;
  head.push(...lampiran.judul.map((line, i) => para('LampiranJudul', [line], { before: i === 0 ? pt(13) : undefined, after: i === lastJudul ? pt(7.2) : undefined })));
  return renderBlokSections(lampiran.isi, ctx, { orientation: 'potret', titlePage: !style.nomorHalamanPertama, newPage: true, restartNumbering: style.nomorHalaman === 'ulang' }, head, renderPenetapan(lampiran.penandatangan, GAP.bab));
}
