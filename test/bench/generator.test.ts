import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline/load-document.js';
import type { Naskah, Unit } from '../../src/ir/types.js';
import { irToMarkdown } from '../../bench/ir-markdown.js';
import { findProject } from '../../src/load/project.js';
import { documentFiles, sizeRevisions, writeSyntheticProject } from '../../bench/synthetic-project.js';
import { documentId, SIZES } from '../../bench/sizes.js';
import { isPasal, type SourceUnit } from '../../bench/source.js';
import { runCli } from '../helpers.js';

function countPasalSource(units: readonly SourceUnit[]): number {
  return units.reduce((n, u) => n + (isPasal(u) ? 1 : countPasalSource(u.isi)), 0);
}

function pasalLabels(units: readonly Unit[], out: string[] = []): string[] {
  for (const u of units) {
    if (u.kind === 'pasal') out.push(u.label);
    else pasalLabels(u.isi, out);
  }
  return out;
}

describe('synthetic regulation generator', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'naskah-bench-test-'));
    writeSyntheticProject(root, SIZES);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is deterministic: the same size gives the same files, byte for byte, for both revisions', () => {
    for (const spec of SIZES.slice(0, 2)) {
      const a = sizeRevisions(spec);
      const b = sizeRevisions(spec);
      for (const rev of ['r0', 'r1'] as const) expect([...documentFiles('/c', a[rev])]).toEqual([...documentFiles('/c', b[rev])]);
      expect(a.revision).toEqual(b.revision);
    }
    const written = readFileSync(join(root, 'content', 'bench-small', 'naskah.yaml'), 'utf8');
    expect(written).toBe(documentFiles(join(root, 'content'), sizeRevisions(SIZES[0]!).r0).get(join(root, 'content', 'bench-small', 'naskah.yaml')));
  });

  it('has the requested numbers of Pasal, BAB, Lampiran chapters and 30 definitions', () => {
    for (const spec of SIZES) {
      const { r0 } = sizeRevisions(spec);
      expect(countPasalSource(r0.naskah.batang_tubuh)).toBe(spec.pasal);
      expect(r0.naskah.batang_tubuh).toHaveLength(spec.bab);
      expect(r0.pedoman.bab).toHaveLength(spec.babLampiran);
      expect(r0.pedoman.bab.every((b) => b.blok.some((x) => x.kind === 'tabel'))).toBe(true);
      const definisi = (r0.naskah.batang_tubuh[0] as { isi: { definisi?: unknown[] }[] }).isi[0]!.definisi;
      expect(definisi).toHaveLength(30);
    }
  });

  it('makes a second revision with every change kind', () => {
    for (const spec of SIZES) {
      const { r0, r1, revision: revision } = sizeRevisions(spec);
      expect(Object.values(revision).every((n) => n > 0)).toBe(true);
      expect(r1.naskah.mengingat.length).toBe(r0.naskah.mengingat.length + 1);
      expect(countPasalSource(r1.naskah.batang_tubuh)).toBe(spec.pasal + revision.pasalDisisipkan);
    }
  });

  it('passes `naskah check` without errors, both revisions of every size', async () => {
    const ids = SIZES.flatMap((s) => [documentId(s.size, 0), documentId(s.size, 1)]);
    const t = await runCli(['check', '--format', 'json', ...ids], root);
    const errors = (JSON.parse(t.stdout) as { severity: string; code: string; file: string; line: number }[]).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
    expect(t.exitCode).toBe(0);
  }, 120_000);

  it('resolves to an IR with every Pasal numbered 1…N and the Lampiran chapters as BAB headings', () => {
    const paths = findProject(root)!;
    for (const spec of SIZES.slice(0, 2)) {
      const { ir } = loadDocument(paths, documentId(spec.size, 0), { date: '2026-01-01T00:00:00Z', strict: false });
      const naskah = ir as Naskah;
      expect(pasalLabels(naskah.batangTubuh)).toEqual(Array.from({ length: spec.pasal }, (_, i) => `Pasal ${i + 1}`));
      expect(naskah.lampiran[0]!.isi.filter((b) => b.kind === 'judul' && b.level === 1)).toHaveLength(spec.babLampiran);
    }
  });

  it('writes a Markdown equivalent with the same Pasal, tables and no raw reference syntax', () => {
    const paths = findProject(root)!;
    const { ir } = loadDocument(paths, 'bench-small', { date: '2026-01-01T00:00:00Z', strict: false });
    const { markdown } = irToMarkdown(ir!, root, join(root, 'markdown'));
    for (let i = 1; i <= 40; i++) expect(markdown).toContain(`### Pasal ${i}\n`);
    expect(markdown).toContain('sebagaimana dimaksud pada ayat (1)');
    expect(markdown).not.toContain('[[');
    expect(markdown.match(/^\| No \| Kegiatan \| Pelaksana \| Waktu \|$/gm)).toHaveLength(5);
  });
});
