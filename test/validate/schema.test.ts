import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml-source.js';
import { validateSource } from '../../src/validate/schema.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'naskah-schema-'));
function check(yaml: string) {
  const file = join(dir, 'naskah.yaml');
  writeFileSync(file, yaml);
  const { source, diagnostics } = loadYaml(file, dir);
  if (!source) return diagnostics;
  return validateSource(source, join(ROOT, 'schemas'), 'perbup');
}
const head = `jenis: peraturan-bupati
status: rancangan
tentang: Sistem Layanan
menimbang:
  - teks: bahwa perlu
mengingat: [uu-11-2009]
`;
const brief = (ds: ReturnType<typeof check>) => ds.map((d) => `${d.code} ${d.start.line}:${d.start.column} ${d.message} | ${d.hint}`);

describe('schema diagnostics at the YAML node', () => {
  it('points an unknown property at its key with a suggestion', () => {
    expect(brief(check(`${head}batang_tubuh:\n  - pasal: satu\n    tekss: isi\n`))).toEqual([
      'NSK201 8:5 Pasal tidak berisi apa pun: harus memuat salah satu dari `teks`, `ayat`, `definisi`, atau `formula`. | Tambahkan `teks:` untuk pasal tanpa ayat, atau `ayat:` dengan paling sedikit dua ayat.',
      'NSK202 9:5 Properti `tekss` tidak dikenal di sini. | Mungkin maksud Anda `teks`?',
    ]);
  });
  it('reports a missing required property at the map', () => {
    expect(brief(check(head))).toEqual(['NSK201 1:1 Properti wajib `batang_tubuh` tidak ada. | Tambahkan `batang_tubuh:` pada unsur ini.']);
  });
  it('rejects a Pasal with a single ayat (TN-BT-07)', () => {
    const d = check(`${head}batang_tubuh:\n  - pasal: satu\n    ayat:\n      - teks: isi\n`);
    expect(brief(d)).toEqual(['NSK209 10:7 Daftar ini harus memuat paling sedikit 2 butir. | Pasal yang dibagi dalam ayat memuat paling sedikit dua ayat (TN-BT-07); pasal dengan satu isi ditulis dengan `teks:`.']);
  });
  it('names an element that is no unit of the batang tubuh', () => {
    expect(brief(check(`${head}batang_tubuh:\n  - judul: KETENTUAN UMUM\n`))[0]).toBe('NSK206 8:5 Unsur ini bukan BAB, Bagian, Paragraf, atau Pasal. | Mulai unsur dengan salah satu kunci `bab:`, `bagian:`, `paragraf:`, atau `pasal:`.');
  });
  it('checks id patterns and rincian kinds', () => {
    expect(brief(check(`${head}batang_tubuh:\n  - pasal: Satu Dua\n    teks: isi\n    rincian: kumulatif\n    butir: [a, b]\n`))).toEqual([
      'NSK205 8:12 Nilai `Satu Dua` tidak sesuai bentuk yang diharapkan. | Id hanya boleh huruf kecil, angka, dan tanda hubung, mis. `fungsi-slrt`.',
    ]);
    expect(brief(check(`${head}batang_tubuh:\n  - pasal: satu\n    teks: isi\n    butir: [a, b]\n`))).toEqual([
      'NSK201 10:5 Properti `butir` memerlukan `rincian`. | Tambahkan `rincian: kumulatif`, `alternatif`, atau `kumulatif-alternatif`.',
    ]);
  });
  it('reports duplicate keys and syntax errors from the YAML parser', () => {
    expect(brief(check(`${head}${head}`)).map((s) => s.slice(0, 12))).toContain('NSK102 7:1 K');
    expect(brief(check('tentang: Sistem\nmenimbang: a: b\n'))).toEqual(['NSK101 2:12 Sintaks YAML tidak sah: blok tidak boleh menjadi kunci [Nested mappings are not allowed in compact mappings] | Periksa indentasi, tanda titik dua setelah kunci, dan tanda kutip yang belum ditutup.']);
  });
  it('names an empty naskah.yaml or one without jenis instead of failing later', async () => {
    const { mkdtempSync: mk, cpSync, writeFileSync: write } = await import('node:fs');
    const { runCli, FIXTURES } = await import('../helpers.js');
    const dir = mk(join(tmpdir(), 'naskah-empty-'));
    cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
    const file = join(dir, 'content', 'mini', 'naskah.yaml');
    write(file, '');
    expect((await runCli(['check', 'mini', '--format', 'json'], dir)).stdout).toContain('"code": "NSK203"');
    write(file, 'status: rancangan\n');
    const t = await runCli(['check', 'mini'], dir);
    expect(t.stderr).toContain('content/mini/naskah.yaml:1:1 galat NSK201 Properti wajib `jenis` tidak ada.');
    expect(t.exitCode).toBe(1);
  });
});
