/**
 * The XML tree of an OOXML part (a DOCX document.xml, comments.xml, styles.xml, a .rels …) as parse.ts
 * reads it and serialize.ts writes it back. Nothing of the source is dropped: elements keep their qualified
 * name, their namespace, their attributes in source order; text keeps its decoded value and, while
 * untouched, the exact source characters (`raw`, entity references and all) so it is written back as it was
 * read; CDATA sections, comments and processing instructions are nodes of their own.
 *
 * Names are matched by namespace, not by prefix: `elements(p, 'w:r')` finds `<w:r>` and also `<x:r>` when x
 * is bound to the WordprocessingML namespace (or to its Strict variant), as Word, LibreOffice or another
 * producer may choose any prefix. Markup compatibility (mc:AlternateContent, mc:Ignorable) is kept as
 * written, not preprocessed: a reader of the tree chooses the branch it understands, a writer keeps both.
 */

/** An attribute: qualified name, namespace URI ('' when none), decoded value, source form. */
export interface XAttr {
  readonly name: string;
  readonly uri: string;
  readonly local: string;
  readonly value: string;
  /** The value as written in the source (entity references kept), or null for a made attribute. */
  readonly raw: string | null;
  /** The quote the source used. */
  readonly quote: '"' | "'";
}

/** An element. `children` may be edited; set `selfClosing` false if it gains children. */
export interface XElement {
  readonly t: 'el';
  /** Qualified name as written (`w:p`). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI ('' when none). */
  readonly uri: string;
  /** Attributes in source order, namespace declarations (xmlns, xmlns:*) included. */
  attrs: XAttr[];
  children: XNode[];
  /** Written as `<x/>` in the source (an element written `<x></x>` stays so). */
  selfClosing: boolean;
}

/** Character data. `raw` is the source form while untouched; set it to null when changing `text`. */
export interface XText {
  readonly t: 'text';
  text: string;
  raw: string | null;
}

/** A CDATA section (its text is character data of the parent like any text). */
export interface XCData {
  readonly t: 'cdata';
  readonly text: string;
}

export interface XComment {
  readonly t: 'comment';
  readonly text: string;
}

export interface XPi {
  readonly t: 'pi';
  readonly target: string;
  readonly body: string;
}

export type XNode = XElement | XText | XCData | XComment | XPi;

/** A whole part: XML declaration (as written, '' when none), nodes before and after the root, the root. */
export interface XDocument {
  readonly declaration: string;
  readonly before: XNode[];
  readonly root: XElement;
  readonly after: XNode[];
}

/** Namespaces OOXML parts use, by their customary prefix (Transitional first, then Strict). */
export const NS: Readonly<Record<string, readonly string[]>> = {
  w: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  r: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  mc: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
  wp: ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
  a: ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  w14: ['http://schemas.microsoft.com/office/word/2010/wordml'],
  w15: ['http://schemas.microsoft.com/office/word/2012/wordml'],
  xml: ['http://www.w3.org/XML/1998/namespace'],
};

/** Whether a node has the name `query` ("w:p": by namespace when the prefix is one of NS, else as written). */
export function isNamed(node: XNode, query: string): node is XElement {
  if (node.t !== 'el') return false;
  const colon = query.indexOf(':');
  const uris = colon > 0 ? NS[query.slice(0, colon)] : undefined;
  if (!uris) return node.name === query;
  return node.local === query.slice(colon + 1) && uris.includes(node.uri);
}

/** Child elements, optionally only those named `name`. */
export function elements(el: XElement, name?: string): XElement[] {
  return el.children.filter((c): c is XElement => c.t === 'el' && (name === undefined || isNamed(c, name)));
}

/** First child element named `name`. */
export function child(el: XElement, name: string): XElement | undefined {
  return el.children.find((c): c is XElement => isNamed(c, name));
}

/** Every descendant element named `name`, in document order. */
export function descendants(el: XElement, name: string): XElement[] {
  const out: XElement[] = [];
  const walk = (e: XElement): void => {
    for (const c of e.children) {
      if (c.t !== 'el') continue;
      if (isNamed(c, name)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The decoded value of attribute `name` ("w:author": by namespace as for elements), or undefined. */
export function attr(el: XElement, name: string): string | undefined {
  const colon = name.indexOf(':');
  const uris = colon > 0 ? NS[name.slice(0, colon)] : undefined;
  const a = uris ? el.attrs.find((x) => x.local === name.slice(colon + 1) && uris.includes(x.uri)) : el.attrs.find((x) => x.name === name);
  return a?.value;
}

/** Character data of a node and its descendants (text and CDATA, decoded). */
export function innerText(node: XNode): string {
  if (node.t === 'text' || node.t === 'cdata') return node.text;
  if (node.t !== 'el') return '';
  return node.children.map(innerText).join('');
}

/** A text node made by the program (written escaped). */
export function text(value: string): XText {
  return { t: 'text', text: value, raw: null };
}
