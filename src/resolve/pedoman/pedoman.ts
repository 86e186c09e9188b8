/**
 * The Buku Pedoman: its manifest (pedoman.yaml), chapters and kata pengantar → blocks for the Lampiran of
 * its Peraturan, and the standalone book (cover, kata pengantar, chapters) (TN-LMP, TN-PED).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { diag } from '../../diagnostics/make.js';
import { closest } from '../../util/suggest.js';
import { confine, refusalText } from '../../load/confine.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BlokLampiran, BukuPedoman, Runs } from '../../ir/types.js';
import { loadMarkdown, type MarkdownSource } from '../../load/markdown-source.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import { longDate, type Daerah } from '../daerah.js';
import type { UnitIndex } from '../unit-index.js';
import { planChapters } from './chapters.js';
import { phrasing } from './phrasing.js';
import { sebutanBuku, sebutanLampiran, type IdentitasPeraturan } from './sebutan.js';

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

/**
 * Loads and resolves the chapters (and kata pengantar) of the manifest. Without `buku` they are the
 * Lampiran of the Peraturan ("Peraturan Bupati ini"); with the Peraturan's identity they are the
 * standalone book, which names the Peraturan by number and title (sebutan.ts).
 */
export function resolvePedomanIsi(manifest: YamlSource, root: string, peraturan: UnitIndex, jenisPeraturan: string, buku: IdentitasPeraturan | null = null): ResolvedPedoman {
  const data = manifest.data as PedomanManifest;
  const dir = dirname(manifest.absPath);
  const diagnostics: Diagnostic[] = [];
  const chapters: MarkdownSource[] = [];
  for (const [i, file] of data.bab.entries()) {
    const { source, diagnostics: d } = loadListed(manifest, root, ['bab', i], file);
    diagnostics.push(...d);
    if (source) chapters.push(source);
  }
  const plan = planChapters(chapters);
  const sebutan = () => (buku ? sebutanBuku(buku) : sebutanLampiran(jenisPeraturan));
  const targets = { peraturan, jenisPeraturan, local: plan.local, sebutan: sebutan() };
  const isi = plan.planned.map((p) => p(targets));
  // The text pass adds its diagnostics (unknown references, raw HTML) to the plan's list.
  diagnostics.push(...plan.diagnostics);
  let kataPengantar: Runs[] | null = null;
  if (data.kata_pengantar) {
    const { source, diagnostics: d } = loadListed(manifest, root, ['kata_pengantar', 'berkas'], data.kata_pengantar.berkas);
    diagnostics.push(...d);
    if (source) {
      const place = { file: source.file, text: source.text, diagnostics };
      // (kata pengantar diagnostics go straight into `diagnostics`). It is read on its own, before the
      // chapters, so it names the Peraturan in full again.
      const kp = { ...targets, sebutan: sebutan() };
      kataPengantar = source.tree.children.flatMap((node) => (node.type === 'paragraph' ? [phrasing(node.children, kp, place)] : []));
    }
  }
  return { isi, kataPengantar, diagnostics };
}

/**
 * Reads a Markdown file that pedoman.yaml names: confined to the project (NSK104) and, when it is missing,
 * reported at the line of pedoman.yaml that names it (NSK103) with the closest existing name.
 */
function loadListed(manifest: YamlSource, root: string, at: YamlPath, name: string): { source: MarkdownSource | null; diagnostics: Diagnostic[] } {
  const place = { file: manifest.file, ...rangeAt(manifest, at) };
  const dir = dirname(manifest.absPath);
  const confined = confine(root, dir, name);
  if (!confined.ok) return { source: null, diagnostics: [diag('NSK104', { ...place, ...refusalText(name, confined.reason) })] };
  if (!existsSync(confined.absPath) || !statSync(confined.absPath).isFile()) {
    const near = closest(name, readdirSync(dir).filter((f) => f.endsWith('.md')));
    return { source: null, diagnostics: [diag('NSK103', { ...place, message: `Berkas ${name} tidak ditemukan.`, hint: near ? `Mungkin maksud Anda ${near}? Nama berkas relatif terhadap pedoman.yaml.` : 'Nama berkas relatif terhadap pedoman.yaml.' })] };
  }
  return loadMarkdown(confined.absPath, root);
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
      // "PEDOMAN PENYELENGGARAAN …" stands alone; "BUKU PEDOMAN" above it would repeat the word (review m15).
      judul: /^PEDOMAN\b/.test(manifest.judul.toUpperCase()) ? [manifest.judul.toUpperCase()] : ['BUKU PEDOMAN', manifest.judul.toUpperCase()],
      penyusun: [`PEMERINTAH ${daerah.namaDaerah.toUpperCase()}`, manifest.penyusun.toUpperCase()],
      tahun: String(manifest.tahun),
    },
    kataPengantar: kp && resolved.kataPengantar ? { alinea: resolved.kataPengantar, penandatangan: { baris: [`${kp.tempat}, ${longDate(kp.tanggal)}`, `${kp.jabatan.toUpperCase()},`], nama: kp.nama ?? '...' } } : null,
    isi: resolved.isi,
  };
}
