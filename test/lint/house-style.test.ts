/**
 * House style (content/naskah.config.yaml): WARN and INFO rules can be re-levelled or switched off with
 * a reason; an ERROR rule cannot (NSK251, ignored); unknown ids are NSK252; catalogued rules that are not
 * checked mechanically are NSK253.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { tempProject } from './project.js';

const naskah = readFileSync(join(ROOT, 'test', 'rules', 'TN-KU-07', 'not-ok.yaml'), 'utf8')
  .replace('            arti: Bupati Purwakarta\n', '            arti: Bupati  Purwakarta\n')
  .replace('          - penanganan Keluhan melalui Rujukan\n', '          - penanganan Keluhan melalui Rujukan paling lama 14 hari\n');

const CONFIG = `# yaml-language-server: $schema=../../schemas/config.schema.json
aturan:
  TN-KU-07: { tingkat: galat, alasan: Bagian Hukum meminta urutan definisi ditegakkan }
  TN-BHS-01: { tingkat: mati, alasan: spasi dirapikan saat penyuntingan akhir }
  TN-BT-08: { tingkat: mati, alasan: mencoba melonggarkan aturan ERROR }
  TN-BT-8: { tingkat: mati, alasan: salah ketik }
  TN-TYP-06: { tingkat: mati, alasan: nomor halaman diatur Bagian Hukum }
`;

interface Found { code: string; severity: string; line: number; file: string; hint: string }

async function check(config: string | null): Promise<Found[]> {
  const project = tempProject({ dokumen: naskah }, config ? { 'naskah.config.yaml': config } : {});
  try {
    const t = await runCli(['check', '--format', 'json'], project.dir);
    return JSON.parse(t.stdout) as Found[];
  } finally {
    project.cleanup();
  }
}

describe('house style', () => {
  let without: Found[] = [];
  let withConfig: Found[] = [];
  afterAll(() => undefined);

  it('without a configuration: catalogue levels', async () => {
    without = await check(null);
    expect(without.filter((d) => d.code === 'TN-KU-07').map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(without.filter((d) => d.code === 'TN-BHS-01').map((d) => d.severity)).toEqual(['info']);
    expect(without.filter((d) => d.code === 'TN-BT-08').map((d) => d.severity)).toEqual(['error']);
  }, 60_000);

  it('re-levels WARN, switches INFO off, refuses to touch ERROR, flags unknown and unchecked ids', async () => {
    withConfig = await check(CONFIG);
    expect(withConfig.filter((d) => d.code === 'TN-KU-07').map((d) => d.severity)).toEqual(['error', 'error']);
    expect(withConfig.filter((d) => d.code === 'TN-BHS-01')).toEqual([]);
    expect(withConfig.filter((d) => d.code === 'TN-BT-08').map((d) => d.severity)).toEqual(['error']);
    const config = withConfig.filter((d) => d.file === 'content/naskah.config.yaml').map((d) => `${d.code} ${d.severity} ${d.line}`);
    expect(config).toEqual(['NSK251 error 5', 'NSK252 error 6', 'NSK253 warning 7']);
    expect(withConfig.find((d) => d.code === 'NSK252')?.hint).toContain('TN-BT-08');
  });

  it('reports a configuration that does not match its schema', async () => {
    const found = await check('aturan:\n  TN-KU-07: { tingkat: lunak }\n');
    expect(found.filter((d) => d.file === 'content/naskah.config.yaml').map((d) => d.code).sort()).toEqual(['NSK201', 'NSK204']);
  });
});
