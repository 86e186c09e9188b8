/**
 * `naskah package`: the reproducible, checksummed package for fasilitasi by Biro Hukum Pemprov
 * (TN-FAS-01): the Rancangan Perbup with its Lampiran, the Keputusan, the standalone Buku Pedoman,
 * the latest matriks perubahan, the surat permohonan, a daftar isi paket and manifest.json. Built
 * entirely in memory from the sources (never from output/), so the same sources and date always
 * give the same zip; refused while any document of the package has an error.
 */
import { join } from 'node:path';
import { loadDocument, type Loaded } from '../pipeline/load-document.js';
import { buildChanges } from '../pipeline/changes.js';
import { renderDocument, type Format } from '../pipeline/render-document.js';
import { imagePaths } from '../ir/image-paths.js';
import { withBlankLambang } from '../pipeline/lambang.js';
import { readFiles } from '../util/read-files.js';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen, Naskah } from '../ir/types.js';
import { lintLoadedProject } from '../lint/index.js';
import type { ProjectPaths } from '../load/project.js';
import { loadYaml } from '../load/yaml-source.js';
import { daerahFrom, type DaerahData } from '../resolve/daerah.js';
import { fsTree } from '../revision/source-tree.js';
import { sourceFiles } from '../revision/source-files.js';
import { listRevisions } from '../revision/store.js';
import { WORKING } from '../revision/types.js';
import { stepLine, type Progress } from '../util/progress.js';
import { finalWithoutLambang } from './lambang.js';
import { manifestFiles, sha256, type Manifest, type ManifestSource } from './manifest.js';
import { composeSurat, latestRevision, paketIds, readPaket } from './paket-surat.js';
import { writeZip } from './zip.js';

/** A built package, or the diagnostics that refused it. */
export interface BuiltPackage {
  readonly name: string | null;
  readonly bytes: Uint8Array | null;
  readonly diagnostics: Diagnostic[];
  readonly entries: readonly string[];
}

/** One document in the package: which renderings, under which names, described how. */
interface Part {
  readonly id: string;
  readonly formats: readonly Format[];
  readonly name: string;
  readonly description: string;
}

const refused = (diagnostics: Diagnostic[]): BuiltPackage => ({ name: null, bytes: null, diagnostics, entries: [] });

