/**
 * What a reviewer did to a DOCX, read from its XML with the shared OOXML reader (render/ooxml, saxes,
 * namespace-aware, so any prefix Word or LibreOffice chooses is understood): its paragraphs in document
 * order, each with the text as naskah wrote it (`original`: tracked insertions left out, tracked deletions
 * put back), the text as it now reads (`current`), the tracked changes with their place in `original`, the
 * bookmarks that start in it, and the comments with the text they are anchored to. A no-break space
 * (U+00A0) is read as a space, as in the sources.
 */
import { attr, descendants, innerText, isNamed, parseXml, XmlError, type XElement } from '../render/ooxml/index.js';

/** A tracked insertion or deletion (w:ins / w:del, w:moveTo / w:moveFrom). */
export interface TrackedChange {
  readonly kind: 'ins' | 'del';
  readonly author: string;
  readonly date: string;
  /** Inserted or deleted text ('\n' for a paragraph mark). */
  text: string;
  /** Offset in the paragraph's `original` text where it applies. */
  readonly at: number;
  /** True for a tracked move (w:moveFrom / w:moveTo): the text was moved, not rewritten. */
  readonly move: boolean;
  /** The bookmark of the REF field whose result the change touches, or null. */
  readonly ref: string | null;
}

/** A REF field's result in a paragraph: the bookmark it shows and where its text stands in `original`. */
export interface RefField {
  readonly bookmark: string;
  at: number;
  text: string;
  /** The whole field is a tracked insertion or deletion. */
  tracked: boolean;
}

export interface DocxParagraph {
  readonly index: number;
  readonly bookmarks: string[];
  original: string;
  current: string;
  readonly changes: TrackedChange[];
  readonly refs: RefField[];
}

export interface DocxComment {
  readonly id: string;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  /** The text the comment is anchored to ('' for a comment at a point). */
  anchor: string;
  /** Index of the paragraph where the anchor starts (-1 when the anchor is missing). */
  paragraph: number;
  /** Offset of the anchor in that paragraph's `original` text. */
  at: number;
}

export interface ReviewedDocx {
  readonly paragraphs: DocxParagraph[];
  readonly comments: DocxComment[];
}

/** Elements whose paragraphs are not body text (drawings, text boxes, fallbacks). */
const SKIP = ['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr'];

const decoder = new TextDecoder();

/** Parses a part, naming it in the error. */
export function parsePart(bytes: Uint8Array, part: string): XElement {
  return parseXml(decoder.decode(bytes), part).root;
}

export { XmlError };

/** Reads the paragraphs and comments of document.xml (and comments.xml when present). */
export function readReviewed(document: Uint8Array, comments: Uint8Array | undefined): ReviewedDocx {
  const root = parsePart(document, 'word/document.xml');
  const body = descendants(root, 'w:body')[0];
  const paragraphs: DocxParagraph[] = [];
  const notes = new Map<string, DocxComment>();
  if (comments) {
    for (const c of descendants(parsePart(comments, 'word/comments.xml'), 'w:comment')) {
      const id = attr(c, 'w:id') ?? '';
      const text = descendants(c, 'w:p').map((p) => descendants(p, 'w:t').map(innerText).join('')).join('\n');
      notes.set(id, { id, author: attr(c, 'w:author') ?? '', date: attr(c, 'w:date') ?? '', text, anchor: '', paragraph: -1, at: 0 });
    }
  }
  const open = new Set<string>();
  let pending: string[] = [];
  const visit = (el: XElement): void => {
    for (const c of el.children) {
      if (c.t !== 'el') continue;
      if (isNamed(c, 'w:p')) paragraphs.push(readParagraph(c, paragraphs.length, pending.splice(0), notes, open));
      else if (isNamed(c, 'w:bookmarkStart')) pending.push(attr(c, 'w:name') ?? '');
      else if (isNamed(c, 'w:commentRangeStart')) startComment(notes, attr(c, 'w:id') ?? '', paragraphs.length, 0, open);
      else if (isNamed(c, 'w:commentRangeEnd')) open.delete(attr(c, 'w:id') ?? '');
      else if (!SKIP.some((s) => isNamed(c, s))) visit(c);
    }
  };
  if (body) visit(body);
  return { paragraphs, comments: [...notes.values()] };
}

function startComment(notes: Map<string, DocxComment>, id: string, paragraph: number, at: number, open: Set<string>): void {
  const note = notes.get(id);
  if (!note || note.paragraph >= 0) return;
  note.paragraph = paragraph;
  note.at = at;
  open.add(id);
}

/** The revision a run is part of. */
interface Change {
  readonly kind: 'ins' | 'del';
  readonly author: string;
  readonly date: string;
  readonly move: boolean;
}

/** An open field: whether its instruction part is being read, the instruction, its REF result. */
interface Field {
  instr: boolean;
  code: string;
  ref: RefField | null;
}

