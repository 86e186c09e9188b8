/**
 * `naskah review import --apply`: the tracked changes of the LibreOffice-edited fixture go into the YAML as
 * minimal edits and the diff is shown; a result that does not check clean is refused and nothing changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

const REVIEWED = join(FIXTURES, 'review', 'reviewed.docx');

function project(): { dir: string; yaml: string; original: string } {
  const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-review-apply-');
  const yaml = join(dir, 'content', 'mini', 'naskah.yaml');
  return { dir, yaml, original: readFileSync(yaml, 'utf8') };
}

describe('naskah review import --apply', () => {
  it('writes the tracked insertion and deletion as minimal edits and shows the diff', async () => {
    const { dir, yaml, original } = project();
    const t = await runCli(['review', 'import', 'mini', REVIEWED, '--apply'], dir);
    expect(t.exitCode).toBe(0);
    const expected = original
      .replace('teks: Puskesos dibentuk di setiap Desa dan Kelurahan\n', 'teks: Puskesos dibentuk di setiap Desa dan Kelurahan secara bertahap\n')
      .replace('teks: Pedoman penyelenggaraan SLRT', 'teks: Pedoman SLRT');
    expect(expected).not.toBe(original);
    // Everything else (comments, quoting, layout) is byte for byte the same.
    expect(readFileSync(yaml, 'utf8')).toBe(expected);
    expect(t.stdout).toContain('2 perubahan terlacak diterapkan ke sumber; hasilnya lolos pemeriksaan.');
    expect(t.stdout).toContain('@@ baris 55 @@\n-                teks: Puskesos dibentuk di setiap Desa dan Kelurahan\n+                teks: Puskesos dibentuk di setiap Desa dan Kelurahan secara bertahap');
    expect(t.stdout).toContain('PERHATIAN: suntingan tanpa tanda revisi di atas TIDAK diterapkan');
    expect((await runCli(['check', 'mini'], dir)).exitCode).toBe(0);
  });

  it('refuses, changing nothing, when the result does not check clean', async () => {
    const { dir, yaml, original } = project();
    const parts = unzipSync(readFileSync(REVIEWED));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('> secara bertahap</w:t>');
    parts['word/document.xml'] = strToU8(xml.replace('> secara bertahap</w:t>', '> menurut [[tidak-ada]]</w:t>'));
    const file = join(dir, 'rujukan-salah.docx');
    writeFileSync(file, zipSync(parts));
    const t = await runCli(['review', 'import', 'mini', file, '--apply'], dir);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('rujukan-salah.docx:1:1 galat NSK626 Perubahan ulasan tidak diterapkan; tidak ada berkas yang diubah:');
    expect(t.stderr).toMatch(/hasil perubahan tidak lolos pemeriksaan; sumber dikembalikan seperti semula:\n {4}content\/mini\/naskah\.yaml:55:78 galat NSK301 Rujukan ke id `tidak-ada`/);
    expect(readFileSync(yaml, 'utf8')).toBe(original);
  });
});
