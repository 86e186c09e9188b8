/**
 * OOXML parts as XML trees: the one reader and writer of DOCX XML for the render layer (the redline writer
 * today, the import of a DOCX a reviewer edited in Word or LibreOffice later). See parse.ts for the parser
 * chosen and why, tree.ts for what a tree keeps, serialize.ts for how it is written back.
 */
export { parseXml, XmlError, type Detach } from './parse.js';
export { attrsXml, documentToXml, escapeAttr, escapeText, innerXml, makeAttr, openTag, toXml } from './serialize.js';
export { attr, child, descendants, elements, innerText, isNamed, NS, text, type XAttr, type XCData, type XComment, type XDocument, type XElement, type XNode, type XPi, type XText } from './tree.js';
