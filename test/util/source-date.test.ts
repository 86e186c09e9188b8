/**
 * The document date without SOURCE_DATE_EPOCH: the last git commit of content/, or — for a copy outside
 * git, such as an unpacked zip — the newest modification time of its files, never 1980 (which made every
 * enacted date in the SLRT sources "in the future" for TN-BHS-17) and never the wall clock.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceDate } from '../../src/util/source-date.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'naskah-tanggal-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('sourceDate outside git', () => {
  it('is the newest modification of a file in content/, symlinks and hidden files aside', () => {
    const content = join(temp(), 'content');
    mkdirSync(join(content, 'perbup'), { recursive: true });
    writeFileSync(join(content, 'daerah.yaml'), 'a');
    writeFileSync(join(content, 'perbup', 'naskah.yaml'), 'b');
    writeFileSync(join(content, '.cache'), 'c');
    utimesSync(join(content, 'daerah.yaml'), 1_700_000_000, 1_700_000_000);
    utimesSync(join(content, 'perbup', 'naskah.yaml'), 1_760_000_000, 1_760_000_000);
    utimesSync(join(content, '.cache'), 1_790_000_000, 1_790_000_000);
    symlinkSync('/etc/hostname', join(content, 'tautan'));
    expect(sourceDate(content, {})).toBe('2025-10-09T08:53:20Z');
    expect(sourceDate(content, { SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01T00:00:00Z');
  });

  it('is the zip epoch for an empty folder', () => {
    expect(sourceDate(temp(), {})).toBe('1980-01-01T00:00:00Z');
  });

  it('lets the real SLRT sources, copied outside git, check without errors', async () => {
    const dir = temp();
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const err: string[] = [];
    const code = await main(['check', '--quiet'], { out: () => {}, err: (s) => err.push(s), isTTY: false, cwd: dir, env: {} });
    expect(err.join('\n')).not.toMatch(/TN-BHS-17/);
    expect(code).toBe(0);
  }, 120_000);
});
