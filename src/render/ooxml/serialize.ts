/**
 * Writes the tree of tree.ts back to XML. Text and attributes read from a source are written as they were
 * read (their `raw` form), so an untouched tree gives the source bytes back (only whitespace inside a tag,
 * e.g. `<a  b="1" />`, is normalised); made text and attributes are escaped here.
 */
import type { XAttr, XDocument, XElement, XNode } from './tree.js';

/** Escapes character data (also '\r', which a parser would otherwise turn into '\n'). */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes an attribute value written between double quotes (whitespace kept as character references). */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

/** A made attribute (no namespace resolution needed: written by its qualified name). */
export function makeAttr(name: string, value: string): XAttr {
  const colon = name.indexOf(':');
  return { name, uri: '', local: colon < 0 ? name : name.slice(colon + 1), value, raw: null, quote: '"' };
}

/** The attributes of an element as written in its start tag (` a="1" b="2"`, '' when none). */
export function attrsXml(el: XElement): string {
  let out = '';
  for (const a of el.attrs) out += ` ${a.name}=${a.quote}${a.raw ?? escapeAttr(a.value)}${a.quote}`;
  return out;
}

/** The start tag of an element with children (`<w:p w:rsidR="…">`). */
export function openTag(el: XElement): string {
  return `<${el.name}${attrsXml(el)}>`;
}

function write(node: XNode, out: string[]): void {
  switch (node.t) {
    case 'text':
      out.push(node.raw ?? escapeText(node.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${node.text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'pi':
      out.push(`<?${node.target}${node.body === '' ? '' : ` ${node.body}`}?>`);
      return;
    case 'el':
      if (node.selfClosing && node.children.length === 0) {
        out.push(`<${node.name}${attrsXml(node)}/>`);
        return;
      }
      out.push(openTag(node));
      for (const c of node.children) write(c, out);
      out.push(`</${node.name}>`);
  }
}

/** Serialises a node. */
export function toXml(node: XNode): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

/** Serialises the content of an element (its children, without its own tags). */
export function innerXml(el: XElement): string {
  const out: string[] = [];
  for (const c of el.children) write(c, out);
  return out.join('');
}

/** Serialises a whole part. */
export function documentToXml(doc: XDocument): string {
  const out: string[] = [doc.declaration];
  for (const n of doc.before) write(n, out);
  write(doc.root, out);
  for (const n of doc.after) write(n, out);
  return out.join('');
}
