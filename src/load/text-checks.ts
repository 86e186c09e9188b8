/**
 * What cannot be seen is not printed silently (issue 22 points 5 and 6): every source file, YAML or
 * Markdown, is read as strict UTF-8 and scanned for characters a reader of the printed page cannot see.
 * - invalid UTF-8: error NSK105 at the byte's line and column (never a silent U+FFFD);
 * - C0 control characters and DEL (NUL, ESC, …; tab and line ends are fine): error NSK106 at each;
 *   no writer may ever emit them (XML forbids most of them: Word refuses such a DOCX);
 * - bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and zero-width characters
 *   (U+200B–U+200D, U+2060, U+FEFF past the start): warning NSK107 with a `--fix` that removes them
 *   ("evil" must never print as "live").
 */
import { diag } from '../diagnostics/make.js';
import { attachFix } from '../diagnostics/fixes.js';
import type { Diagnostic, Position } from '../diagnostics/types.js';

/** Diagnostics per file at most for one kind of character (the first ones show the problem). */
const LIMIT = 10;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/g;

const NAMES: Record<string, string> = {
  '\u0000': 'NUL', '\u001b': 'ESC', '\u007f': 'DEL', '\u202e': 'RIGHT-TO-LEFT OVERRIDE', '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING', '\u202b': 'RIGHT-TO-LEFT EMBEDDING', '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE', '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200e': 'LEFT-TO-RIGHT MARK', '\u200f': 'RIGHT-TO-LEFT MARK', '\u061c': 'ARABIC LETTER MARK', '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER', '\u200d': 'ZERO WIDTH JOINER', '\u2060': 'WORD JOINER', '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
export function characterName(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[c] ? `${code} (${NAMES[c]})` : code;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of a text offset. */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += n;
  }
  return -1;
}

/**
 * Decodes a source file as strict UTF-8. On invalid bytes: null text and NSK105 at the first bad byte
 * (line and column counted on the valid text before it).
 */
export function decodeSource(bytes: Uint8Array, file: string): { text: string | null; diagnostics: Diagnostic[] } {
  const bad = invalidUtf8At(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), diagnostics: [] };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return {
    text: null,
    diagnostics: [diag('NSK105', { file, start: positionOf(before, before.length), message: `Berkas ${file} bukan teks UTF-8 yang sah: bita ${bad} (${hex}) tidak dapat dibaca.`, hint: 'Simpan ulang berkas sebagai UTF-8 (di editor: "Save with Encoding" → UTF-8), lalu periksa huruf di posisi itu.' })],
  };
}

/**
 * Control and invisible characters in a decoded source text. `absPath` lets `--fix` remove invisible
 * characters (each fix deletes exactly one character at its file offset).
 */
export function invisibleCharacters(text: string, file: string, absPath: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let count = 0;
  for (const m of text.matchAll(CONTROL)) {
    if (count++ >= LIMIT) break;
    out.push(diag('NSK106', { file, start: positionOf(text, m.index), message: `Karakter kendali ${characterName(m[0])} tidak boleh ada dalam naskah.`, hint: 'Hapus karakter itu (biasanya terbawa saat menyalin dari aplikasi lain); karakter kendali tidak tercetak dan merusak berkas DOCX.' }));
  }
  count = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    if (m.index === 0 && m[0] === '\ufeff') continue; // a byte order mark
    if (count++ >= LIMIT) break;
    const d = diag('NSK107', { file, start: positionOf(text, m.index), message: `Karakter tak terlihat ${characterName(m[0])} dalam teks: pembaca tidak melihatnya, tetapi dapat mengubah urutan atau pemenggalan huruf yang tercetak.`, hint: 'Jalankan `naskah check --fix` untuk menghapusnya, atau hapus dengan editor yang menampilkan karakter tak terlihat.' });
    attachFix(d, { description: `hapus ${characterName(m[0])}`, edits: [{ absPath, start: m.index, end: m.index + 1, text: '' }] });
    out.push(d);
  }
  return out;
}

/** Control characters that reached a parsed string value through an escape ("\e", "\x00" in YAML). */
export function controlInValue(value: string): string | null {
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(value);
  return m ? m[0] : null;
}
