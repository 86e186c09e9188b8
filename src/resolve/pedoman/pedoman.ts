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
import { tableFonts } from '../table/measure-cells.js';
import { sizeTables } from '../table/size-tables.js';
import { phrasing } from './phrasing.js';
import { keptResolution, type Reads } from './kept-resolution.js';
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
 * standalone book, which names the Peraturan by number and title (sebutan.ts). The files are read
 * every time; their resolution is the kept one while nothing it read changed (kept-resolution.ts).
 */
export function resolvePedomanIsi(manifest: YamlSource, root: string, peraturan: UnitIndex, jenisPeraturan: string, fontsDir: string, buku: IdentitasPeraturan | null = null): ResolvedPedoman {
  const data = manifest.data as PedomanManifest;
  const loadDiagnostics: Diagnostic[] = [];
  const chapters: MarkdownSource[] = [];
  for (const [i, file] of data.bab.entries()) {
    const { source, diagnostics: d } = loadListed(manifest, root, ['bab', i], file);
    loadDiagnostics.push(...d);
    if (source) chapters.push(source);
  }
  const kp = data.kata_pengantar ? loadListed(manifest, root, ['kata_pengantar', 'berkas'], data.kata_pengantar.berkas) : null;
  const key = [root, manifest.absPath, manifest.text, jenisPeraturan, fontsDir, JSON.stringify(buku), ...chapters.flatMap((c) => [c.absPath, c.text]), kp?.source?.absPath ?? '', kp?.source?.text ?? ''];
  const slot = `${manifest.absPath}\u0000${buku ? 'buku' : 'lampiran'}`;
  const r = keptResolution(slot, key, peraturan, (reads) => resolveChapters(chapters, kp?.source ?? null, reads, jenisPeraturan, fontsDir, buku));
  // In reading order: the chapters' files, their text, the kata pengantar's file, its text. Copies: a
  // later phase may give a diagnostic its fix.
  const diagnostics = [...loadDiagnostics, ...r.chapterDiagnostics, ...(kp?.diagnostics ?? []), ...r.kataPengantarDiagnostics].map((d) => ({ ...d }));
  return { isi: r.isi, kataPengantar: r.kataPengantar, diagnostics };
}

/** The chapters and kata pengantar resolved, with the diagnostics of each. */
interface ResolvedChapters {
  readonly isi: BlokLampiran[];
  readonly kataPengantar: Runs[] | null;
  readonly chapterDiagnostics: readonly Diagnostic[];
  readonly kataPengantarDiagnostics: readonly Diagnostic[];
}

function resolveChapters(chapters: readonly MarkdownSource[], kataPengantar: MarkdownSource | null, reads: Reads, jenisPeraturan: string, fontsDir: string, buku: IdentitasPeraturan | null): ResolvedChapters {
  const plan = planChapters(chapters, reads.exists);
  const sebutan = () => (buku ? sebutanBuku(buku) : sebutanLampiran(jenisPeraturan));
  const targets = { peraturan: reads.peraturan, jenisPeraturan, local: plan.local, sebutan: sebutan() };
  const sized = sizeTables(plan.planned.map((p) => p(targets)), tableFonts(fontsDir));
  // The text pass adds its diagnostics (unknown references, raw HTML) to the plan's list.
  const chapterDiagnostics = [...plan.diagnostics, ...sized.diagnostics];
  const kataPengantarDiagnostics: Diagnostic[] = [];
  let kp: Runs[] | null = null;
  if (kataPengantar) {
    const place = { file: kataPengantar.file, text: kataPengantar.text, diagnostics: kataPengantarDiagnostics };
    // It is read on its own, before the chapters, so it names the Peraturan in full again.
    const targetsKp = { ...targets, sebutan: sebutan() };
    kp = kataPengantar.tree.children.flatMap((node) => (node.type === 'paragraph' ? [phrasing(node.children, targetsKp, place)] : []));
  }
  return { isi: sized.blocks, kataPengantar: kp, chapterDiagnostics, kataPengantarDiagnostics };
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
