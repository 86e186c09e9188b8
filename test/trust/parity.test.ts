/**
 * `check` reports first what `build` would refuse (issue 22 point 10): a 200-deep Markdown list, an
 * empty image URL and an image outside the project are coded diagnostics at the Markdown line in
 * `check`; `build` refuses them the same way; no diagnostic ever points into templates/ or a generated file.
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

const BAB = 'content/mini-pedoman/bab-1.md';

function project(insert: string): string {
  const root = mkdtempSync(join(tmpdir(), 'naskah-paritas-'));
  made.push(root);
  cpSync(join(FIXTURES, 'mini'), root, { recursive: true });
  const file = join(root, BAB);
  writeFileSync(file, readFileSync(file, 'utf8').replace('## Latar Belakang {#latar-belakang}\n', `## Latar Belakang {#latar-belakang}\n\n${insert}\n`));
  return root;
}

describe('check and build agree', () => {
  for (const [name, insert, expected] of [
    ['a 200-deep list', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- tingkat ${i}`).join('\n'), /bab-1\.md:\d+:\d+ galat NSK128 Daftar bersarang lebih dari 6 tingkat/],
    ['an empty image URL', '![Gambar kosong]()', /bab-1\.md:\d+:1 galat NSK125 Alamat gambar kosong/],
    ['an image outside the project', '![Sandi](/etc/passwd)', /bab-1\.md:\d+:1 galat NSK104 Jalur "\/etc\/passwd" adalah jalur mutlak/],
  ] as const) {
    it(`${name}: check reports it at the Markdown line, build refuses it the same way`, async () => {
      const root = project(insert);
      const check = await runCli(['check'], root);
      expect(check.exitCode).toBe(1);
      expect(check.stderr).toMatch(expected);
      const build = await runCli(['build'], root);
      expect(build.exitCode).toBe(1);
      expect(build.stderr).toMatch(expected);
      for (const t of [check, build]) expect(t.stderr).not.toMatch(/^(templates\/|output\/)/m);
    });
  }
});
