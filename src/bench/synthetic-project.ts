/**
 * Writes the synthetic bench project: content/daerah.yaml, content/dasar-hukum.yaml and, per size and
 * revision, content/<id>/naskah.yaml with its Pedoman in content/<id>-pedoman/ (pedoman.yaml plus one
 * Markdown file per BAB), in naskah's own source format (schemas/README.md). Atomic writes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { writeFilesAtomic } from '../build/atomic-write.js';
import { dokumenSintetis } from './dokumen-sintetis.js';
import { markdownBab } from './pedoman-sintetis.js';
import { DAERAH_YAML, DASAR_HUKUM_YAML } from './proyek-tetap.js';
import { revisiSintetis, type RingkasanRevisi } from './revisi-sintetis.js';
import { idPedoman, type SpesifikasiUkuran, type Ukuran } from './sizes.js';
import type { DokumenSintetis } from './source.js';

const HEADER = '# Dibuat oleh npm run bench (src/bench); jangan disunting: dibuat ulang pada setiap pengukuran.\n';

/** The text of a generated `naskah.yaml`. */
export function naskahYaml(doc: DokumenSintetis): string {
  return HEADER + stringify(doc.naskah, { lineWidth: 100 });
}

/** Every file of one generated document, keyed by absolute path. */
export function berkasDokumen(contentDir: string, doc: DokumenSintetis): Map<string, string> {
  const files = new Map<string, string>();
  files.set(join(contentDir, doc.id, 'naskah.yaml'), naskahYaml(doc));
  const pedomanDir = join(contentDir, idPedoman(doc.id));
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
export interface UkuranTertulis {
  readonly ukuran: Ukuran;
  readonly r0: DokumenSintetis;
  readonly r1: DokumenSintetis;
  readonly revisi: RingkasanRevisi;
  /** Bytes of all source files of revision 0 (naskah.yaml + Pedoman). */
  readonly bytes: number;
}

/** The two revisions of one size. */
export function revisiUkuran(spec: SpesifikasiUkuran): { r0: DokumenSintetis; r1: DokumenSintetis; revisi: RingkasanRevisi } {
  const r0 = dokumenSintetis(spec);
  const { dokumen: r1, ringkasan } = revisiSintetis(spec, r0);
  return { r0, r1, revisi: ringkasan };
}

/** Writes a fresh project under `root` (its content/ is replaced) with both revisions of every size. */
export function tulisProyekSintetis(root: string, specs: readonly SpesifikasiUkuran[]): UkuranTertulis[] {
  const contentDir = join(root, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  const files = new Map<string, string>([
    [join(contentDir, 'daerah.yaml'), DAERAH_YAML],
    [join(contentDir, 'dasar-hukum.yaml'), DASAR_HUKUM_YAML],
  ]);
  const out: UkuranTertulis[] = [];
  for (const spec of specs) {
    const { r0, r1, revisi } = revisiUkuran(spec);
    const r0Files = berkasDokumen(contentDir, r0);
    for (const [path, text] of r0Files) files.set(path, text);
    for (const [path, text] of berkasDokumen(contentDir, r1)) files.set(path, text);
    const bytes = [...r0Files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    out.push({ ukuran: spec.ukuran, r0, r1, revisi, bytes });
  }
  writeFilesAtomic(files);
  return out;
}
