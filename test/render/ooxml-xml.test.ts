/**
 * The OOXML reader/writer on the XML constructs Word and LibreOffice write that naskah's own DOCX never
 * contains: entities and character references, CDATA, comments, processing instructions, markup
 * compatibility (mc:AlternateContent), other prefixes for the WordprocessingML namespace, xml:space.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { attr, child, descendants, documentToXml, elements, innerText, isNamed, makeAttr, parseXml, text, toXml, XmlError, type XElement } from '../../src/render/ooxml/index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WORD_LIKE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  '<?mso-application progid="Word.Document"?>',
  `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>`,
  `<w:p w:rsidR='00A1' w:rsidRDefault="00B2"><w:r><w:t xml:space="preserve">  A &amp; B &lt;c&gt; &#x201C;kutip&#x201D;&#8217; &quot;q&quot; &apos;a&apos; </w:t></w:r>`,
  '<w:r><w:t><![CDATA[<mentah> & ]]></w:t></w:r><!-- catatan "pemeriksa" & <x> --><?naskah tanda?></w:p>\r\n',
  '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp/></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect style="width:1pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
  `<x:p xmlns:x="${W}"><x:ins x:id="1" x:author="Bagian Hukum &amp; Ortala" x:date="2026-12-07T00:00:00Z"><x:r><x:t>prefiks lain</x:t></x:r></x:ins></x:p>`,
  `<p xmlns="${W}"><r><t>ruang nama bawaan 𝔸</t></r></p>`,
  '<w:p><w:r><w:t></w:t><w:t/></w:r></w:p>',
  '</w:body></w:document>\n',
].join('');

describe('ooxml reader and writer', () => {
  const doc = parseXml(WORD_LIKE, 'word/document.xml');
  const body = child(doc.root, 'w:body')!;
  const paras = elements(body).filter((e) => e.local === 'p');

  it('writes an untouched part back byte for byte (CRLF, quotes, entities, CDATA, comments, PIs)', () => {
    expect(documentToXml(doc)).toBe(WORD_LIKE);
    expect(doc.declaration).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
    expect(doc.before.map((n) => n.t)).toEqual(['text', 'pi']);
  });

  it('keeps a byte order mark, with or without a declaration', () => {
    for (const xml of ['\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<a/>', '\uFEFF<a>x</a>']) expect(documentToXml(parseXml(xml))).toBe(xml);
  });

  it('decodes predefined entities and character references, keeps xml:space text exactly', () => {
    const t = descendants(paras[0]!, 'w:t')[0]!;
    expect(innerText(t)).toBe('  A & B <c> “kutip”’ "q" \'a\' ');
    expect(attr(t, 'xml:space')).toBe('preserve');
    expect(t.attrs[0]!.uri).toBe('http://www.w3.org/XML/1998/namespace');
  });

  it('keeps CDATA, comments and processing instructions as nodes', () => {
    const [, second] = elements(paras[0]!, 'w:r');
    expect(innerText(second!)).toBe('<mentah> & ');
    expect(paras[0]!.children.map((n) => n.t)).toEqual(['el', 'el', 'comment', 'pi']);
    expect(paras[0]!.children[2]).toEqual({ t: 'comment', text: ' catatan "pemeriksa" & <x> ' });
    expect(paras[0]!.children[3]).toEqual({ t: 'pi', target: 'naskah', body: 'tanda' });
  });

  it('keeps attribute order and the quote of each attribute', () => {
    expect(paras[0]!.attrs.map((a) => [a.name, a.value, a.quote])).toEqual([['w:rsidR', '00A1', "'"], ['w:rsidRDefault', '00B2', '"']]);
  });

  it('keeps mc:AlternateContent with its choice and its VML fallback, namespaces resolved', () => {
    const ac = descendants(paras[1]!, 'mc:AlternateContent')[0]!;
    expect(elements(ac).map((e) => e.name)).toEqual(['mc:Choice', 'mc:Fallback']);
    expect(attr(child(ac, 'mc:Choice')!, 'Requires')).toBe('wps');
    const rect = descendants(ac, 'w:pict')[0]!.children[0] as XElement;
    expect([rect.uri, rect.local]).toEqual(['urn:schemas-microsoft-com:vml', 'rect']);
    expect(toXml(ac)).toContain('<mc:Fallback><w:pict><v:rect style="width:1pt"/></w:pict></mc:Fallback>');
  });

  it('finds WordprocessingML elements and attributes under any prefix', () => {
    expect(paras).toHaveLength(5);
    expect(paras.every((p) => isNamed(p, 'w:p'))).toBe(true);
    const ins = descendants(paras[2]!, 'w:ins')[0]!;
    expect(ins.name).toBe('x:ins');
    expect(attr(ins, 'w:author')).toBe('Bagian Hukum & Ortala');
    expect(innerText(descendants(paras[3]!, 'w:t')[0]!)).toBe('ruang nama bawaan 𝔸');
  });

  it('tells <x></x> from <x/>', () => {
    expect(toXml(paras[4]!)).toBe('<w:p><w:r><w:t></w:t><w:t/></w:r></w:p>');
  });

  it('escapes what the program makes', () => {
    const t = descendants(paras[3]!, 'w:t')[0]!;
    t.children = [text('a < b & c > d\r')];
    t.attrs = [makeAttr('w:val', 'x "y" & <z>\n')];
    const again = parseXml(`<r xmlns:w="${W}">${toXml(t)}</r>`).root.children[0] as XElement;
    expect(innerText(again)).toBe('a < b & c > d\r');
    expect(attr(again, 'w:val')).toBe('x "y" & <z>\n');
  });

  it('rejects what is not well-formed, with the place', () => {
    const error = (xml: string): XmlError => {
      try {
        parseXml(xml, 'word/document.xml');
      } catch (e) {
        return e as XmlError;
      }
      throw new Error(`accepted: ${xml}`);
    };
    for (const bad of ['<w:p/>', '<a>\n<b></a>', '<a>&nbsp;</a>', '<a><b>teks', '<a b="<"/>', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>']) {
      expect(error(bad)).toBeInstanceOf(XmlError);
    }
    const e = error('<a>\n  <b></a>');
    expect([e.part, e.line]).toEqual(['word/document.xml', 2]);
    expect(e.message).toMatch(/^XML tidak sah di word\/document\.xml:2:\d+: /);
  });
});

describe('naskah\'s own DOCX', () => {
  it('every XML part the docx renderer writes is read and written back byte for byte (the redline relies on it)', async () => {
    const sample = JSON.parse(readFileSync(new URL('../fixtures/ir/sample-perbup.json', import.meta.url), 'utf8')) as Naskah;
    // Characters docx escapes as entities (&amp; &lt; &gt; &quot; &apos;) in a title line.
    const ir: Naskah = { ...sample, judul: { ...sample.judul, baris: [...sample.judul.baris, 'PASAL "A" & <B> \'C\''] } };
    const parts = unzipSync(await renderDocx(ir));
    expect(strFromU8(parts['word/document.xml']!)).toContain('PASAL &quot;A&quot; &amp; &lt;B&gt; &apos;C&apos;');
    const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '[Content_Types].xml']));
    for (const name of names) {
      const xml = strFromU8(parts[name]!);
      expect(documentToXml(parseXml(xml, name)), name).toBe(xml);
    }
  });
});
