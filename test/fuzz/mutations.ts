/**
 * Malformed sources for the fuzz suite (issue 16 point 10): fast-check arbitraries that turn a valid
 * source file into a broken one the way editors, copy-paste and hostile input do — byte flips,
 * truncation, wrong types, deleted and unknown keys, duplicated ids, deep nesting, YAML alias bombs,
 * huge strings, BOM/CRLF/tabs and invalid UTF-8; for Markdown also deep lists, raw HTML, broken
 * references, tables and image URLs.
 */
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** One mutation: a name (for the failure report) and what it does to the file's bytes. */
export interface Mutation {
  readonly name: string;
  readonly apply: (bytes: Uint8Array) => Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const text = (f: (s: string) => string) => (bytes: Uint8Array) => enc.encode(f(dec.decode(bytes)));
const at = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));

const byteFlips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips): Mutation => ({
  name: `byte flips ${JSON.stringify(flips)}`,
  apply: (bytes) => {
    const out = Uint8Array.from(bytes);
    for (const [pos, mask] of flips) if (out.length > 0) out[pos % out.length]! ^= mask;
    return out;
  },
}));

const truncation = fc.nat().map((n): Mutation => ({ name: `truncated at ${n}`, apply: (bytes) => bytes.subarray(0, at(n, bytes.length)) }));

const invalidUtf8 = fc.tuple(fc.nat(), fc.constantFrom([0x80], [0xc3], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xed, 0xa0, 0x80])).map(([n, seq]): Mutation => ({
  name: `invalid UTF-8 ${JSON.stringify(seq)} at ${n}`,
  apply: (bytes) => {
    const p = at(n, bytes.length);
    return Uint8Array.from([...bytes.subarray(0, p), ...seq, ...bytes.subarray(p)]);
  },
}));

const whitespace = fc.constantFrom<Mutation>(
  { name: 'BOM', apply: (bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) },
  { name: 'CRLF', apply: text((s) => s.replace(/\n/g, '\r\n')) },
  { name: 'lone CR', apply: text((s) => s.replace(/\n/g, '\r')) },
  { name: 'tabs as indentation', apply: text((s) => s.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2))) },
  { name: 'no final newline, trailing spaces', apply: text((s) => s.replace(/\n/g, '   \n').trimEnd()) },
);

const insertion = (name: string, snippet: fc.Arbitrary<string>) =>
  fc.tuple(fc.nat(), snippet).map(([n, s]): Mutation => ({
    name: `${name} at ${n}`,
    apply: text((src) => {
      const lines = src.split('\n');
      const i = at(n, lines.length);
      return [...lines.slice(0, i), s, ...lines.slice(i)].join('\n');
    }),
  }));

const aliasBomb = insertion('alias bomb', fc.constant(['x-bom:', '  a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `  ${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n')));
const hugeString = insertion('huge string', fc.integer({ min: 10_000, max: 400_000 }).map((n) => `x-besar: ${'A'.repeat(n)}`));
const deepNesting = insertion('deep nesting', fc.integer({ min: 50, max: 2_000 }).map((n) => `x-dalam: ${'['.repeat(n)}${']'.repeat(n)}`));
const controls = insertion('control characters', fc.constantFrom('x: "\\0\\e"', 'teks: a\u0000b\u001bc', 'teks: evil\u202egnirts', 'teks: nol\u200blebar', '\u0007\u0008'));
const injection = insertion('markup', fc.constantFrom('teks: "#read(\\"/etc/passwd\\") {{constructor}} <w:p> ]]> & $x$ *a* ]"', 'teks: "\\\\"', 'teks: "[[=../../etc/passwd]] [[" ', 'teks: ***', 'teks: "[[a, , b]]"'));

/** Structural edits of a YAML document: delete, retype, unknown key, duplicated id, deep nesting. */
const yamlEdit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'retype-number', 'retype-null', 'retype-list', 'retype-map', 'unknown-key', 'duplicate-id', 'long-string', 'empty-string', 'nest')).map(([pick, salt, op]): Mutation => ({
  name: `yaml ${op} at node ${pick}`,
  apply: (bytes) => {
    const doc = parseDocument(dec.decode(bytes), { uniqueKeys: false });
    if (doc.errors.length > 0) return bytes;
    const nodes = collections(doc);
    if (nodes.length === 0) return bytes;
    const node = nodes[pick % nodes.length]!;
    edit(doc, node, op, salt);
    return enc.encode(doc.toString({ lineWidth: 0 }));
  },
}));

function collections(doc: Document): unknown[] {
  const out: unknown[] = [];
  const walk = (n: unknown) => {
    if (isMap(n) || isSeq(n)) {
      out.push(n);
      for (const item of n.items) walk(isMap(n) ? (item as { value: unknown }).value : item);
    }
  };
  walk(doc.contents);
  return out;
}

function edit(doc: Document, node: unknown, op: string, salt: number): void {
  const values: Record<string, unknown> = { 'retype-number': 42, 'retype-null': null, 'retype-list': [1, 'dua'], 'retype-map': { tiga: 3 }, 'long-string': 'kata '.repeat(5_000), 'empty-string': '', nest: JSON.parse(`${'['.repeat(60)}${']'.repeat(60)}`) };
  if (isMap(node)) {
    const items = node.items;
    if (items.length === 0) return;
    const pair = items[salt % items.length]!;
    if (op === 'delete') items.splice(salt % items.length, 1);
    else if (op === 'unknown-key') node.set(`x-tidak-dikenal-${salt % 7}`, 'nilai');
    else if (op === 'duplicate-id') node.set('id', 'id-ganda');
    else pair.value = doc.createNode(values[op]);
  } else if (isSeq(node)) {
    const items = node.items;
    if (op === 'delete' && items.length > 0) items.splice(salt % items.length, 1);
    else if (op === 'duplicate-id' && items.length > 0) items.push(items[salt % items.length] as never);
    else if (items.length > 0) items[salt % items.length] = doc.createNode(values[op] ?? 'nilai') as never;
  }
}

/** Markdown-specific breakage. */
const markdown = insertion('markdown', fc.oneof(
  fc.integer({ min: 8, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- tingkat ${i}`).join('\n')),
  fc.constantFrom('<script>alert(1)</script>', '```\nkode\n```', '> kutipan', '---', '###### terlalu dalam', '# JUDUL KEDUA', '![](%E0%A4%A)', '![]()', '![x](/etc/passwd)', '![x](../../../../luar.svg)', 'Tabel: tanpa tabel {#t}', '| a | b |\n| - |\n| 1 | 2 | 3 |', '[[tidak-ada]] [[=]] [[a b]]', '{#id-ganda}', '\\*bintang\\* *miring', '[[=fungsi]][[=fungsi]]'),
));

/** Every mutation for a YAML source. */
export const yamlMutation: fc.Arbitrary<Mutation> = fc.oneof(byteFlips, truncation, invalidUtf8, whitespace, aliasBomb, hugeString, deepNesting, controls, injection, yamlEdit, yamlEdit);

/** Every mutation for a Markdown source. */
export const markdownMutation: fc.Arbitrary<Mutation> = fc.oneof(byteFlips, truncation, invalidUtf8, whitespace, hugeString, controls, markdown, markdown);
