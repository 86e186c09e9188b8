/**
 * Loading a Buku Pedoman: as the Lampiran of its Peraturan (`lampiran[].sumber`) and as a standalone
 * book (a content folder with pedoman.yaml instead of naskah.yaml).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { confine, refusalText } from '../load/confine.js';
import type { BlokLampiran, BukuPedoman, Naskah } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { loadYaml, type YamlSource } from '../load/yaml-source.js';
import type { Daerah } from '../resolve/daerah.js';
import { bukuPedoman, resolvePedomanIsi, type PedomanManifest } from '../resolve/pedoman/pedoman.js';
import { identitasPeraturan } from '../resolve/pedoman/sebutan.js';
import type { UnitIndex } from '../resolve/unit-index.js';
import { validateSource } from '../validate/schema.js';

/** Loads and validates a pedoman.yaml manifest. */
export function loadManifest(absPath: string, paths: ProjectPaths, diagnostics: Diagnostic[]): YamlSource | null {
  const { source, diagnostics: d } = loadYaml(absPath, paths.root);
  diagnostics.push(...d);
  if (!source) return null;
  const schema = validateSource(source, paths.schemas, 'pedoman');
  diagnostics.push(...schema);
  return hasErrors(schema) ? null : source;
}

/** A resolver for `lampiran[].sumber` of the Peraturan at `documentPath`. */
export function lampiranFromPedoman(paths: ProjectPaths, documentPath: string) {
  return (sumber: string, index: UnitIndex, jenisPeraturan: string, at: { readonly file: string; readonly start: Position; readonly end: Position }): { isi: BlokLampiran[]; diagnostics: Diagnostic[] } => {
    const diagnostics: Diagnostic[] = [];
    const confined = confine(paths.root, dirname(documentPath), sumber);
    if (!confined.ok) return { isi: [], diagnostics: [diag('NSK104', { ...at, ...refusalText(sumber, confined.reason) })] };
    if (!existsSync(confined.absPath) || !statSync(confined.absPath).isFile()) {
      return { isi: [], diagnostics: [diag('NSK103', { ...at, message: `Sumber lampiran ${sumber} tidak ditemukan.`, hint: 'Tulis jalur pedoman.yaml relatif terhadap naskah.yaml ini, mis. ../pedoman-slrt/pedoman.yaml.' })] };
    }
    const manifest = loadManifest(confined.absPath, paths, diagnostics);
    if (!manifest) return { isi: [], diagnostics };
    const resolved = resolvePedomanIsi(manifest, paths.root, index, jenisPeraturan);
    return { isi: resolved.isi, diagnostics: [...diagnostics, ...resolved.diagnostics] };
  };
}

/** Resolves the standalone book of content/<id>/pedoman.yaml, given its Peraturan's unit index. */
export function loadBuku(
  paths: ProjectPaths,
  id: string,
  peraturan: (peraturanId: string) => { index: UnitIndex | null; ir: Naskah | null; status: 'rancangan' | 'final'; diagnostics: Diagnostic[] },
  daerah: Daerah,
  lambang: string | null,
  date: string,
): { ir: BukuPedoman | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const manifest = loadManifest(join(paths.content, id, 'pedoman.yaml'), paths, diagnostics);
  if (!manifest) return { ir: null, diagnostics };
  const data = manifest.data as PedomanManifest;
  const parent = peraturan(data.peraturan);
  if (!parent.index) return { ir: null, diagnostics: [...diagnostics, ...parent.diagnostics] };
  const jenis = `Peraturan ${daerah.kepala}`;
  const identitas = parent.ir ? identitasPeraturan(parent.ir, jenis, daerah.nama) : { jenis, daerah: daerah.nama, nomor: '...', tahun: '...', tentang: '...' };
  const resolved = resolvePedomanIsi(manifest, paths.root, parent.index, jenis, identitas);
  diagnostics.push(...resolved.diagnostics);
  return { ir: bukuPedoman(id, data, resolved, daerah, lambang, data.status ?? parent.status, date), diagnostics };
}
