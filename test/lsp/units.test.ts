/** The text helpers of the language server: which `[[id]]` the cursor is on, an open `[[`, `mengingat` items, rename targets. */
import { describe, expect, it } from 'vitest';
import { definitionAt } from '../../src/lsp/rename.js';
import { inMengingat, openReference, referenceAt } from '../../src/lsp/units.js';

describe('referenceAt', () => {
  const text = 'teks: Ketentuan [[puskesos-dibentuk, puskesos-tugas]] berlaku bagi [[=perbup-slrt:rujukan-pd]].';
  it('finds the id under the cursor, one of several, with its offsets', () => {
    const at = text.indexOf('puskesos-tugas') + 3;
    expect(referenceAt(text, at)).toEqual({ id: 'puskesos-tugas', start: text.indexOf('puskesos-tugas'), end: text.indexOf('puskesos-tugas') + 'puskesos-tugas'.length });
    expect(referenceAt(text, text.indexOf('puskesos-dibentuk'))?.id).toBe('puskesos-dibentuk');
    expect(referenceAt(text, text.indexOf('rujukan-pd'))?.id).toBe('perbup-slrt:rujukan-pd');
  });
  it('is null outside a reference', () => {
    expect(referenceAt(text, text.indexOf('berlaku'))).toBeNull();
    expect(referenceAt('tanpa rujukan', 3)).toBeNull();
  });
});

describe('openReference', () => {
  it('gives the typed prefix after an unclosed [[ and null elsewhere', () => {
    expect(openReference('teks: lihat [[pusk', 18)).toBe('pusk');
    expect(openReference('teks: lihat [[a, b', 18)).toBe('b');
    expect(openReference('teks: lihat [[=', 15)).toBe('');
    expect(openReference('teks: lihat [[a]] dan ', 22)).toBeNull();
  });
});

describe('inMengingat', () => {
  const yaml = 'tentang: X\nmengingat:\n  - uu-11-2009\n  - \nbatang_tubuh:\n  - \n';
  it('is true only on a list item under the top-level mengingat key', () => {
    expect(inMengingat(yaml, yaml.indexOf('  - \nbatang') + 4)).toBe(true);
    expect(inMengingat(yaml, yaml.lastIndexOf('  - ') + 4)).toBe(false);
    expect(inMengingat(yaml, yaml.indexOf('tentang') + 3)).toBe(false);
  });
});

describe('definitionAt', () => {
  it('names the id of an `id:` or `pasal:` line when the cursor is on it', () => {
    const yaml = '      - pasal: fungsi\n        teks: x\n          - id: rujukan-pd # catatan\n';
    expect(definitionAt(yaml, yaml.indexOf('fungsi') + 2)).toBe('fungsi');
    expect(definitionAt(yaml, yaml.indexOf('rujukan-pd'))).toBe('rujukan-pd');
    expect(definitionAt(yaml, yaml.indexOf('teks'))).toBeNull();
  });
});
