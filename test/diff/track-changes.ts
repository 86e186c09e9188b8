/**
 * Word's "Accept All Changes" and "Reject All Changes" applied to a document.xml, written independently
 * of the redline code, and the paragraph texts of a document.xml (tables included, in document order).
 */

/** A paragraph's text and whether its paragraph mark was removed (then it joins the next paragraph). */
interface Para {
  readonly text: string;
  readonly markRemoved: boolean;
}

const TEXT = /<w:(t|delText)(?:\s[^>]*)?>([\s\S]*?)<\/w:\1>|<w:tab\/>|<w:(t|delText)(?:\s[^>]*)?\/>/g;

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function paraText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(TEXT)) out += m[0] === '<w:tab/>' ? '\t' : unescape(m[2] ?? '');
  return out;
}

/** Removes wrapper elements `name` with their content (non-nesting run-level wrappers). */
const dropWrapped = (xml: string, name: string): string => xml.replace(new RegExp(`<${name}\\b[^>]*[^/]>[\\s\\S]*?</${name}>`, 'g'), '');
/** Removes the tags of wrapper elements `name`, keeping their content. */
const unwrap = (xml: string, name: string): string => xml.replace(new RegExp(`<${name}\\b[^>]*[^/]>|</${name}>`, 'g'), '');

/** Rows of a table marked with a self-closing `mark` in w:trPr are removed. */
function dropRows(xml: string, mark: string): string {
  return xml.replace(/<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g, (row) => {
    const trPr = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(row)?.[1] ?? '';
    return new RegExp(`<${mark}\\b[^>]*/>`).test(trPr) ? '' : row;
  });
}

function paragraphs(xml: string, removedMarks: readonly string[]): Para[] {
  const body = xml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '').replace(/<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
  const out: Para[] = [];
  for (const m of body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>|<w:p\b[^>]*\/>/g)) {
    const inner = m[1] ?? '';
    const pPr = /^<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const markRPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pPr.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/, ''))?.[1] ?? '';
    const markRemoved = removedMarks.some((mark) => new RegExp(`<${mark}\\b[^>]*/>`).test(markRPr));
    out.push({ text: paraText(inner.replace(/^<w:pPr>[\s\S]*?<\/w:pPr>/, '')), markRemoved });
  }
  return out;
}

/** Joins paragraphs whose mark was removed with the paragraph after them. */
function fold(list: readonly Para[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const p of list) {
    if (p.markRemoved) carry += p.text;
    else {
      out.push(carry + p.text);
      carry = '';
    }
  }
  if (carry !== '') out.push(carry);
  return out;
}

/** Paragraph texts after accepting every tracked change. */
export function acceptAll(documentXml: string): string[] {
  let xml = dropRows(documentXml, 'w:del');
  xml = dropWrapped(xml, 'w:del');
  xml = dropWrapped(xml, 'w:moveFrom');
  xml = unwrap(xml, 'w:ins');
  xml = unwrap(xml, 'w:moveTo');
  return fold(paragraphs(xml, ['w:del', 'w:moveFrom']));
}

/** Paragraph texts after rejecting every tracked change. */
export function rejectAll(documentXml: string): string[] {
  let xml = dropRows(documentXml, 'w:ins');
  xml = dropWrapped(xml, 'w:ins');
  xml = dropWrapped(xml, 'w:moveTo');
  xml = unwrap(xml, 'w:del');
  xml = unwrap(xml, 'w:moveFrom');
  return fold(paragraphs(xml, ['w:ins', 'w:moveTo']));
}

/** Paragraph texts of a document without tracked changes. */
export function plainParagraphs(documentXml: string): string[] {
  return paragraphs(documentXml, []).map((p) => p.text);
}
