/**
 * A DOCX written by LibreOffice (test/fixtures/lo-reviewed, made by its make.py from naskah's Perbup with
 * tracked changes, a tracked field, comments and a shape): every XML part is read with the OOXML reader
 * and nothing is lost. Checks, per part: the untouched tree gives the file's bytes back; every text node's
 * and attribute's decoded value agrees with its source form under an independent decoder; the elements
 * and comments counted in the source are in the tree; written again without any source form (everything
 * escaped afresh) and read again, the tree is the same. Then the review itself: insertions and deletions
 * with author, date and text (whitespace under xml:space="preserve" included), the field inside an
 * insertion, the deleted paragraph mark, the comments and their ranges, mc:AlternateContent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attr, child, descendants, documentToXml, innerText, parseXml, type XDocument, type XElement, type XNode } from '../../src/render/ooxml/index.js';
import { FIXTURES } from '../helpers.js';

const parts = unzipSync(new Uint8Array(readFileSync(join(FIXTURES, 'lo-reviewed', 'lo-reviewed.docx'))));
const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name)).sort();
const source = (name: string): string => strFromU8(parts[name]!);
const AUTHOR = 'Bagian Hukum & Ortala';

/** XML 1.0 decoding written apart from the reader: line ends, (attribute whitespace,) references. */
function decode(raw: string, attribute: boolean): string {
  let s = raw.replace(/\r\n?/g, '\n');
  if (attribute) s = s.replace(/[\t\n]/g, ' ');
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, r: string) => (r[0] === '#' ? String.fromCodePoint(r[1] === 'x' ? parseInt(r.slice(2), 16) : Number(r.slice(1))) : named[r]!));
}

function walk(node: XNode, visit: (n: XNode) => void): void {
  visit(node);
  if (node.t === 'el') for (const c of node.children) walk(c, visit);
}
const nodesOf = (doc: XDocument): XNode[] => {
  const out: XNode[] = [];
  for (const n of [...doc.before, doc.root, ...doc.after]) walk(n, (x) => out.push(x));
  return out;
};

/** The same tree with every source form dropped, so that the writer escapes everything itself. */
function withoutSource(doc: XDocument): XDocument {
  const strip = (n: XNode): XNode => (n.t === 'text' ? { ...n, raw: null } : n.t === 'el' ? { ...n, attrs: n.attrs.map((a) => ({ ...a, raw: null })), children: n.children.map(strip) } : n);
  return { ...doc, before: doc.before.map(strip), root: strip(doc.root) as XElement, after: doc.after.map(strip) };
}

/** A comparable form of a tree: names with namespaces, attributes, decoded text, comments, PIs. */
function shape(n: XNode): unknown {
  if (n.t === 'el') return [`{${n.uri}}${n.local}`, n.name, n.attrs.map((a) => [a.name, a.uri, a.value]), n.selfClosing, n.children.map(shape)];
  return n.t === 'pi' ? ['pi', n.target, n.body] : [n.t, n.text];
}

