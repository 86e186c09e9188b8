/**
 * What cannot be seen is not printed silently (issue 22 points 5, 6 and 8): invalid UTF-8 (NSK105),
 * control characters raw or escaped (NSK106), bidi and zero-width characters (NSK107, removed by
 * `check --fix`) and YAML alias bombs (NSK108) are coded diagnostics at their positions, exit 1 — never
 * exit 3, a stack trace or a DOCX that is not well-formed XML.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'naskah-teks-'));
  made.push(root);
  cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
  return root;
}

const NASKAH = 'content/mini/naskah.yaml';
const TENTANG = 'tentang: Sistem Layanan dan Rujukan Terpadu';

function edit(root: string, file: string, from: string, to: string | Uint8Array): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  if (typeof to === 'string') writeFileSync(path, text.replace(from, to));
  else {
    const [head, tail] = [text.slice(0, text.indexOf(from)), text.slice(text.indexOf(from) + from.length)];
    writeFileSync(path, Buffer.concat([Buffer.from(head), to, Buffer.from(tail)]));
  }
}

async function check(root: string, ...args: string[]) {
  const t = await runCli(['check', 'mini', ...args], root);
  return { exitCode: t.exitCode, printed: `${t.stdout}\n${t.stderr}` };
}

describe('characters a reader cannot see', () => {
  it('reports invalid UTF-8 at its line and column (NSK105), not a silent U+FFFD', async () => {
    const root = project();
    edit(root, NASKAH, TENTANG, Buffer.concat([Buffer.from('tentang: Sistem Lay'), Buffer.from([0xe9]), Buffer.from('anan dan Rujukan Terpadu')]));
    const t = await check(root);
    expect(t.exitCode).toBe(1);
    expect(t.printed).toContain(`${NASKAH}:4:20 galat NSK105 Berkas ${NASKAH} bukan teks UTF-8 yang sah`);
  });

  it('reports NUL and ESC in a text field, raw or escaped (NSK106), and build writes nothing', async () => {
    const root = project();
    edit(root, NASKAH, TENTANG, 'tentang: Sistem\u0000 Layanan dan\u001b Rujukan Terpadu');
    const t = await check(root);
    expect(t.exitCode).toBe(1);
    expect(t.printed).toContain(`${NASKAH}:4:16 galat NSK106 Karakter kendali U+0000 (NUL) tidak boleh ada dalam naskah.`);
    expect(t.printed).toContain(`${NASKAH}:4:29 galat NSK106 Karakter kendali U+001B (ESC)`);
    const build = await runCli(['build', 'mini'], root);
    expect(build.exitCode).toBe(1);

    const escaped = project();
    edit(escaped, NASKAH, `${TENTANG} untuk Penanganan Fakir Miskin dan Orang Tidak Mampu`, 'tentang: "Sistem \\e Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu"');
    const e = await check(escaped);
    expect(e.exitCode).toBe(1);
    expect(e.printed).toContain(`${NASKAH}:4:10 galat NSK106 Karakter kendali U+001B (ESC) (ditulis sebagai escape)`);
  });

  it('warns about a bidi override and a zero-width space (NSK107), and --fix removes them', async () => {
    const root = project();
    edit(root, NASKAH, TENTANG, 'tentang: Sistem \u202eLayanan\u202c dan\u200b Rujukan Terpadu');
    const t = await check(root);
    expect(t.printed).toContain(`${NASKAH}:4:17 peringatan NSK107 Karakter tak terlihat U+202E (RIGHT-TO-LEFT OVERRIDE)`);
    expect(t.printed).toContain(`${NASKAH}:4:25 peringatan NSK107 Karakter tak terlihat U+202C`);
    expect(t.printed).toContain(`${NASKAH}:4:30 peringatan NSK107 Karakter tak terlihat U+200B (ZERO WIDTH SPACE)`);
    await check(root, '--fix');
    expect(readFileSync(join(root, NASKAH), 'utf8')).toContain(`${TENTANG} untuk`);
    expect((await check(root)).printed).not.toContain('NSK107');

    const md = project();
    edit(md, 'content/mini-pedoman/bab-1.md', 'Penanganan fakir', 'Penanganan\u202e fakir');
    const m = await runCli(['check', 'mini-pedoman'], md);
    expect(`${m.stdout}${m.stderr}`).toContain('content/mini-pedoman/bab-1.md:5:11 peringatan NSK107');
  });

  it('reports an alias bomb at the alias (NSK108), exit 1, not an internal error', async () => {
    const root = project();
    const anchors = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)];
    edit(root, NASKAH, 'nomor: null', `nomor: null\nx-bom:\n${anchors.map((l) => `  ${l}`).join('\n')}`);
    const t = await check(root);
    expect(t.exitCode).toBe(1);
    expect(t.printed).toMatch(new RegExp(`${NASKAH}:8:\\d+ galat NSK108 Alias YAML`));
    expect(t.printed).not.toContain('kesalahan internal');
  });
});
