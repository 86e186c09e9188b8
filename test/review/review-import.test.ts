/**
 * `naskah review import` on a DOCX that LibreOffice edited (test/fixtures/review/reviewed.docx, made by
 * make.py from naskah's DOCX of test/fixtures/mini): comments, tracked insertion and deletion, a unit
 * whose bookmark was deleted, an untracked edit; and bad input refused with its code, content/ untouched.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';

const REVIEWED = join(FIXTURES, 'review', 'reviewed.docx');

function snapshot(dir: string): string {
  const root = dir;
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(`${p.slice(root.length)}\n${readFileSync(p, 'utf8').length}`);
    }
  };
  walk(dir);
  return out.join('\n');
}

describe('naskah review import', () => {
  let dir: string;
  let before: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-review-'));
    cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
    before = snapshot(join(dir, 'content'));
  });

  it('reports comments, tracked changes and untracked edits per unit with their source positions', async () => {
    const t = await runCli(['review', 'import', 'mini', REVIEWED], dir);
    expect(t.exitCode).toBe(0);
    const lines = t.stdout.split('\n');
    expect(lines).toContain('2 komentar, 2 perubahan terlacak, 1 suntingan tanpa tanda revisi (PERIKSA!); 27 dari 100 paragraf dikenali dari penanda unit, 73 dari teksnya.');
    const after = (heading: string): string => lines[lines.indexOf(heading) + 2] ?? '';
    expect(after('## Pasal 1 angka 1')).toBe('- !! SUNTINGAN TANPA TANDA REVISI content/mini/naskah.yaml:20:19: teks baru “wilayah ”');
    expect(after('## Pasal 2 huruf c (dikenali dari teks: penanda unit terhapus)')).toMatch(/^- Komentar content\/mini\/naskah\.yaml:47:44 — Bagian Hukum, 2026-12-07T09:00:00Z: “Sebutkan program yang dimaksud\.” pada “kebutuhan program”$/);
    expect(after('## Pasal 3 ayat (1)')).toBe('- Komentar content/mini/naskah.yaml:55:23 — Bagian Hukum, 2026-12-07T09:00:00Z: “Apakah juga di tingkat kecamatan?” pada “Puskesos dibentuk”');
    expect(t.stdout).toMatch(/- Sisipan content\/mini\/naskah\.yaml:55:69 — Bagian Hukum & Ortala, [0-9T:-]+Z: sisipkan “ secara bertahap”\n/);
    expect(after('## Pasal 5')).toMatch(/^- Hapusan content\/mini\/naskah\.yaml:65:23 — Bagian Hukum & Ortala, [0-9T:-]+Z: hapus “penyelenggaraan ”$/);
    // The positions point at the very text in the YAML.
    const yaml = readFileSync(join(dir, 'content', 'mini', 'naskah.yaml'), 'utf8').split('\n');
    expect(yaml[64]!.slice(22)).toMatch(/^penyelenggaraan SLRT/);
    expect(yaml[54]!.slice(22)).toMatch(/^Puskesos dibentuk/);
    expect(yaml[54]!.slice(68)).toBe('');
    expect(readFileSync(join(dir, 'output', 'mini', 'ulasan.md'), 'utf8')).toContain('## Pasal 3 ayat (1)');
    expect(snapshot(join(dir, 'content'))).toBe(before);
  });

  it('gives the findings as JSON', async () => {
    const t = await runCli(['review', 'import', 'mini', REVIEWED, '--format', 'json'], dir);
    const json = JSON.parse(t.stdout) as { findings: { kind: string; unit: string; via: string; file: string; line: number; column: number; applicable: boolean }[] };
    const ins = json.findings.find((f) => f.kind === 'sisip')!;
    expect(ins).toMatchObject({ unit: 'Pasal 3 ayat (1)', via: 'bookmark', file: 'content/mini/naskah.yaml', line: 55, column: 69, applicable: true });
    expect(json.findings.find((f) => f.kind === 'komentar' && f.unit === 'Pasal 2 huruf c')?.via).toBe('teks');
    expect(json.findings.filter((f) => f.kind === 'tak-terlacak')).toHaveLength(1);
  });

  const refuse = async (name: string, bytes: Uint8Array, code: string, reason: RegExp): Promise<void> => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const t = await runCli(['review', 'import', 'mini', file], dir);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toMatch(new RegExp(`^${name}:1:1 galat ${code} `));
    expect(t.stderr).toMatch(reason);
    expect(t.stderr).toContain('saran: ');
    expect(snapshot(join(dir, 'content'))).toBe(before);
  };

  it('refuses a file that is not a DOCX', async () => {
    await refuse('catatan.docx', new TextEncoder().encode('bukan zip'), 'NSK621', /bukan DOCX \(bukan zip\)/);
    await refuse('lain.docx', zipSync({ 'isi.txt': new TextEncoder().encode('halo') }), 'NSK621', /tidak memuat word\/document\.xml/);
  });

  it('refuses a truncated zip and broken XML', async () => {
    const whole = readFileSync(REVIEWED);
    await refuse('terpotong.docx', whole.subarray(0, Math.floor(whole.length * 0.6)), 'NSK622', /Zip DOCX rusak/);
    await refuse('xml-rusak.docx', zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document xmlns:w="x"><w:body></w:document>') }), 'NSK622', /XML tidak sah di word\/document\.xml:1:/);
  });

  it('refuses an encrypted DOCX (Word writes it as an OLE compound file)', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await refuse('rahasia.docx', cfb, 'NSK623', /dilindungi kata sandi/);
  });

  it('stops a zip bomb while inflating', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    await refuse('bom.docx', bomb, 'NSK624', /bom zip/);
  });

  it('refuses the DOCX of another document', async () => {
    const other = readFileSync(join(FIXTURES, 'lo-reviewed', 'lo-reviewed.docx'));
    await refuse('perbup-lain.docx', other, 'NSK625', /bukan DOCX dokumen mini/);
  });
});
