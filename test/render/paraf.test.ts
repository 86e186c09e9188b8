/**
 * The copy routed for signature (review m23, TN-PARAF-01…03): `naskah build --paraf` writes
 * <id>-paraf.pdf and .docx with the project's paraf table at the bottom left of the signature page;
 * the final copy never carries it, and without a `paraf` list the option is refused.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { pdfPages } from '../pdf-text.js';

const JABATAN = [
  'Kepala Bidang Perlindungan dan Jaminan Sosial',
  'Sekretaris Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak',
  'Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak',
  'Kepala Bagian Hukum',
  'Asisten Pemerintahan dan Kesejahteraan Rakyat',
  'Sekretaris Daerah',
];

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('naskah build --paraf', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-paraf-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the paraf table on the signature page of the Perbup and the Keputusan, in PDF and DOCX', async () => {
    const t = await runCli(['build', 'perbup-slrt', 'kepbup-struktur-slrt', '--paraf'], dir);
    expect(t.exitCode, t.stderr).toBe(0);
    for (const id of ['perbup-slrt', 'kepbup-struktur-slrt']) {
      const base = join(dir, 'output', id, `${id}-paraf`);
      const pages = (await pdfPages(readFileSync(`${base}.pdf`))).map((lines) => squash(lines.join(' ')));
      const withTable = pages.flatMap((text, i) => (text.includes('Paraf hierarki') ? [i] : []));
      expect(withTable, id).toHaveLength(1);
      const page = pages[withTable[0]!]!;
      // The table closes the page that carries the Bupati's signature, hierarki first, then koordinasi.
      expect(page).toContain('Ditetapkan di Purwakarta');
      expect(page.indexOf('Ditetapkan di Purwakarta')).toBeLessThan(page.indexOf('No. Jabatan Paraf Tanggal'));
      let at = page.indexOf('Paraf hierarki');
      for (const [i, j] of JABATAN.entries()) {
        const next = page.indexOf(`${i + 1}. ${j}`, at);
        expect(next, `${id}: ${j}`).toBeGreaterThan(at);
        at = next;
      }
      expect(page.indexOf('Paraf koordinasi')).toBeGreaterThan(page.indexOf(JABATAN[2]!));
      const xml = strFromU8(unzipSync(readFileSync(`${base}.docx`))['word/document.xml']!);
      const start = xml.lastIndexOf('<w:tbl>', xml.indexOf('>Paraf hierarki<'));
      const table = xml.slice(start, xml.indexOf('</w:tbl>', start));
      expect(start, `${id} DOCX`).toBeGreaterThan(xml.indexOf('>Ditetapkan di Purwakarta<'));
      for (const j of JABATAN) expect(table, `${id} DOCX: ${j}`).toContain(`>${j}<`);
    }
    // The final copies were not written by this run, and a Buku Pedoman has no signature page to carry one.
    expect(existsSync(join(dir, 'output', 'perbup-slrt', 'perbup-slrt.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'output', 'pedoman-slrt', 'pedoman-slrt-paraf.pdf'))).toBe(false);
  }, 120_000);

  it('leaves the final copy without it', async () => {
    const t = await runCli(['build', 'kepbup-struktur-slrt', '--format', 'pdf'], dir);
    expect(t.exitCode, t.stderr).toBe(0);
    const text = (await pdfPages(readFileSync(join(dir, 'output', 'kepbup-struktur-slrt', 'kepbup-struktur-slrt.pdf')))).flat().join(' ');
    expect(text).toContain('BUPATI PURWAKARTA,');
    expect(text).not.toContain('Paraf');
  }, 120_000);

  it('is refused, writing nothing, when the project has no paraf list', async () => {
    const config = join(dir, 'content', 'naskah.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^paraf:[\s\S]*$/m, ''));
    rmSync(join(dir, 'output'), { recursive: true, force: true });
    const t = await runCli(['build', 'perbup-slrt', '--paraf'], dir);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('Tabel paraf belum diatur');
    expect(existsSync(join(dir, 'output', 'perbup-slrt'))).toBe(false);
  }, 60_000);
});
