/**
 * Content never becomes code (issue 16 point 11, DESIGN.md): Typst markup, Handlebars expressions and
 * XML written in a Pasal, a definition, a Pedoman paragraph and a table cell print literally in the PDF
 * and the DOCX — read back with pdf.js and from word/document.xml — and nothing is read from the file
 * system by them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** What must print literally, and its Markdown spelling where that differs. */
const PAYLOADS = ['#read("/etc/passwd")', '#import "lib.typ": *', '$x^y$', '#{panic()}', ']', '\\', '{{constructor}}', '{{#each a}}x{{/each}}', '<w:p>', ']]>', '&amp;', '@ref', '// bukan-komentar'];
const markdownOf = (p: string) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*/g, '\\*').replace(/\\$/, '\\\\');
const yamlOf = (p: string) => p.replace(/\*/g, '\\*');

function replaceIn(root: string, file: string, from: string, to: string): void {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** A marker before each payload: letters, not numbers (numbers in a norm are spelled out, TN-BT-08). */
const mark = (i: number) => `tanda${String.fromCharCode(97 + i)}`;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('markup in the content prints literally', () => {
  it('in the PDF and the DOCX of a Perbup and its Lampiran', async () => {
    const root = mkdtempSync(join(tmpdir(), 'naskah-injeksi-'));
    made.push(root);
    cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
    const yaml = PAYLOADS.map((p, i) => `[${mark(i)}] ${yamlOf(p)}`).join(' ');
    const md = PAYLOADS.map((p, i) => `[${mark(i)}] ${markdownOf(p)}`).join(' ');
    replaceIn(root, 'mini/naskah.yaml', 'teks: Puskesos dibentuk di setiap Desa dan Kelurahan', `teks: 'Puskesos dibentuk di setiap Desa dan Kelurahan ${yaml.replace(/'/g, "''")}'`);
    replaceIn(root, 'mini-pedoman/bab-1.md', 'Penanganan fakir miskin memerlukan', `Catatan ${md}. Penanganan fakir miskin memerlukan`);
    replaceIn(root, 'mini-pedoman/bab-1.md', '| 2020 | 80.200 |', `| 2020 ${md.replace(/\|/g, '\\|')} | 80.200 |`);
    const build = await runCli(['build', 'mini'], root);
    expect(build.exitCode, `${build.stdout}\n${build.stderr}`).toBe(0);

    const pdf = squash((await pdfPages(readFileSync(join(root, 'output', 'mini', 'mini.pdf')))).flat().join(' '));
    const files = unzipSync(readFileSync(join(root, 'output', 'mini', 'mini.docx')));
    const xml = strFromU8(files['word/document.xml']!);
    const docx = squash([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    for (const [i, p] of PAYLOADS.entries()) {
      const printed = squash(`[${mark(i)}] ${p}`);
      // Three places: the ayat, the Pedoman paragraph and the table cell.
      expect(pdf.split(printed).length - 1, `PDF ${p}`).toBeGreaterThanOrEqual(3);
      expect(docx.split(printed).length - 1, `DOCX ${p}`).toBeGreaterThanOrEqual(3);
    }
    expect(pdf).not.toContain('root:x:0');
    expect(docx).not.toContain('root:x:0');
    // The DOCX parts stay well-formed: no raw payload element reached the XML.
    expect(xml).not.toContain('<w:p></w:p><w:p>]]>');
    expect(xml.includes('<w:p>]]>')).toBe(false);
  }, 180_000);
});
