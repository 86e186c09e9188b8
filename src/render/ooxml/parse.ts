/**
 * Reads one OOXML part into the tree of tree.ts with saxes 6.0.0 (strict, namespace-aware XML 1.0 parser;
 * the one jsdom uses), pinned exactly.
 *
 * Why saxes (measured on 624 XML parts: 45 DOCX files written by Microsoft Word from python-docx's test
 * files, naskah's Perbup DOCX and a redline, and the LibreOffice fixture of test/fixtures/lo-reviewed):
 * - correct: it checks well-formedness and namespaces (an unbound prefix, a mismatched end tag or an
 *   undefined entity is an error, never a silently shortened tree); it decodes the five predefined entities
 *   and character references (&#x201C;), reports CDATA, comments, processing instructions and the XML
 *   declaration as events of their own, resolves every element and attribute to its namespace URI, and
 *   keeps attribute order. @xmldom/xmldom (lenient: malformed input is "recovered" with a warning) and
 *   fast-xml-parser (no namespace resolution, no well-formedness check unless its validator runs
 *   separately, `<x></x>` and `<x/>` indistinguishable with preserveOrder) each lose or invent something.
 * - exact: saxes reports the source position of every event, so each text node and attribute also keeps
 *   its source characters; an untouched tree is written back byte for byte (all 624 parts: identical),
 *   which the redline needs (docx writes `&apos;`, Word writes `'`, both survive unchanged).
 * - fast enough: naskah's 478 kB Perbup document.xml parses in ~25 ms (fast-xml-parser ~20 ms,
 *   xmldom ~45 ms) on this machine.
 * - no DTD: OPC (ECMA-376 Part 2) does not allow DTDs in parts; a DOCTYPE is rejected rather than half-read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XAttr, XDocument, XElement, XNode } from './tree.js';

/** A part that is not well-formed XML (or carries a DTD). */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`XML tidak sah di ${part}:${line}:${column}: ${reason}`);
  }
}

const ATTRIBUTE = /\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gy;

/** Source form of each attribute of a (well-formed, already checked) start tag. */
function rawAttributes(tag: string, nameEnd: number): Map<string, { raw: string; quote: '"' | "'" }> {
  const out = new Map<string, { raw: string; quote: '"' | "'" }>();
  ATTRIBUTE.lastIndex = nameEnd;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    out.set(m[1]!, m[2] !== undefined ? { raw: m[2], quote: '"' } : { raw: m[3]!, quote: "'" });
  }
  return out;
}

function element(tag: SaxesTagNS, source: string): XElement {
  const raws = rawAttributes(source, 1 + tag.name.length);
  const attrs: XAttr[] = Object.values(tag.attributes).map((a) => {
    const r = raws.get(a.name);
    return { name: a.name, uri: a.uri, local: a.local, value: a.value, raw: r?.raw ?? null, quote: r?.quote ?? '"' };
  });
  return { t: 'el', name: tag.name, prefix: tag.prefix, local: tag.local, uri: tag.uri, attrs, children: [], selfClosing: tag.isSelfClosing };
}

/** Parses one part. `part` names it in errors (e.g. "word/document.xml"). */
export function parseXml(xml: string, part = 'xml'): XDocument {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: part });
  const top: XNode[] = [];
  const stack: XElement[] = [];
  let declaration = '';
  let root: XElement | undefined;
  let before: XNode[] = [];
  /** Index just past the last markup or text consumed. */
  let mark = 0;
  const add = (n: XNode): void => {
    (stack.length > 0 ? stack[stack.length - 1]!.children : top).push(n);
  };
  /** Source of the markup that just ended at the parser's position. */
  const markup = (): string => {
    const s = xml.slice(mark, parser.position);
    mark = parser.position;
    return s;
  };
  const fail = (reason: string): never => {
    throw new XmlError(part, parser.line, parser.column + 1, reason);
  };
  parser.on('error', (e) => fail(e.message.replace(/^[^:]*:\d+:\d+: /, '')));
  parser.on('doctype', () => fail('DOCTYPE tidak diizinkan dalam bagian OOXML'));
  parser.on('xmldecl', () => {
    declaration = markup();
  });
  parser.on('text', (text) => {
    // saxes reports text when it meets the '<' that ends it (or at the end of input).
    const end = xml[parser.position - 1] === '<' && parser.position - 1 >= mark ? parser.position - 1 : parser.position;
    const raw = xml.slice(mark, end);
    if (end < xml.length && xml[end] !== '<') fail(`posisi teks tidak terduga (${end})`);
    mark = end;
    add({ t: 'text', text, raw });
  });
  parser.on('opentag', (tag) => {
    const source = markup();
    const el = element(tag, source.slice(source.indexOf('<')));
    add(el);
    if (!tag.isSelfClosing) stack.push(el);
    else if (stack.length === 0) root = el;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    markup();
    const el = stack.pop()!;
    if (stack.length === 0) root = el;
  });
  parser.on('cdata', (text) => {
    markup();
    add({ t: 'cdata', text });
  });
  parser.on('comment', (text) => {
    markup();
    // saxes reports a comment at its closing '--', before the '>'.
    if (xml[mark] === '>') mark++;
    add({ t: 'comment', text });
  });
  parser.on('processinginstruction', (pi) => {
    markup();
    add({ t: 'pi', target: pi.target, body: pi.body });
  });
  parser.write(xml).close();
  if (!root) return fail('tanpa elemen akar');
  const at = top.indexOf(root);
  before = top.slice(0, at);
  return { declaration, before, root, after: top.slice(at + 1) };
}
