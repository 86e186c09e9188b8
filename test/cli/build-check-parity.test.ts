/**
 * `naskah build` shows the findings `naskah check` shows (issue 16 point 2): one set of findings for
 * both commands, cross-document rules included. The fixture project gets a Keputusan whose table names
 * a kedudukan the Perbup does not create, seen only by the cross-document rule TN-KEP-14 (the Keputusan
 * is not linked through `peraturan`, so its resolver cannot see it); build reports it like check does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'naskah-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'test', 'keputusan', 'fixtures', 'project'), dir, { recursive: true });

/** The header lines of the diagnostics in a transcript ("file:line:col tingkat KODE pesan"). */
const findings = (text: string) => text.split('\n').filter((l) => /^content\/\S+:\d+:\d+ (galat|peringatan|info) /.test(l)).sort();

describe('build and check', { timeout: 120_000 }, () => {
  it('report the same findings, the cross-document ones included', async () => {
    const file = join(dir, 'content', 'kepbup-mini', 'naskah.yaml');
    const unlinked = readFileSync(file, 'utf8')
      .replace('peraturan: perbup-induk\n', '')
      .replace(/^ {2}wajib_perbup: .*\n/m, '')
      .replace(/^ {6}perbup: .*\n/gm, '')
      .replace('[[=perbup-induk:susunan-ditetapkan]]', 'Pasal 1 ayat (2) Peraturan Bupati Purwakarta Nomor 7 Tahun 2026 tentang Layanan Terpadu')
      .replace('nama: Anggota', 'nama: Koordinator Wilayah');
    writeFileSync(file, unlinked);
    const check = await runCli(['check'], dir);
    const build = await runCli(['build', '--format', 'ir'], dir);
    const seen = findings(check.stderr);
    expect(seen.filter((l) => l.includes('TN-KEP-14'))).toEqual([
      'content/kepbup-mini/naskah.yaml:30:5 peringatan TN-KEP-14 Kedudukan "Koordinator Wilayah" (tabel susunan, baris 4) bukan unsur yang dibentuk perbup-induk (pengarah, manajer layanan, petugas layanan, pembina, anggota, pos layanan desa).',
    ]);
    expect(findings(build.stderr)).toEqual(seen);
    expect(build.exitCode).toBe(check.exitCode);
  });
});