/** Builds the package of content/paket.yaml. */
export async function buildPackage(paths: ProjectPaths, options: { date: string; version: string; env: NodeJS.ProcessEnv; progress?: Progress | undefined }): Promise<BuiltPackage> {
  const progress = options.progress ?? (() => {});
  const read = readPaket(paths);
  const diagnostics: Diagnostic[] = read.diagnostics;
  const { source, paket } = read;
  if (!source || !paket) return refused(diagnostics);

  // Every document of the package is checked like `naskah check` (all phases and the cross-document rules).
  const ids = paketIds(paket);
  progress(stepLine(`Memeriksa ${ids.length} dokumen paket`));
  const cache = new Map<string, Loaded>();
  const loaded = new Map<string, Loaded>(ids.map((id) => [id, loadDocument(paths, id, { date: options.date, strict: false, cache })]));
  for (const l of loaded.values()) diagnostics.push(...l.diagnostics);
  const irs = [...loaded.values()].map((l) => l.ir).filter((ir): ir is Naskah => ir !== null && ir.jenis !== 'buku-pedoman');
  diagnostics.push(...lintLoadedProject(paths, irs, diagnostics));
  const daerahYaml = loadYaml(join(paths.content, 'daerah.yaml'), paths.root).source;
  const built = [...loaded.values()].flatMap((l) => (l.ir ? [l.ir] : []));
  if (daerahYaml) diagnostics.push(...finalWithoutLambang(built, daerahYaml));
  const perbup = loaded.get(paket.peraturan)?.ir;
  if (hasErrors(diagnostics) || !perbup || perbup.jenis !== 'peraturan-bupati') {
    diagnostics.push(diag('NSK707', { file: source.file, start: { line: 1, column: 1 }, message: 'Paket tidak dibuat: masih ada galat dalam dokumen yang akan dikirim.', hint: 'Perbaiki galat di atas (lihat `naskah check`), lalu jalankan lagi `naskah package`.' }));
    return refused(diagnostics);
  }

  const parts: Part[] = [
    { id: paket.peraturan, formats: ['docx', 'pdf'], name: `01-rancangan-${paket.peraturan}`, description: `Rancangan Peraturan Bupati beserta Lampirannya` },
    ...(paket.keputusan ?? []).map((id, i) => ({ id, formats: ['docx', 'pdf'] as const, name: `02-keputusan-${i + 1}-${id}`, description: 'Rancangan Keputusan Bupati (bahan pendukung)' })),
    ...(paket.pedoman ?? []).map((id, i) => ({ id, formats: ['pdf'] as const, name: `03-buku-pedoman-${i + 1}-${id}`, description: 'Buku Pedoman (buku mandiri)' })),
  ];
  const files = new Map<string, Uint8Array>();
  const listing: string[] = [];
  for (const [i, part] of parts.entries()) {
    progress(stepLine(`Membangun ${part.id}`, i + 1, parts.length));
    const ir = loaded.get(part.id)!.ir as Dokumen;
    // What leaves the office never shows placeholder text: a missing lambang leaves a blank place (review B2).
    const rendered = await renderDocument(ir, paths, part.formats, { blankLambang: true });
    diagnostics.push(...rendered.diagnostics);
    for (const format of part.formats) {
      const bytes = rendered.files.get(join(paths.output, ir.id, `${ir.id}.${format}`));
      if (bytes) files.set(`${part.name}.${format}`, bytes);
    }
    listing.push(`${part.name}.{${part.formats.join(',')}}: ${part.description} — ${ir.metadata.title}`);
  }

  // The latest matriks perubahan: the working text against the last saved revision.
  const latest = latestRevision(paths, paket);
  if (latest) {
    progress(stepLine(`Menyusun matriks perubahan terhadap revisi ${latest.manifest?.nomor ?? latest.name}`));
    const changes = await buildChanges(paths, paket.peraturan, String(latest.manifest?.nomor ?? latest.name), WORKING, { strict: false, env: options.env });
    diagnostics.push(...changes.diagnostics.filter((d) => d.severity === 'error'));
    for (const name of ['matriks.docx', 'matriks.pdf']) {
      const bytes = changes.files?.get(name);
      if (bytes) files.set(`04-matriks-perubahan.${name.split('.')[1]}`, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
    }
    listing.push(`04-matriks-perubahan.{docx,pdf}: Matriks perubahan terhadap revisi ${latest.manifest?.nomor ?? latest.name} (${latest.manifest?.label ?? ''})`);
  }

  // The letter lists what it encloses.
  progress(stepLine('Menyusun surat permohonan fasilitasi'));
  const daerah = daerahFrom(loadYaml(join(paths.content, 'daerah.yaml'), paths.root).source!.data as DaerahData);
  // The letter goes out too: its kop shows the lambang file, or a blank place without one (review B2).
  const surat = withBlankLambang(composeSurat(paths, paket, perbup, (id) => loaded.get(id)!.ir!, latest !== undefined, options.date));
  const suratImages = readFiles(paths.root, imagePaths(surat)).read;
  const { renderSuratDocx } = await import('../render/docx/surat.js');
  const { renderPdf } = await import('../render/pdf/index.js');
  files.set('00-surat-permohonan-fasilitasi.docx', await renderSuratDocx(surat, { images: suratImages }));
  const suratPdf = await renderPdf(surat, { templatesDir: paths.templates, fontsDir: paths.fonts, projectRoot: paths.root, images: suratImages });
  diagnostics.push(...suratPdf.diagnostics);
  if (suratPdf.bytes) files.set('00-surat-permohonan-fasilitasi.pdf', suratPdf.bytes);
  listing.unshift('00-surat-permohonan-fasilitasi.{docx,pdf}: Surat permohonan fasilitasi kepada Gubernur Jawa Barat c.q. Kepala Biro Hukum dan HAM');
  if (hasErrors(diagnostics)) {
    diagnostics.push(diag('NSK707', { file: source.file, start: { line: 1, column: 1 }, message: 'Paket tidak dibuat: ada galat saat menyusun berkas paket.', hint: 'Perbaiki galat di atas, lalu jalankan lagi `naskah package`.' }));
    return refused(diagnostics);
  }

  const tableOfContents = [
    `DAFTAR ISI PAKET FASILITASI`,
    `Rancangan Peraturan Bupati ${daerah.nama} tentang ${perbup.metadata.subject}`,
    `Disusun oleh naskah ${options.version} pada ${options.date}`,
    '',
    ...listing.map((l, i) => `${i + 1}. ${l}`),
    `${listing.length + 1}. manifest.json: ukuran dan SHA-256 setiap berkas; periksa dengan \`naskah package verify <zip>\``,
    '',
  ].join('\n');
  files.set('00-daftar-isi-paket.txt', new TextEncoder().encode(tableOfContents));

  progress(stepLine('Menyusun manifest dan zip'));
  const tree = fsTree(paths.content);
  const sources: ManifestSource[] = ids.map((id) => {
    const saved = listRevisions(paths.content, id).filter((r) => r.problem === null);
    const hashes: Record<string, string> = {};
    for (const file of sourceFiles(tree, id)) hashes[`content/${file}`] = sha256(tree.read(file)!);
    return { document: id, revision: WORKING, basedOn: saved[saved.length - 1]?.name ?? null, files: hashes };
  });
  const manifest: Manifest = { format: 'naskah-paket/1', naskah: options.version, date: options.date, sources, files: manifestFiles(files) };
  files.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  const name = `paket-fasilitasi-${paket.peraturan}-${options.date.slice(0, 10)}.zip`;
  return { name, bytes: writeZip(files, new Date(options.date)), diagnostics, entries: [...files.keys()].sort() };
}
