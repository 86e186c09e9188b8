/**
 * Reads a YAML file into a `yaml` Document with a LineCounter, so every later phase can map a
 * value back to its file:line:column (STYLE.md point 6). Syntax errors and duplicate keys become
 * NSK101/NSK102 diagnostics; nothing throws for user mistakes.
 */
import { relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { readSource } from './overlay.js';
import { cachedParse, storeParse } from './yaml-cache.js';
import { spliceParse } from './yaml-splice.js';
import { BytesMemo } from '../util/bytes-memo.js';
import { characterName, controlInValue, decodeSource, invisibleCharacters } from './text-checks.js';

/** A parsed YAML file with what is needed to locate its nodes. */
export interface YamlSource {
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  readonly absPath: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Plain JavaScript value of the document. */
  readonly data: unknown;
}

/** A path into a YAML document (map keys and sequence indexes). */
export type YamlPath = readonly (string | number)[];

/** Project-relative display path with forward slashes. */
export function displayPath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

type Loaded = { source: YamlSource | null; diagnostics: Diagnostic[] };

/**
 * Parsed files of this process, reused while their bytes are exactly the same (daerah.yaml and
 * dasar-hukum.yaml are read by every document, a Perbup again by its Keputusan and its Pedoman, and
 * a warm session reads every file on each check). Parsed sources are never modified by the phases
 * after loading. Files above MEMO_MAX_BYTES are not kept (their trees would raise peak memory).
 */
const memo = new BytesMemo<Loaded>(64);
const MEMO_MAX_BYTES = 256 * 1024;

/** Reads and parses one YAML file. Returns null source when the file is unreadable or not valid YAML. */
export function loadYaml(absPath: string, root: string): { source: YamlSource | null; diagnostics: Diagnostic[] } {
  const file = displayPath(root, absPath);
  let bytes: Buffer;
  try {
    const raw = readSource(absPath); // an editor's unsaved buffer (load/overlay.ts) or the file
    bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  } catch {
    return {
      source: null,
      diagnostics: [diag('NSK103', { message: `Berkas ${file} tidak ditemukan atau tidak dapat dibaca.`, file, start: { line: 1, column: 1 }, hint: 'Periksa nama dan letak berkas.' })],
    };
  }
  const key = `${root}\u0000${absPath}`;
  const known = memo.get(key, bytes);
  if (known?.same) return { source: known.value.source, diagnostics: [...known.value.diagnostics] };
  const result = (known && spliced(known.value, absPath, file, bytes)) || parseYaml(absPath, file, bytes);
  memo.set(key, bytes, { source: result.source, diagnostics: [...result.diagnostics] }, bytes.byteLength <= MEMO_MAX_BYTES);
  return result;
}

/**
 * The file after an edit inside one item of a block sequence, from its earlier parse without findings
 * (yaml-splice.ts: only the item is parsed again), checked as a full parse is; null when the whole
 * text must be parsed.
 */
function spliced(earlier: Loaded, absPath: string, file: string, bytes: Buffer): Loaded | null {
  if (earlier.source === null || earlier.diagnostics.length > 0) return null;
  const decoded = decodeSource(bytes, file);
  if (decoded.text === null) return null;
  const text = decoded.text;
  const parsed = spliceParse(earlier.source, text);
  if (parsed === null) return null;
  return checked(parsed.doc, parsed.lineCounter, text, file, absPath);
}

function parseYaml(absPath: string, file: string, bytes: Buffer): Loaded {
  // A parse stored by an earlier run for exactly these bytes (yaml-cache.ts): they were valid UTF-8 then.
  const stored = cachedParse(file, bytes);
  if (stored) return { source: { file, absPath, text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), ...stored }, diagnostics: [] };
  const decoded = decodeSource(bytes, file);
  if (decoded.text === null) return { source: null, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const start = lineCounter.linePos(error.code === 'MISSING_CHAR' ? unclosedQuoteOffset(text, error.pos[0], error.message) : error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      diagnostics.push(diag('NSK102', { message: 'Kunci ini sudah ditulis sebelumnya dalam peta yang sama.', file, start: { line: start.line, column: start.col }, hint: 'Hapus salah satu kunci atau ganti namanya.' }));
    } else if (!diagnostics.some((d) => d.code === 'NSK101')) {
      // Only the first syntax error: later ones are usually consequences of it.
      diagnostics.push(diag('NSK101', { message: `Sintaks YAML tidak sah: ${yamlErrorText(error.code, error.message)}`, file, start: { line: start.line, column: start.col }, hint: 'Periksa indentasi, tanda titik dua setelah kunci, dan tanda kutip yang belum ditutup.' }));
    }
  }
  if (diagnostics.length > 0) return { source: null, diagnostics };
  const result = checked(doc, lineCounter, text, file, absPath);
  if (result.source && result.diagnostics.length === 0) storeParse(file, bytes, result.source);
  return result;
}

