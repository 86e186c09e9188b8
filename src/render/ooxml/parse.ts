/**
 * Reads one OOXML part into the tree of tree.ts with saxes 6.0.0 (a strict, namespace-aware XML 1.0
 * parser, the one jsdom uses; pinned exactly, Node >= 12).
 *
 * Candidates were compared on 637 parts: 582 from 45 DOCX files written by Microsoft Word (python-docx's
 * test files), naskah's Perbup DOCX and a redline (42), the LibreOffice fixture test/fixtures/lo-reviewed
 * (12) and a sample with entities, CDATA, comments, PIs, mc:AlternateContent and other prefixes. Each
 * part was read and written back; the output was compared byte for byte and, as a tree, with Python's
 * C14N (xml.etree.ElementTree.canonicalize, comments kept) of the input.
 * - saxes (this module): 637/637 equivalent, 636/637 byte-identical (the one left is a hand-edited
 *   python-docx file with `<x />`); rejects malformed input (unbound prefix, mismatched end tag, undefined
 *   entity, `<` in an attribute, truncation) with line and column; ~85 ms CPU for the 478 kB Perbup
 *   document.xml.
 * - fast-xml-parser 5.12 (preserveOrder, entities unprocessed): 42/637 byte-identical, loses the data of
 *   processing instructions, cannot tell `<x></x>` from `<x/>`, resolves no namespaces and accepted every
 *   malformed input above; ~55 ms.
 * - @xmldom/xmldom 0.9: all equivalent but re-escapes text and attributes (49/637 byte-identical); a
 *   whole DOM; ~135 ms.
 * (The regular expression reader this replaces: ~6 ms, and no check of anything.)
 * saxes reports the source position of every event, so each text node and attribute also keeps its source
 * characters: an untouched tree is written back byte for byte, which the redline needs (docx writes
 * `&apos;`, Word writes `'`; both survive unchanged). A DOCTYPE is rejected: OPC (ECMA-376 Part 2, [M1.18])
 * makes a DTD in a part an error, and saxes would not expand its entities. Decoding bytes to a string
 * (UTF-8, or UTF-16 [M1.17]) is the caller's.
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
/** A start tag whose attribute values are written exactly as their decoded values, between double quotes. */
const PLAIN = /^[^&'\t\n\r]*$/;

/** Source form of each attribute of a (well-formed, already checked) start tag, in source order. */
function rawAttributes(tag: string, nameEnd: number): { name: string; raw: string; quote: '"' | "'" }[] {
  const out: { name: string; raw: string; quote: '"' | "'" }[] = [];
  ATTRIBUTE.lastIndex = nameEnd;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) out.push({ name: m[1]!, ...(m[2] !== undefined ? { raw: m[2], quote: '"' as const } : { raw: m[3]!, quote: "'" as const }) });
  return out;
}

function element(tag: SaxesTagNS, source: string, start: number): XElement {
  const list = Object.values(tag.attributes);
  // Most tags need no second look: no reference, no single quote, no whitespace but spaces.
  const raws = list.length === 0 || PLAIN.test(source) ? null : rawAttributes(source, start + 1 + tag.name.length);
  const attrs: XAttr[] = list.map((a, i) => {
    const r = raws && (raws[i]?.name === a.name ? raws[i] : raws.find((x) => x.name === a.name));
    return { name: a.name, uri: a.uri, local: a.local, value: a.value, raw: r ? r.raw : a.value, quote: r ? r.quote : '"' };
  });
  return { t: 'el', name: tag.name, prefix: tag.prefix, local: tag.local, uri: tag.uri, attrs, children: [], selfClosing: tag.isSelfClosing };
}

/**
 * Hands each element `depth` levels below the root (the root is depth 0) to `take` once it is complete;
 * when `take` returns true the element is not kept in the tree. A long part is so read one block at a
 * time (the redline keeps a body paragraph as its text only, issue 11) without a tree of the whole part.
 */
export interface Detach {
  readonly depth: number;
  readonly take: (el: XElement, parent: XElement) => boolean;
}

/** Parses one part. `part` names it in errors (e.g. "word/document.xml"). */
export function parseXml(xml: string, part = 'xml', detach?: Detach): XDocument {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: part });
  const top: XNode[] = [];
  const stack: XElement[] = [];
  let declaration = '';
  let root: XElement | undefined;
  // A byte order mark is kept in front of the declaration (saxes skips it).
  const bom = xml.startsWith('\uFEFF') ? '\uFEFF' : '';
  /** Index just past the last markup or text consumed. */
  let mark = bom.length;
  const add = (n: XNode): void => {
    (stack.length > 0 ? stack[stack.length - 1]!.children : top).push(n);
  };
  /** An element just completed at depth stack.length: handed over and dropped when asked for. */
  const completed = (el: XElement): void => {
    if (detach && stack.length === detach.depth && stack.length > 0 && detach.take(el, stack[stack.length - 1]!)) stack[stack.length - 1]!.children.pop();
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
    const el = element(tag, source, source.indexOf('<'));
    add(el);
    if (!tag.isSelfClosing) stack.push(el);
    else if (stack.length === 0) root = el;
    else completed(el);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    markup();
    const el = stack.pop()!;
    if (stack.length === 0) root = el;
    else completed(el);
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
  return { declaration: bom + declaration, before: top.slice(0, at), root, after: top.slice(at + 1) };
}
