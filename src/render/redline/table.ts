/**
 * Tables of the redline (Lampiran tables, the lambang placeholder): rows are aligned by their text;
 * a row in both revisions is merged cell by cell, paragraph by paragraph; a row of one revision only
 * is marked inserted or deleted in its w:trPr with all its paragraphs (ECMA-376 §17.13.5).
 */
import { diffArrays } from 'diff';
import { changedParagraph, wholeParagraph } from './paragraph.js';
import type { RevisionMarks } from './marks.js';
import { attrsXml, child, elements, innerText, isNamed, toXml, type XElement } from '../ooxml/index.js';

/** A row with its row-properties mark, every paragraph of every cell wholly inserted or deleted. */
function wholeRow(tr: XElement, mode: 'ins' | 'del', rev: RevisionMarks): string {
  const trPr = child(tr, 'w:trPr');
  const mark = `<w:${mode}${rev.attrs()}/>`;
  const props = trPr ? `<w:trPr>${elements(trPr).filter((c) => !isNamed(c, 'w:trPrChange')).map(toXml).join('')}${mark}</w:trPr>` : `<w:trPr>${mark}</w:trPr>`;
  const cells = elements(tr).filter((c) => !isNamed(c, 'w:trPr') && !isNamed(c, 'w:tblPrEx')).map((c) => (isNamed(c, 'w:tc') ? wholeCell(c, mode, rev) : toXml(c)));
  return `<w:tr${attrsXml(tr)}>${props}${cells.join('')}</w:tr>`;
}

function wholeCell(tc: XElement, mode: 'ins' | 'del', rev: RevisionMarks): string {
  return `<w:tc${attrsXml(tc)}>${elements(tc).map((c) => (isNamed(c, 'w:p') ? wholeParagraph(c, mode, rev) : isNamed(c, 'w:tbl') ? wholeTable(c, mode, rev) : toXml(c))).join('')}</w:tc>`;
}

/** Paragraphs of two cells, paired in order; extra ones inserted or deleted. */
function changedCell(a: XElement, b: XElement, rev: RevisionMarks): string {
  const pa = elements(a, 'w:p');
  const pb = elements(b, 'w:p');
  const parts: string[] = [];
  for (const c of elements(b)) {
    if (!isNamed(c, 'w:p')) {
      parts.push(toXml(c));
      continue;
    }
    const i = pb.indexOf(c);
    const other = pa[i];
    parts.push(other ? (toXml(other) === toXml(c) ? toXml(c) : changedParagraph(other, c, rev)) : wholeParagraph(c, 'ins', rev));
  }
  // Deleted paragraphs go before the last one: a cell must end with a paragraph of revision B.
  const extra = pa.slice(pb.length).map((p) => wholeParagraph(p, 'del', rev));
  if (extra.length > 0) parts.splice(Math.max(0, parts.length - 1), 0, ...extra);
  return `<w:tc${attrsXml(b)}>${parts.join('')}</w:tc>`;
}

function changedRow(a: XElement, b: XElement, rev: RevisionMarks): string {
  const ca = elements(a, 'w:tc');
  const cb = elements(b, 'w:tc');
  if (ca.length !== cb.length) return wholeRow(a, 'del', rev) + wholeRow(b, 'ins', rev);
  let i = 0;
  return `<w:tr${attrsXml(b)}>${elements(b).map((c) => (isNamed(c, 'w:tc') ? changedCell(ca[i++]!, c, rev) : toXml(c))).join('')}</w:tr>`;
}

/** A table of one revision only. */
export function wholeTable(tbl: XElement, mode: 'ins' | 'del', rev: RevisionMarks): string {
  return `<w:tbl${attrsXml(tbl)}>${elements(tbl).map((c) => (isNamed(c, 'w:tr') ? wholeRow(c, mode, rev) : toXml(c))).join('')}</w:tbl>`;
}

/** A table of both revisions whose XML differs. */
export function changedTable(a: XElement, b: XElement, rev: RevisionMarks): string {
  const ra = elements(a, 'w:tr');
  const rb = elements(b, 'w:tr');
  const head = elements(b).filter((c) => !isNamed(c, 'w:tr')).map(toXml).join('');
  const key = (r: XElement): string => innerText(r);
  const rows: string[] = [];
  let removed: XElement[] = [];
  const changes = diffArrays(ra.map(key), rb.map(key));
  let ia = 0;
  let ib = 0;
  for (const c of changes) {
    if (c.removed) {
      removed = ra.slice(ia, ia + c.count);
      ia += c.count;
      continue;
    }
    if (c.added) {
      const added = rb.slice(ib, ib + c.count);
      ib += c.count;
      // Replaced rows pair up one to one and are merged cell by cell.
      added.forEach((r, i) => rows.push(removed[i] ? changedRow(removed[i]!, r, rev) : wholeRow(r, 'ins', rev)));
      rows.push(...removed.slice(added.length).map((r) => wholeRow(r, 'del', rev)));
      removed = [];
      continue;
    }
    rows.push(...removed.map((r) => wholeRow(r, 'del', rev)));
    removed = [];
    for (let k = 0; k < c.count; k++) {
      const x = ra[ia++]!;
      const y = rb[ib++]!;
      rows.push(toXml(x) === toXml(y) ? toXml(y) : changedRow(x, y, rev));
    }
  }
  rows.push(...removed.map((r) => wholeRow(r, 'del', rev)));
  return `<w:tbl${attrsXml(b)}>${head}${rows.join('')}</w:tbl>`;
}
