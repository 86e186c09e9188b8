/**
 * Same input, byte-identical outputs (issue 16 point 14): the mini project copied to two folders of
 * different path lengths gives the same DOCX, PDF, IR JSON, diff outputs (redline, matriks, JSON, HTML)
 * and fasilitasi zip, byte for byte, and a second run in the same folder changes nothing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function hashes(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) Object.assign(out, hashes(join(dir, e.name), `${prefix}${e.name}/`));
    else out[`${prefix}${e.name}`] = createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex');
  }
  return out;
}

async function everything(root: string): Promise<Record<string, string>> {
  const run = async (...args: string[]) => {
    const t = await runCli(args, root);
    expect(t.exitCode, `${args.join(' ')}: ${t.stdout}\n${t.stderr}`).toBe(0);
  };
  await run('build', '--format', 'docx,pdf,ir');
  await run('revision', 'save', 'mini', '--label', 'Draf awal');
  const file = join(root, 'content', 'mini', 'naskah.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Puskesos dibentuk di setiap Desa dan Kelurahan', 'Puskesos dibentuk di setiap Desa'));
  await run('diff', 'mini', '1', 'working');
  await run('package', '--out', join(root, 'output', 'paket'));
  return hashes(join(root, 'output'));
}

describe('determinism', () => {
  it('gives byte-identical outputs of every kind from two folders and two runs', async () => {
    const base = mkdtempSync(join(tmpdir(), 'naskah-det-'));
    made.push(base);
    const first = join(base, 'a');
    const second = join(base, 'folder-lain', 'dengan', 'jalur', 'yang-jauh-lebih-panjang');
    mkdirSync(second, { recursive: true });
    cpSync(join(FIXTURES, 'mini'), first, { recursive: true });
    cpSync(join(FIXTURES, 'mini'), second, { recursive: true });
    const a = await everything(first);
    const b = await everything(second);
    const kinds = new Set(Object.keys(a).map((f) => f.slice(f.lastIndexOf('.') + 1)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['docx', 'html', 'json', 'pdf', 'zip']));
    expect(b).toEqual(a);
    // A second run over the same sources in the same folder changes nothing.
    for (const root of [first, first, second]) expect((await runCli(['build', '--format', 'docx,pdf,ir'], root)).exitCode).toBe(0);
    expect(hashes(join(first, 'output'))).toEqual(hashes(join(second, 'output')));
  }, 240_000);
});
