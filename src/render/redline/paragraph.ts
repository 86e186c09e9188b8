/**
 * Paragraphs of the redline: a paragraph present in both revisions gets word-level w:del/w:ins runs
 * (and a w:pPrChange when its formatting changed); a paragraph present in one revision only is wholly
 * inserted, deleted or moved, its paragraph mark included, so accepting every change gives revision B
 * and rejecting every change gives revision A exactly.
 */
import { diffArrays } from 'diff';
import { MARK_ELEMENT, type RevisionMarks, type MarkKind } from './marks.js';
import { attrsXml, child, elements, escapeText, innerText, innerXml, isNamed, toXml, type XElement } from '../ooxml/index.js';

/** A word, a space run, a punctuation mark, a tab, or anything else (kept as XML). */
interface Token {
  readonly kind: 't' | 'tab' | 'x';
  readonly text: string;
  /** Run properties XML ("" when none). */
  readonly rPr: string;
  /** False for paragraph children that are not runs (bookmarks): never wrapped in marks. */
  readonly inRun: boolean;
}

const WORD = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function runTokens(r: XElement, out: Token[]): void {
  const rPrEl = child(r, 'w:rPr');
  const rPr = rPrEl ? toXml(rPrEl) : '';
  for (const c of elements(r)) {
    if (isNamed(c, 'w:rPr')) continue;
    if (isNamed(c, 'w:t')) {
      const text = innerText(c);
      for (const w of text.match(WORD) ?? []) out.push({ kind: 't', text: w, rPr, inRun: true });
    } else if (isNamed(c, 'w:tab')) out.push({ kind: 'tab', text: '\t', rPr, inRun: true });
    else out.push({ kind: 'x', text: toXml(c), rPr, inRun: true });
  }
}

/** The tokens of a paragraph's content (everything but w:pPr). */
function tokens(p: XElement): Token[] {
  const out: Token[] = [];
  const walk = (parent: XElement): void => {
    for (const c of elements(parent)) {
      if (isNamed(c, 'w:pPr')) continue;
      if (isNamed(c, 'w:r')) runTokens(c, out);
      else if (isNamed(c, 'w:hyperlink') || isNamed(c, 'w:smartTag') || isNamed(c, 'w:fldSimple')) walk(c);
      else out.push({ kind: 'x', text: toXml(c), rPr: '', inRun: false });
    }
  };
  walk(p);
  return out;
}

/** Writes runs for tokens all carrying the same change. */
function runs(list: readonly Token[], mode: 'same' | MarkKind, rev: RevisionMarks): string {
  let out = '';
  let group: Token[] = [];
  const textEl = mode === 'del' ? 'w:delText' : 'w:t';
  const flush = (): void => {
    if (group.length === 0) return;
    let content = '';
    let text = '';
    const flushText = (): void => {
      if (text !== '') content += `<${textEl} xml:space="preserve">${escapeText(text)}</${textEl}>`;
      text = '';
    };
    for (const t of group) {
      if (t.kind === 't') text += t.text;
      else {
        flushText();
        content += t.kind === 'tab' ? '<w:tab/>' : t.text;
      }
    }
    flushText();
    const run = `<w:r>${group[0]!.rPr}${content}</w:r>`;
    out += mode === 'same' ? run : `<${MARK_ELEMENT[mode]}${rev.attrs()}>${run}</${MARK_ELEMENT[mode]}>`;
    group = [];
  };
  for (const t of list) {
    if (!t.inRun) {
      flush();
      // Bookmarks and the like are kept where the paragraph survives, dropped from removed text.
      if (mode === 'same' || mode === 'ins' || mode === 'moveTo') out += t.text;
      continue;
    }
    // Removed pictures would point at relationships of revision A's package, which the redline does not carry.
    if ((mode === 'del' || mode === 'moveFrom') && t.kind === 'x' && /\br:(embed|id|link)=/.test(t.text)) continue;
    if (group.length > 0 && group[0]!.rPr !== t.rPr) flush();
    group.push(t);
  }
  flush();
  return out;
}

/** Paragraph properties with a paragraph-mark change, optionally without a section break, plus a pPrChange. */
function pPrWith(pPr: XElement | undefined, mark: string, options: { dropSectPr?: boolean; change?: string } = {}): string {
  const kids = pPr ? elements(pPr).filter((c) => !(options.dropSectPr && isNamed(c, 'w:sectPr'))) : [];
  let body = '';
  let placed = mark === '';
  for (const c of kids) {
    if (!placed && isNamed(c, 'w:rPr')) {
      body += `<w:rPr>${mark}${innerXml(c)}</w:rPr>`;
      placed = true;
      continue;
    }
    if (!placed && (isNamed(c, 'w:sectPr') || isNamed(c, 'w:pPrChange'))) {
      body += `<w:rPr>${mark}</w:rPr>`;
      placed = true;
    }
    body += toXml(c);
  }
  if (!placed) body += `<w:rPr>${mark}</w:rPr>`;
  if (options.change) body += options.change;
  return body === '' ? '' : `<w:pPr>${body}</w:pPr>`;
}

/** pPr content that describes formatting (no mark, no section break, no earlier change). */
function formatting(pPr: XElement | undefined): string {
  return pPr ? elements(pPr).filter((c) => !isNamed(c, 'w:rPr') && !isNamed(c, 'w:sectPr') && !isNamed(c, 'w:pPrChange')).map(toXml).join('') : '';
}

function open(p: XElement): string {
  return `<w:p${attrsXml(p)}>`;
}

/** Move range markers to put inside a paragraph. */
export interface RangeMarkers {
  readonly start?: string;
  readonly end?: string;
}

/** A paragraph of one revision only: every run and the paragraph mark carry `mode`. */
export function wholeParagraph(p: XElement, mode: MarkKind, rev: RevisionMarks, range: RangeMarkers = {}): string {
  const pPr = child(p, 'w:pPr');
  const removed = mode === 'del' || mode === 'moveFrom';
  return `${open(p)}${pPrWith(pPr, `<${MARK_ELEMENT[mode]}${rev.attrs()}/>`, { dropSectPr: removed })}${range.start ?? ''}${runs(tokens(p), mode, rev)}${range.end ?? ''}</w:p>`;
}

/** A paragraph of both revisions whose XML differs: word-level changes, formatting change recorded. */
export function changedParagraph(a: XElement, b: XElement, rev: RevisionMarks): string {
  const ta = tokens(a);
  const tb = tokens(b);
  const same = (x: Token, y: Token): boolean => x.kind === y.kind && x.text === y.text;
  let body = '';
  for (const c of diffArrays(ta, tb, { comparator: same })) body += runs(c.value, c.added ? 'ins' : c.removed ? 'del' : 'same', rev);
  const pa = child(a, 'w:pPr');
  const pb = child(b, 'w:pPr');
  const fa = formatting(pa);
  const change = fa !== formatting(pb) ? `<w:pPrChange${rev.attrs()}><w:pPr>${fa}</w:pPr></w:pPrChange>` : undefined;
  return `${open(b)}${pPrWith(pb, '', change ? { change } : {})}${body}</w:p>`;
}
