/**
 * Kop naskah dinas jabatan on the first page: the lambang (Garuda) centred at the top, then the kop
 * lines in bold capitals (RULES.md TN-KOP-01, TN-KOP-03; Appendix A.1).
 */

import type { FileChild } from 'docx';
import type { Kop } from '../../ir/types.js';
import type { RenderContext } from './context.js';
import { fitSize, imageInfo, imageRun, placeholderBox } from './images.js';
import { cm, cmToPx, pt } from './measure.js';
import { para } from './paragraph.js';

/** Height of the lambang on the page. */
const LAMBANG_HEIGHT_CM = 2.8;

/** The lambang picture, or a marked placeholder when the IR has none or the caller did not supply its bytes. */
function lambang(kop: Kop, ctx: RenderContext): FileChild {
  const data = kop.lambang !== null ? ctx.images.get(kop.lambang) : undefined;
  const info = data ? imageInfo(data) : null;
  if (kop.lambang === null || !data || !info) {
    // A copy that leaves the office keeps the place blank, never placeholder text (review B2).
    return kop.lambangKosong === true ? placeholderBox([], cm(3), cm(LAMBANG_HEIGHT_CM), false) : placeholderBox(['LAMBANG', '(belum tersedia)'], cm(3), cm(LAMBANG_HEIGHT_CM));
  }
  const size = fitSize(info, cmToPx(5), cmToPx(LAMBANG_HEIGHT_CM), Number.POSITIVE_INFINITY);
  return para('Lambang', [imageRun(ctx, kop.lambang, data, info, size, 'Lambang')]);
}

/** The kop block. */
export function renderKop(kop: Kop, ctx: RenderContext): FileChild[] {
  return [lambang(kop, ctx), ...kop.baris.map((line, i) => para('Kop', [line], i === 0 ? { before: pt(4) } : {}))];
}
