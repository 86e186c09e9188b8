/** The preview's watcher: the events of one save (truncate, write, rename) come out as one burst naming the file; hidden and swap files are ignored. */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchSources } from '../../src/preview/watch.js';

describe('watchSources', () => {
  it('folds the events of one save into one call and skips editor swap files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'naskah-watch-'));
    const calls: string[][] = [];
    const stop = watchSources([dir], (files) => calls.push([...files].sort()));
    try {
      await new Promise((r) => setTimeout(r, 100));
      const file = join(dir, 'naskah.yaml');
      writeFileSync(join(dir, '.naskah.yaml.swp'), 'x');
      writeFileSync(join(dir, 'naskah.yaml.tmp'), 'judul: satu\n');
      renameSync(join(dir, 'naskah.yaml.tmp'), file);
      writeFileSync(file, 'judul: dua\n');
      for (let i = 0; i < 100 && calls.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(calls).toHaveLength(1);
      expect(calls[0]).toContain(file);
      expect(calls[0]!.some((f) => f.endsWith('.swp'))).toBe(false);
    } finally {
      stop();
    }
  });
});
