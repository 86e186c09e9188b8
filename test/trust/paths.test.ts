/**
 * Paths named in sources never reach outside the project (issue 22 points 1, 2, 9, 10): lambang,
 * Markdown images, Pedoman chapters, the kata pengantar and `lampiran.sumber` are refused — absolute,
 * "../" out of the project, a symlink or a symlinked folder leading out — with a coded diagnostic
 * (NSK104) at the line that names them; the outside file is never read nor quoted.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the mini project under <tmp>/proyek, with a secret file beside it at <tmp>/luar. */
function project(): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'naskah-jalur-'));
  made.push(base);
  const root = join(base, 'proyek');
  cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
  const outside = join(base, 'luar');
  mkdirSync(outside);
  writeFileSync(join(outside, 'rahasia.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>RAHASIA</text></svg>');
  writeFileSync(join(outside, 'rahasia.md'), '# RAHASIA DI LUAR PROYEK\n\nRAHASIA\n');
  cpSync(join(root, 'content', 'mini-pedoman'), join(outside, 'pedoman-lain'), { recursive: true });
  return { root, outside };
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing replaced in ${file}`);
  writeFileSync(path, next);
}

async function check(root: string, id: string) {
  const t = await runCli(['check', id], root);
  expect(t.exitCode).toBe(1);
  // `check` prints its findings on stdout today (issue 16 point 6 moves them to stderr): read both.
  const printed = `${t.stdout}\n${t.stderr}`;
  expect(printed).not.toContain('RAHASIA');
  expect(printed).not.toContain('root:');
  return printed;
}

describe('paths named in sources stay inside the project', () => {
  it('refuses a lambang outside the project: absolute, ../, symlink, symlinked folder', async () => {
    for (const variant of ['absolute', 'dotdot', 'symlink', 'folder'] as const) {
      const { root, outside } = project();
      let value = '';
      if (variant === 'absolute') value = join(outside, 'rahasia.svg');
      if (variant === 'dotdot') value = '../../luar/rahasia.svg';
      if (variant === 'symlink') {
        symlinkSync(join(outside, 'rahasia.svg'), join(root, 'content', 'lambang.svg'));
        value = 'lambang.svg';
      }
      if (variant === 'folder') {
        symlinkSync(outside, join(root, 'content', 'gambar'));
        value = 'gambar/rahasia.svg';
      }
      edit(root, 'content/daerah.yaml', 'lambang: null', `lambang: ${value}`);
      const stderr = await check(root, 'mini');
      expect(stderr, variant).toMatch(/content\/daerah\.yaml:6:10 galat NSK104 Jalur ".*" (adalah jalur mutlak|menunjuk ke luar folder proyek|melalui tautan simbolik)/);
      const build = await runCli(['build', 'mini'], root);
      expect(build.exitCode, variant).toBe(1);
    }
  });

  it('refuses a Markdown image, a chapter and a kata pengantar outside the project, at their lines', async () => {
    const { root } = project();
    edit(root, 'content/mini-pedoman/bab-2.md', /!\[([^\]]*)\]\(gambar\/alur\.svg\)/, '![$1](../../../luar/rahasia.svg)');
    edit(root, 'content/mini-pedoman/pedoman.yaml', '  - bab-1.md', '  - ../../../luar/rahasia.md');
    edit(root, 'content/mini-pedoman/pedoman.yaml', 'berkas: kata-pengantar.md', 'berkas: /etc/rahasia.md');
    const stderr = await check(root, 'mini-pedoman');
    expect(stderr).toMatch(/content\/mini-pedoman\/bab-2\.md:\d+:1 galat NSK104 Jalur "\.\.\/\.\.\/\.\.\/luar\/rahasia\.svg" menunjuk ke luar folder proyek\./);
    expect(stderr).toContain('content/mini-pedoman/pedoman.yaml:14:5 galat NSK104 Jalur "../../../luar/rahasia.md" menunjuk ke luar folder proyek.');
    expect(stderr).toContain('content/mini-pedoman/pedoman.yaml:8:11 galat NSK104 Jalur "/etc/rahasia.md" adalah jalur mutlak');
  });

  it('refuses lampiran.sumber outside the project (another project, /etc/passwd) without quoting the file', async () => {
    const { root } = project();
    edit(root, 'content/mini/naskah.yaml', 'sumber: ../mini-pedoman/pedoman.yaml', 'sumber: ../../../luar/pedoman-lain/pedoman.yaml');
    let stderr = await check(root, 'mini');
    expect(stderr).toMatch(/content\/mini\/naskah\.yaml:71:13 galat NSK104 Jalur "\.\.\/\.\.\/\.\.\/luar\/pedoman-lain\/pedoman\.yaml" menunjuk ke luar folder proyek\./);
    edit(root, 'content/mini/naskah.yaml', 'sumber: ../../../luar/pedoman-lain/pedoman.yaml', 'sumber: /etc/passwd');
    stderr = await check(root, 'mini');
    expect(stderr).toContain('galat NSK104 Jalur "/etc/passwd" adalah jalur mutlak');
  });

  it('reports a mistyped chapter at the line of pedoman.yaml that names it, with the closest name', async () => {
    const { root } = project();
    edit(root, 'content/mini-pedoman/pedoman.yaml', '  - bab-2.md', '  - bab-22.md');
    const stderr = await check(root, 'mini-pedoman');
    expect(stderr).toContain('content/mini-pedoman/pedoman.yaml:15:5 galat NSK103 Berkas bab-22.md tidak ditemukan.');
    expect(stderr).toContain('Mungkin maksud Anda bab-2.md?');
  });

  it('reports a malformed percent escape and an empty URL in a Markdown image (NSK125), never "URI malformed"', async () => {
    const { root } = project();
    edit(root, 'content/mini-pedoman/bab-2.md', /!\[([^\]]*)\]\(gambar\/alur\.svg\)/, '![$1](%E0%A4%A)');
    const stderr = await check(root, 'mini-pedoman');
    expect(stderr).toMatch(/bab-2\.md:\d+:1 galat NSK125 Alamat gambar "%E0%A4%A" tidak sah/);
    expect(stderr).not.toContain('URI malformed');
    edit(root, 'content/mini-pedoman/bab-2.md', '(%E0%A4%A)', '()');
    expect(await check(root, 'mini-pedoman')).toMatch(/galat NSK125 Alamat gambar kosong\./);
  });
});