function readParagraph(p: XElement, index: number, bookmarks: string[], notes: Map<string, DocxComment>, open: Set<string>): DocxParagraph {
  const para: DocxParagraph = { index, bookmarks, original: '', current: '', changes: [], refs: [] };
  for (const id of open) if (notes.get(id)!.anchor !== '') notes.get(id)!.anchor += '\n';
  /** Field nesting: each open field, its instruction text, and whether its instruction part is being read. */
  const fields: Field[] = [];
  /** The REF field whose result is being read (the innermost one). */
  const refOf = (): RefField | null => {
    const f = fields[fields.length - 1];
    return f && !f.instr && f.ref ? f.ref : null;
  };
  const add = (raw: string, change: Change | null): void => {
    if (raw === '') return;
    // naskah's printed copy binds unit words to their numbers with U+00A0; the sources use spaces.
    const text = raw.replace(/\u00a0/g, ' ');
    const at = para.original.length;
    const ref = refOf();
    if (ref && ref.text === '') {
      ref.at = at;
      ref.tracked = change !== null;
    }
    if (ref && change?.kind !== 'ins') ref.text += text;
    if (change) {
      const last = para.changes[para.changes.length - 1];
      const bookmark = ref?.bookmark ?? null;
      if (last && last.kind === change.kind && last.author === change.author && last.move === change.move && last.ref === bookmark && (change.kind === 'del' ? last.at + last.text.length === at : last.at === at)) last.text += text;
      else para.changes.push({ ...change, text, at, ref: bookmark });
    }
    if (change?.kind !== 'ins') para.original += text;
    if (change?.kind !== 'del') para.current += text;
    for (const id of open) notes.get(id)!.anchor += text;
  };
  /** Opens a field; a REF field's result is recorded once its instruction is known. */
  const openField = (instr: string, readingInstr: boolean): void => {
    fields.push({ instr: readingInstr, code: instr, ref: null });
    if (!readingInstr) startRef(fields[fields.length - 1]!);
  };
  const startRef = (f: Field): void => {
    const m = /^\s*REF\s+(\S+)/.exec(f.code);
    if (m) {
      f.ref = { bookmark: m[1]!, at: para.original.length, text: '', tracked: false };
      para.refs.push(f.ref);
    }
  };
  const walk = (el: XElement, change: Change | null): void => {
    for (const c of el.children) {
      if (c.t !== 'el') continue;
      const tracked = isNamed(c, 'w:ins') || isNamed(c, 'w:moveTo') ? 'ins' : isNamed(c, 'w:del') || isNamed(c, 'w:moveFrom') ? 'del' : null;
      if (tracked) walk(c, { kind: tracked, author: attr(c, 'w:author') ?? '', date: attr(c, 'w:date') ?? '', move: isNamed(c, 'w:moveTo') || isNamed(c, 'w:moveFrom') });
      else if (isNamed(c, 'w:fldSimple')) {
        openField(attr(c, 'w:instr') ?? '', false);
        walk(c, change);
        fields.pop();
      } else if (isNamed(c, 'w:instrText') || isNamed(c, 'w:delInstrText')) {
        const f = fields[fields.length - 1];
        if (f?.instr) f.code += innerText(c);
      }
      else if (isNamed(c, 'w:bookmarkStart')) para.bookmarks.push(attr(c, 'w:name') ?? '');
      else if (isNamed(c, 'w:commentRangeStart')) startComment(notes, attr(c, 'w:id') ?? '', index, para.original.length, open);
      else if (isNamed(c, 'w:commentRangeEnd')) open.delete(attr(c, 'w:id') ?? '');
      else if (isNamed(c, 'w:commentReference')) startComment(notes, attr(c, 'w:id') ?? '', index, para.original.length, new Set());
      else if (isNamed(c, 'w:fldChar')) {
        const type = attr(c, 'w:fldCharType');
        const top = fields[fields.length - 1];
        if (type === 'begin') openField('', true);
        else if (type === 'separate' && top) {
          top.instr = false;
          startRef(top);
        } else if (type === 'end') fields.pop();
      } else if (fields.some((f) => f.instr) && !isNamed(c, 'w:r')) continue;
      else if (isNamed(c, 'w:t') || isNamed(c, 'w:delText')) add(innerText(c), change);
      else if (isNamed(c, 'w:tab')) add('\t', change);
      else if (isNamed(c, 'w:br') || isNamed(c, 'w:cr')) add('\n', change);
      else if (isNamed(c, 'w:noBreakHyphen')) add('-', change);
      else if (isNamed(c, 'w:pPr')) {
        // A tracked paragraph mark: w:pPr/w:rPr/w:ins or w:del (the paragraphs were split or joined).
        const rPr = (c as XElement).children.find((x): x is XElement => isNamed(x, 'w:rPr'));
        const mark = rPr?.children.find((x): x is XElement => isNamed(x, 'w:ins') || isNamed(x, 'w:del'));
        if (mark) markChange = { kind: isNamed(mark, 'w:ins') ? 'ins' : 'del', author: attr(mark, 'w:author') ?? '', date: attr(mark, 'w:date') ?? '', move: false };
      } else if (!SKIP.some((s) => isNamed(c, s))) walk(c, change);
    }
  };
  let markChange: Change | null = null;
  walk(p, null);
  const mark = markChange as Change | null;
  if (mark) para.changes.push({ ...mark, text: '\n', at: para.original.length, ref: null });
  return para;
}
