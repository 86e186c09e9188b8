/**
 * The blocks (paragraphs and tables) of a tagged document.xml body, each kept as its XML text with the
 * key the merge diffs on (merge.ts). The part is read one block at a time and no tree of it is kept
 * (issue 11: two whole trees of a huge document were most of a redline's memory); the few blocks the
 * merge rewrites are read again into a tree when asked for (`el`).
 */
import { attrsXml, escapeAttr, isNamed, parseXml, toXml, type XElement } from '../ooxml/index.js';
import { untagged } from './tag.js';

/** One block of a body. */
export interface Block {
  readonly kind: 'p' | 'tbl' | 'other';
  /** The block's XML, markers removed. */
  readonly xml: string;
  /** Key in B's key space ("unit#role" or "<anchor>~n"). */
  readonly key: string;
  /** Name of the moved unit the block belongs to, or null. */
  readonly movedUnit: string | null;
  /** The block as a new tree, read again from `xml` at each call. */
  el(): XElement;
}

/** A body read into blocks, with what the redline needs of the rest of the part. */
export interface Body {
  readonly blocks: Block[];
  /** Declaration, nodes before the root, the root's start tag parts, and nodes after it. */
  readonly prolog: string;
  readonly rootName: string;
  readonly rootAttrs: string;
  readonly epilog: string;
  /** The body's w:sectPr elements, as XML. */
  readonly sectPr: string;
}

/** How the keys of a revision's blocks are made (merge.ts). */
export interface Keying {
  readonly translate: (tag: string) => string;
  readonly group: (key: string) => string | null;
}

const MARKER = /\uE000(\d+)\uE001/;

/** Reads the body of a tagged document.xml into keyed blocks; markers are removed from the blocks' XML. */
export function readBody(xml: string, tags: readonly string[], keying: Keying): Body {
  const blocks: Block[] = [];
  let anchor = '^';
  let gap = 0;
  let movedUnit: string | null = null;
  let wrap: Wrap = { name: '', ns: [] };
  const take = (el: XElement, parent: XElement): boolean => {
    if (!isNamed(parent, 'w:body') || isNamed(el, 'w:sectPr')) return false;
    const tagged = toXml(el);
    const first = MARKER.exec(tagged);
    const clean = first ? untagged(el) : el;
    const text = first ? toXml(clean) : tagged;
    let key: string;
    if (first) {
      key = keying.translate(tags[Number(first[1])]!);
      anchor = key;
      gap = 0;
      movedUnit = keying.group(key);
    } else key = `${anchor}~${++gap}`;
    const kind = isNamed(el, 'w:p') ? 'p' : isNamed(el, 'w:tbl') ? 'tbl' : 'other';
    // Not kept once read again: the merge writes each block once (a kept tree was 450 MiB of a huge redline).
    blocks.push({ kind, xml: text, key, movedUnit, el: () => reread(text, wrap) });
    return true;
  };
  const doc = parseXml(xml, 'word/document.xml', { depth: 2, take });
  const root = doc.root;
  const body = root.children.find((c): c is XElement => isNamed(c, 'w:body'));
  if (!body) throw new Error('document.xml tanpa w:body');
  const rootAttrs = attrsXml(root);
  wrap = { name: root.name, ns: root.attrs.filter((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:')).map((a) => ({ use: a.name === 'xmlns' ? '' : `${a.local}:`, xml: ` ${a.name}=${a.quote}${a.raw ?? escapeAttr(a.value)}${a.quote}` })) };
  const sectPr = body.children.filter((c): c is XElement => isNamed(c, 'w:sectPr')).map(toXml).join('');
  return { blocks, prolog: doc.declaration + doc.before.map(toXml).join(''), rootName: root.name, rootAttrs, epilog: doc.after.map(toXml).join(''), sectPr };
}

/** The root's name and namespace declarations, each with the prefix that needs it ('' for the default). */
interface Wrap {
  readonly name: string;
  readonly ns: readonly { readonly use: string; readonly xml: string }[];
}

/**
 * A block's XML read back into a tree, inside the root element with those of its namespace declarations
 * the block may use, so its prefixes are bound as before (all 2 kB of them were most of the text read).
 */
function reread(xml: string, wrap: Wrap): XElement {
  const prefix = wrap.name.slice(0, wrap.name.indexOf(':') + 1);
  const decls = wrap.ns.filter((n) => n.use === '' || n.use === prefix || xml.includes(n.use)).map((n) => n.xml).join('');
  const el = parseXml(`<${wrap.name}${decls}>${xml}</${wrap.name}>`, 'word/document.xml').root.children[0];
  if (!el || el.t !== 'el') throw new Error('blok redline tidak terbaca kembali');
  return el;
}