describe('a DOCX written by LibreOffice, every part read without loss', () => {
  it('is the file LibreOffice wrote, with comments, a header, styles and settings', () => {
    expect(source('docProps/app.xml')).toMatch(/<Application>LibreOffice\//);
    expect(xmlParts).toEqual(expect.arrayContaining(['word/document.xml', 'word/comments.xml', 'word/styles.xml', 'word/settings.xml', '[Content_Types].xml', '_rels/.rels']));
    expect(xmlParts.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of xmlParts) {
    it(`${name}: same bytes back, values agree with the source, same tree when written afresh`, () => {
      const xml = source(name);
      const doc = parseXml(xml, name);
      expect(documentToXml(doc)).toBe(xml);
      const nodes = nodesOf(doc);
      for (const n of nodes) {
        if (n.t === 'text') expect(n.text).toBe(decode(n.raw!, false));
        if (n.t === 'el') for (const a of n.attrs) expect(a.value).toBe(decode(a.raw!, true));
      }
      // Elements by name and comments as counted in the source (these parts carry no CDATA).
      const counted = new Map<string, number>();
      for (const m of xml.matchAll(/<([A-Za-z_][\w.:-]*)[\s/>]/g)) counted.set(m[1]!, (counted.get(m[1]!) ?? 0) + 1);
      const inTree = new Map<string, number>();
      for (const n of nodes) if (n.t === 'el') inTree.set(n.name, (inTree.get(n.name) ?? 0) + 1);
      expect(inTree).toEqual(counted);
      expect(nodes.filter((n) => n.t === 'comment')).toHaveLength(xml.split('<!--').length - 1);
      const again = parseXml(documentToXml(withoutSource(doc)), name);
      expect([...again.before, again.root, ...again.after].map(shape)).toEqual([...doc.before, doc.root, ...doc.after].map(shape));
    });
  }
});

describe('the review LibreOffice wrote', () => {
  const doc = parseXml(source('word/document.xml'), 'word/document.xml');
  const body = child(doc.root, 'w:body')!;
  const marks = (name: string): XElement[] => descendants(body, name).filter((m) => m.children.length > 0);
  const markText = (m: XElement): string => descendants(m, 'w:t').concat(descendants(m, 'w:delText')).map(innerText).join('');

  it('keeps every insertion and deletion with author, date and exact text', () => {
    const ins = marks('w:ins');
    const del = marks('w:del');
    for (const m of [...ins, ...del]) {
      expect(attr(m, 'w:author')).toBe(AUTHOR);
      expect(attr(m, 'w:date')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(attr(m, 'w:id')).toMatch(/^\d+$/);
    }
    expect(ins.map(markText)).toEqual(expect.arrayContaining(['wajib dipelihara oleh negara', '  dan rentan  ', ' “Perbup SLRT” & <ringkas>']));
    expect(del.map(markText)).toEqual(expect.arrayContaining(['dipelihara oleh negara', 'peningkatan akses, ']));
    const spaced = ins.find((m) => markText(m) === '  dan rentan  ')!;
    expect(attr(descendants(spaced, 'w:t')[0]!, 'xml:space')).toBe('preserve');
  });

  it('keeps the field inserted as a tracked change in a paragraph with a deletion', () => {
    const field = marks('w:ins').find((m) => descendants(m, 'w:instrText').length > 0)!;
    expect(descendants(field, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['begin', 'separate', 'end']);
    expect(innerText(descendants(field, 'w:instrText')[0]!)).toBe(' PAGE \\* ARABIC ');
    const paragraph = descendants(body, 'w:p').find((p) => p.children.includes(field))!;
    expect(marks('w:del').some((d) => paragraph.children.includes(d))).toBe(true);
  });

  it('keeps the deleted paragraph mark', () => {
    const markDeletions = descendants(body, 'w:pPr').flatMap((p) => descendants(p, 'w:del'));
    expect(markDeletions.length).toBeGreaterThan(0);
    expect(attr(markDeletions[0]!, 'w:author')).toBe(AUTHOR);
  });

  it('keeps the comments, their text and their ranges in the document', () => {
    const comments = descendants(parseXml(source('word/comments.xml')).root, 'w:comment');
    expect(comments.map((c) => [attr(c, 'w:author'), attr(c, 'w:initials'), attr(c, 'w:date'), innerText(c)])).toEqual([
      ['Bagian Hukum', 'BH', '2026-12-07T09:00:00Z', 'Istilah “fakir miskin” mengikuti UU 13/2011 & PP 63/2013.'],
      ['Bagian Hukum', 'BH', '2026-12-07T09:00:00Z', 'Periksa nomor & tahun <Permensos>.'],
    ]);
    for (const c of comments) {
      const id = attr(c, 'w:id');
      for (const marker of ['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']) {
        expect(descendants(body, marker).filter((m) => attr(m, 'w:id') === id), `${marker} ${id}`).toHaveLength(1);
      }
    }
  });

  it('keeps the shape in mc:AlternateContent with its fallback', () => {
    const ac = descendants(body, 'mc:AlternateContent')[0]!;
    expect(attr(child(ac, 'mc:Choice')!, 'Requires')).toBe('wps');
    expect(descendants(child(ac, 'mc:Fallback')!, 'w:pict')).toHaveLength(1);
  });
});
