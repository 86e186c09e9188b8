/**
 * The organisation graph checks of src/org/validate.ts on their own: redundant coordination lines
 * (NSK326), a second root (NSK322), and the komando order of a sound model.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml-source.js';
import type { StrukturSource } from '../../src/org/types.js';
import { susunanOrder } from '../../src/org/types.js';
import { validateStruktur } from '../../src/org/validate.js';
import { ROOT } from '../helpers.js';

const load = (name: string) => {
  const source = loadYaml(join(ROOT, 'test', 'org', 'fixtures', name), ROOT).source!;
  return validateStruktur(source, ['struktur'], (source.data as { struktur: StrukturSource }).struktur);
};

describe('organisation graph checks', () => {
  const { model, diagnostics } = load('coordination.yaml');
  const shown = diagnostics.map((d) => `${d.code}@${d.start.line}:${d.start.column} ${d.severity} ${d.message}`);

  it('finds every redundant coordination line and the second root', () => {
    expect(model).toBeNull();
    expect(shown).toEqual([
      'NSK326@13:20 error Unit `wakil` berkoordinasi dengan dirinya sendiri.',
      'NSK326@13:27 error `wakil` dan `ketua` sudah terhubung dengan garis komando; garis koordinasi di antara keduanya berlebih.',
      'NSK326@13:43 error Garis koordinasi ke `anggota` ditulis dua kali.',
      'NSK326@20:20 warning Garis koordinasi `anggota`–`wakil` sudah ditulis pada unit `wakil`.',
      'NSK322@23:11 error Unit `lepas` tidak mempunyai `atasan`, padahal `ketua` sudah menjadi unit puncak.',
    ]);
    expect(diagnostics.at(-1)!.related).toEqual([{ message: 'Unit puncak.', file: 'test/org/fixtures/coordination.yaml', start: { line: 4, column: 11 } }]);
  });
});

describe('a sound organisation', () => {
  const { model, diagnostics } = load('healthy.yaml');
  it('is returned in komando order with depths, and in unsur order for the table', () => {
    expect(diagnostics).toEqual([]);
    expect(model!.units.map((u) => `${u.id}:${u.depth}`)).toEqual(['ketua:0', 'sekretaris:1', 'staf:2', 'anggota:1']);
    expect(susunanOrder(model!).map((u) => u.id)).toEqual(['ketua', 'anggota', 'sekretaris', 'staf']);
    expect(model!.root.id).toBe('ketua');
  });
});
