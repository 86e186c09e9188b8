/**
 * A minimal XML tree for WordprocessingML parts written by the docx library: elements keep their raw
 * attribute text and text nodes stay escaped, so serialising an untouched tree gives back the same bytes.
 */

/** An element or a text node. */
export type XNode = XElement | { readonly t: 'text'; readonly raw: string };

/** An element: qualified name, raw attributes (with leading space), children. */
export interface XElement {
  readonly t: 'el';
  readonly name: string;
  attrs: string;
  children: XNode[];
  selfClosing: boolean;
}

const TAG = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Parses a document; returns the prolog (XML declaration) and the root element. */
export function parseXml(xml: string): { prolog: string; root: XElement } {
  const stack: XElement[] = [{ t: 'el', name: '#root', attrs: '', children: [], selfClosing: false }];
  let prolog = '';
  let last = 0;
  for (const m of xml.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.children.push({ t: 'text', raw: xml.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[2] === undefined) {
      if (stack.length === 1) prolog += m[0];
      else top.children.push({ t: 'text', raw: m[0] });
      continue;
    }
    if (m[1] === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const el: XElement = { t: 'el', name: m[2], attrs: m[3] ?? '', children: [], selfClosing: m[4] === '/' };
    top.children.push(el);
    if (!el.selfClosing) stack.push(el);
  }
  const root = stack[0]!.children.find((c): c is XElement => c.t === 'el');
  if (!root) throw new Error('document.xml tanpa elemen akar');
  return { prolog, root };
}

/** Serialises a node. */
export function toXml(node: XNode): string {
  if (node.t === 'text') return node.raw;
  if (node.selfClosing && node.children.length === 0) return `<${node.name}${node.attrs}/>`;
  return `<${node.name}${node.attrs}>${node.children.map(toXml).join('')}</${node.name}>`;
}

/** Child elements, optionally by name. */
export function elements(el: XElement, name?: string): XElement[] {
  return el.children.filter((c): c is XElement => c.t === 'el' && (name === undefined || c.name === name));
}

/** First child element with `name`. */
export function child(el: XElement, name: string): XElement | undefined {
  return el.children.find((c): c is XElement => c.t === 'el' && c.name === name);
}

/** Makes an element. */
export function el(name: string, attrs: string, children: XNode[] = []): XElement {
  return { t: 'el', name, attrs, children, selfClosing: children.length === 0 };
}

/** Unescapes XML text. */
export function unescapeXml(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))));
}

/** Escapes text for XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text of an element's descendants' text nodes (unescaped). */
export function innerText(node: XNode): string {
  if (node.t === 'text') return unescapeXml(node.raw);
  return node.children.map(innerText).join('');
}
