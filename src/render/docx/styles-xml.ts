/**
 * Writes word/styles.xml from the style table in styles.ts (ECMA-376 Part 1, §17.7).
 *
 * We write the part ourselves (pack.ts puts it in place of docx's) because docx's style options allow
 * only one tab stop per style and always add Word's built-in headings in blue; our table needs several
 * tab stops (labelled lists) and nothing else. Also writes word/fontTable.xml.
 */

import { FONT, LANGUAGE, LINE, SIZE, STYLES, type ParagraphLayout, type RunLayout, type StyleDef } from './styles.js';
import { xmlAttr } from './xml.js';

/** Display names Word expects for its built-in styles; the others are shown by their id. */
const BUILT_IN_NAMES: Readonly<Record<string, string>> = {
  Normal: 'Normal',
  DefaultParagraphFont: 'Default Paragraph Font',
  TableNormal: 'Normal Table',
  FootnoteReference: 'footnote reference',
  EndnoteReference: 'endnote reference',
  TOC1: 'toc 1',
  TOC2: 'toc 2',
};

/** The default style of each type (`w:default="1"`). */
const DEFAULTS: ReadonlySet<string> = new Set(['Normal', 'DefaultParagraphFont', 'TableNormal']);

/** The `w:pPr` body of a paragraph layout, children in schema order. */
function paragraphPropertiesXml(p: ParagraphLayout): string {
  let xml = '';
  if (p.keepNext) xml += '<w:keepNext/>';
  if (p.tabs && p.tabs.length > 0) {
    xml += `<w:tabs>${p.tabs.map((pos) => `<w:tab w:val="left" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  }
  if (p.before !== undefined || p.after !== undefined || p.autoLine) {
    const before = p.before !== undefined ? ` w:before="${p.before}"` : '';
    const after = p.after !== undefined ? ` w:after="${p.after}"` : '';
    const line = p.autoLine ? ' w:line="240" w:lineRule="auto"' : '';
    xml += `<w:spacing${before}${after}${line}/>`;
  }
  if (p.left !== undefined || p.hanging !== undefined) {
    const left = p.left !== undefined ? ` w:left="${p.left}"` : '';
    const hanging = p.hanging !== undefined ? ` w:hanging="${p.hanging}"` : '';
    xml += `<w:ind${left}${hanging}/>`;
  }
  if (p.align) xml += `<w:jc w:val="${p.align}"/>`;
  if (p.outline !== undefined) xml += `<w:outlineLvl w:val="${p.outline}"/>`;
  return xml;
}

function runPropertiesXml(r: RunLayout): string {
  let xml = '';
  if (r.bold) xml += '<w:b/><w:bCs/>';
  if (r.italic) xml += '<w:i/><w:iCs/>';
  if (r.size !== undefined) xml += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  if (r.superscript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml;
}

function styleXml(id: string, def: StyleDef): string {
  const name = BUILT_IN_NAMES[id] ?? id;
  let xml = `<w:style w:type="${def.type}"${DEFAULTS.has(id) ? ' w:default="1"' : ''} w:styleId="${xmlAttr(id)}">`;
  xml += `<w:name w:val="${xmlAttr(name)}"/>`;
  if (def.type === 'paragraph' && id !== 'Normal') xml += '<w:basedOn w:val="Normal"/>';
  if (def.next !== undefined) xml += `<w:next w:val="${xmlAttr(def.next)}"/>`;
  xml += def.hidden ? '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' : '<w:qFormat/>';
  const pPr = def.paragraph ? paragraphPropertiesXml(def.paragraph) : '';
  if (pPr) xml += `<w:pPr>${pPr}</w:pPr>`;
  const rPr = def.run ? runPropertiesXml(def.run) : '';
  if (rPr) xml += `<w:rPr>${rPr}</w:rPr>`;
  if (def.type === 'table') {
    xml +=
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>' +
      '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
      '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
      '</w:tblCellMar></w:tblPr>';
  }
  return `${xml}</w:style>`;
}

/**
 * word/fontTable.xml naming Bookman Old Style with its PANOSE class, so Word and LibreOffice pick a
 * close serif where the font is not installed.
 */
export function fontTableXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:font w:name="${xmlAttr(FONT)}"><w:panose1 w:val="02050604050505020204"/><w:charset w:val="00"/>` +
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>'
  );
}

/** The complete styles.xml: document defaults (font, size, language, spacing) and every style of the table. */
export function stylesXml(): string {
  const font = xmlAttr(FONT);
  const defaults =
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/>` +
    `<w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/>` +
    `<w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    `<w:widowControl/><w:spacing w:after="0" w:line="${LINE}" w:lineRule="exact"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults>';
  const styles = Object.entries(STYLES)
    .map(([id, def]) => styleXml(id, def))
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    defaults +
    styles +
    '</w:styles>'
  );
}