/** A document that parsed without errors, checked for control and invisible characters, with its plain value (NSK108 when its aliases expand too far). */
function checked(doc: Document.Parsed, lineCounter: LineCounter, text: string, file: string, absPath: string): Loaded {
  const diagnostics = [...invisibleCharacters(text, file, absPath), ...escapedControls(doc, lineCounter, file, text)];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError || /alias/i.test(String(error)))) throw error;
    return { source: null, diagnostics: [...diagnostics, aliasDiagnostic(doc, lineCounter, file)] };
  }
  return { source: { file, absPath, text, doc, lineCounter, data }, diagnostics };
}

/** Most aliases a source may expand (a guard against alias bombs: "billion laughs"). */
const MAX_ALIASES = 100;

/** NSK108 at the first alias of a document whose aliases expand beyond MAX_ALIASES. */
function aliasDiagnostic(doc: Document, lineCounter: LineCounter, file: string): Diagnostic {
  let at = 0;
  visit(doc, {
    Alias(_, node) {
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const p = lineCounter.linePos(at);
  return diag('NSK108', { file, start: { line: p.line, column: p.col }, message: `Alias YAML (*nama) dipakai terlalu banyak: lebih dari ${MAX_ALIASES} salinan.`, hint: 'Tulis nilainya secara langsung; naskah tidak memerlukan jangkar (&) dan alias (*) YAML.' });
}

/** NSK106 for string values that carry a control character through a YAML escape ("\e", "\x00"). */
function escapedControls(doc: Document, lineCounter: LineCounter, file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || node.type !== 'QUOTE_DOUBLE') return;
      const c = controlInValue(node.value);
      const at = node.range?.[0] ?? 0;
      if (!c || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text.slice(at, node.range?.[1] ?? at))) return;
      const p = lineCounter.linePos(at);
      out.push(diag('NSK106', { file, start: { line: p.line, column: p.col }, message: `Karakter kendali ${characterName(c)} (ditulis sebagai escape) tidak boleh ada dalam naskah.`, hint: 'Hapus escape itu (mis. \\e, \\x00) dari teks bertanda kutip ganda.' }));
    },
  });
  return out;
}

/**
 * The yaml library reports an unclosed quote where the file ends; point instead at the opening quote:
 * the last line before the error with an odd number of that quote character.
 */
function unclosedQuoteOffset(text: string, errorOffset: number, message: string): number {
  const quote = message.includes("'quote") ? "'" : message.includes('"quote') ? '"' : null;
  if (!quote) return errorOffset;
  const lines = text.slice(0, errorOffset).split('\n');
  let offset = errorOffset - (lines[lines.length - 1]?.length ?? 0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (i < lines.length - 1) offset -= line.length + 1;
    if (line.split(quote).length % 2 === 0) return offset + line.indexOf(quote);
  }
  return errorOffset;
}

/** Indonesian wording for the yaml library's error codes (the English detail is kept in brackets). */
function yamlErrorText(code: string, message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const known: Record<string, string> = {
    BAD_INDENT: 'indentasi tidak sesuai',
    MISSING_CHAR: 'tanda penutup hilang (mis. kutip atau kurung)',
    MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh melintasi beberapa baris; kemungkinan tanda titik dua atau indentasi salah',
    BLOCK_AS_IMPLICIT_KEY: 'blok tidak boleh menjadi kunci',
    UNEXPECTED_TOKEN: 'tanda tak terduga',
    TAB_AS_INDENT: 'tab tidak boleh dipakai sebagai indentasi; gunakan spasi',
    BAD_SCALAR_START: 'nilai tidak boleh diawali tanda ini; apit dengan tanda kutip',
    BLOCK_IN_FLOW: 'blok tidak boleh berada di dalam kurung',
    IMPOSSIBLE: 'struktur tidak mungkin',
  };
  return `${known[code] ?? 'struktur tidak dapat diurai'} [${first}]`;
}

/** Converts a character offset to a 1-based position. */
export function positionAt(source: YamlSource, offset: number): Position {
  const p = source.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * Finds the node at `path`. With `key: true`, the map key of the last segment is returned instead of
 * its value (used to point at an unknown property's name). Falls back to the nearest existing ancestor.
 */
export function nodeAt(source: YamlSource, path: YamlPath, key = false): Node | null {
  let node: unknown = source.doc.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node as Node;
      keyNode = pair.key as Node;
      node = pair.value;
      if (node === null || node === undefined) return keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || item === null) return node as Node;
      keyNode = null;
      node = item;
    } else {
      return (node as Node) ?? null;
    }
  }
  if (key && keyNode) return keyNode;
  return (node as Node) ?? null;
}

/** The 1-based start/end of the node at `path` (see nodeAt). */
export function rangeAt(source: YamlSource, path: YamlPath, key = false): { start: Position; end: Position } {
  const node = nodeAt(source, path, key);
  const range = node?.range;
  if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { start: positionAt(source, range[0]), end: positionAt(source, range[1]) };
}
