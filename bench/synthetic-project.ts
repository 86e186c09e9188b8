/**
 * Writes the synthetic bench project: content/daerah.yaml, content/dasar-hukum.yaml and, per size and
 * revision, content/<id>/naskah.yaml with its Pedoman in content/<id>-pedoman/ (pedoman.yaml plus one
 * Markdown file per BAB), in naskah's own source format (schemas/README.md). Atomic writes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import { syntheticDocument } from './synthetic-document.js';
import { markdownBab } from './synthetic-pedoman.js';
import { DAERAH_YAML, DASAR_HUKUM_YAML } from './fixed-project.js';
import { syntheticRevision, type RevisionSummary } from './synthetic-revision.js';
import { pedomanFolderId, type SizeSpec, type Size } from './sizes.js';
import type { SyntheticDocument } from './source.js';

const HEADER = '# Dibuat oleh npm run bench (bench/); jangan disunting: dibuat ulang pada setiap pengukuran.\n';

/** The text of a generated `naskah.yaml`. */
export function naskahYaml(doc: SyntheticDocument): string {
  return HEADER + stringify(doc.naskah, { lineWidth: 100 });
}

/** Every file of one generated document, keyed by absolute path. */
export function documentFiles(contentDir: string, doc: SyntheticDocument): Map<string, string> {
  const files = new Map<string, string>();
  files.set(join(contentDir, doc.id, 'naskah.yaml'), naskahYaml(doc));
  const pedomanDir = join(contentDir, pedomanFolderId(doc.id));
  const manifest = {
    jenis: 'buku-pedoman',
    status: 'rancangan',
    judul: doc.pedoman.judul,
    penyusun: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta',
    tahun: 2026,
    peraturan: doc.pedoman.peraturan,
    bab: doc.pedoman.bab.map((b) => b.berkas),
  };
  files.set(join(pedomanDir, 'pedoman.yaml'), HEADER + stringify(manifest, { lineWidth: 100 }));
  for (const bab of doc.pedoman.bab) files.set(join(pedomanDir, bab.berkas), markdownBab(bab));
  return files;
}

/** What was generated for one size. */
export interface WrittenSize {
  readonly size: Size;
  readonly r0: SyntheticDocument;
  readonly r1: SyntheticDocument;
  readonly revision: RevisionSummary;
  /** Bytes of all source files of revision 0 (naskah.yaml + Pedoman). */
  readonly bytes: number;
}

/** The two revisions of one size. */
export function sizeRevisions(spec: SizeSpec): { r0: SyntheticDocument; r1: SyntheticDocument; revision: RevisionSummary } {
  const r0 = syntheticDocument(spec);
  const { document: r1, summary: summary } = syntheticRevision(spec, r0);
  return { r0, r1, revision: summary };
}

/** Writes a fresh project under `root` (its content/ is replaced) with both revisions of every size. */
export function writeSyntheticProject(root: string, specs: readonly SizeSpec[]): WrittenSize[] {
  const contentDir = join(root, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  const files = new Map<string, string>([
    [join(contentDir, 'daerah.yaml'), DAERAH_YAML],
    [join(contentDir, 'dasar-hukum.yaml'), DASAR_HUKUM_YAML],
  ]);
  const out: WrittenSize[] = [];
  for (const spec of specs) {
    const { r0, r1, revision: revision } = sizeRevisions(spec);
    const r0Files = documentFiles(contentDir, r0);
    for (const [path, text] of r0Files) files.set(path, text);
    for (const [path, text] of documentFiles(contentDir, r1)) files.set(path, text);
    const bytes = [...r0Files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    out.push({ size: spec.size, r0, r1, revision: revision, bytes });
  }
  writeFilesAtomic(files);
  return out;
}
