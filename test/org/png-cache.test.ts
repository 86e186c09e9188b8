/**
 * The bagan's PNG fallback kept in the private verified cache (src/org/png.ts, issue 11): a hit gives
 * byte for byte what resvg renders, and a tampered entry is never used.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'naskah-png-'));
process.env['NASKAH_CACHE_DIR'] = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="60mm" height="20mm" viewBox="0 0 170 57"><rect x="2" y="2" width="166" height="53" fill="none" stroke="#000"/><text x="10" y="35" font-family="TeX Gyre Bonum" font-size="12">Kepala Dinas</text></svg>';

describe('PNG fallback cache', () => {
  it('returns from the cache exactly what resvg renders, and ignores a tampered entry', async () => {
    const { svgToPng } = await import('../../src/org/png.js');
    const fonts = join(ROOT, 'templates', 'fonts');
    const fresh = svgToPng(SVG, fonts, 150);
    expect(Buffer.from(fresh.subarray(1, 4)).toString()).toBe('PNG');
    const entries = readdirSync(join(dir, 'png'));
    expect(entries).toHaveLength(1);
    expect(Buffer.from(svgToPng(SVG, fonts, 150)).equals(Buffer.from(fresh))).toBe(true);
    // Another resolution is another entry.
    expect(svgToPng(SVG, fonts, 100).byteLength).not.toBe(fresh.byteLength);
    const file = join(dir, 'png', entries[0]!);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { value: string };
    writeFileSync(file, JSON.stringify({ ...entry, value: Buffer.from('not a png').toString('base64') }));
    expect(Buffer.from(svgToPng(SVG, fonts, 150)).equals(Buffer.from(fresh))).toBe(true);
  });
});
