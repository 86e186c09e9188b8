/**
 * The Buku Pedoman: its manifest (pedoman.yaml), chapters and kata pengantar → blocks for the Lampiran of
 * its Peraturan, and the standalone book (cover, kata pengantar, chapters) (TN-LMP, TN-PED).
 */
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BlokLampiran, BukuPedoman, Runs } from '../../ir/types.js';
import { loadMarkdown, type MarkdownSource } from '../../load/markdown-source.js';
import type { YamlSource } from '../../load/yaml-source.js';
import { longDate, type Daerah } from '../daerah.js';
import type { UnitIndex } from '../unit-index.js';
import { planChapters } from './chapters.js';
import { tableFonts } from '../table/measure-cells.js';
import { sizeTables } from '../table/size-tables.js';
import { phrasing } from './phrasing.js';

/** pedoman.yaml as validated by schemas/pedoman.schema.json. */
export interface PedomanManifest {
  readonly jenis: 'buku-pedoman';
  readonly status?: 'rancangan' | 'final';
  readonly judul: string;
  readonly penyusun: string;
  readonly tahun: number;
  readonly peraturan: string;
  readonly kata_pengantar?: { readonly berkas: string; readonly tempat: string; readonly tanggal?: string | null; readonly jabatan: string; readonly nama?: string | null };
  readonly bab: readonly string[];
}

/** The chapters of a Pedoman resolved against its Peraturan. */
export interface ResolvedPedoman {
  readonly isi: BlokLampiran[];
  readonly kataPengantar: Runs[] | null;
  readonly diagnostics: Diagnostic[];
}

/** Loads and resolves the chapters (and kata pengantar) of the manifest. */
export function resolvePedomanIsi(manifest: YamlSource, root: string, peraturan: UnitIndex, jenisPeraturan: string, fontsDir: string): ResolvedPedoman {
  const data = manifest.data as PedomanManifest;
  const dir = dirname(manifest.absPath);
  const diagnostics: Diagnostic[] = [];
  const chapters: MarkdownSource[] = [];
  for (const file of data.bab) {
    const { source, diagnostics: d } = loadMarkdown(join(dir, file), root);
    diagnostics.push(...d);
    if (source) chapters.push(source);
  }
  const plan = planChapters(chapters);
  const targets = { peraturan, jenisPeraturan, local: plan.local };
  const sized = sizeTables(plan.planned.map((p) => p(targets)), tableFonts(fontsDir));
  const isi = sized.blocks;
  // The text pass adds its diagnostics (unknown references, raw HTML) to the plan's list.
  diagnostics.push(...plan.diagnostics, ...sized.diagnostics);
  let kataPengantar: Runs[] | null = null;
  if (data.kata_pengantar) {
    const { source, diagnostics: d } = loadMarkdown(join(dir, data.kata_pengantar.berkas), root);
    diagnostics.push(...d);
    if (source) {
      const place = { file: source.file, text: source.text, diagnostics };
      // (kata pengantar diagnostics go straight into `diagnostics`)
      kataPengantar = source.tree.children.flatMap((node) => (node.type === 'paragraph' ? [phrasing(node.children, targets, place)] : []));
    }
  }
  return { isi, kataPengantar, diagnostics };
}

/** The standalone book's IR. */
export function bukuPedoman(id: string, manifest: PedomanManifest, resolved: ResolvedPedoman, daerah: Daerah, lambang: string | null, status: 'rancangan' | 'final', date: string): BukuPedoman {
  const kp = manifest.kata_pengantar;
  return {
    schema: 'naskah-ir/1',
    id,
    jenis: 'buku-pedoman',
    status,
    metadata: { title: manifest.judul, subject: manifest.judul, author: manifest.penyusun, keywords: ['Buku Pedoman', daerah.namaDaerah], date, language: 'id-ID' },
    sampul: {
      lambang,
      judul: ['BUKU PEDOMAN', manifest.judul.toUpperCase()],
      penyusun: [`PEMERINTAH ${daerah.namaDaerah.toUpperCase()}`, manifest.penyusun.toUpperCase()],
      tahun: String(manifest.tahun),
    },
    kataPengantar: kp && resolved.kataPengantar ? { alinea: resolved.kataPengantar, penandatangan: { baris: [`${kp.tempat}, ${longDate(kp.tanggal)}`, `${kp.jabatan.toUpperCase()},`], nama: kp.nama ?? '...' } } : null,
    isi: resolved.isi,
  };
}
