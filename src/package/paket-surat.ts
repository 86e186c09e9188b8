/**
 * The surat permohonan of content/paket.yaml exactly as `naskah package` encloses it: what paket.yaml
 * asks for, the letter's enclosures (the package's documents and, when a revision is saved, the
 * matriks perubahan), the letter's IR. Used by buildPackage and by `naskah preview` (the surat among
 * the documents of the page), which renders it through the preview's warm Session.
 */
import { join, relative, resolve } from 'node:path';
import { hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen, Naskah, Surat } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { loadYaml, type YamlSource } from '../load/yaml-source.js';
import type { Rendered } from '../pipeline/render-document.js';
import type { Session } from '../pipeline/session.js';
import { daerahFrom, type DaerahData } from '../resolve/daerah.js';
import { listRevisions } from '../revision/store.js';
import { validateSource } from '../validate/schema.js';
import { buildSurat, type SuratSource } from './surat.js';

/** content/paket.yaml. */
export interface PaketSource {
  readonly peraturan: string;
  readonly keputusan?: readonly string[];
  readonly pedoman?: readonly string[];
  readonly surat: SuratSource;
}

/** Id of the surat among the preview's documents (a folder name never holds a colon). */
export const SURAT_PREVIEW_ID = 'paket:surat';

/** Reads and validates content/paket.yaml; null with the diagnostics when it is missing or invalid. */
export function readPaket(paths: ProjectPaths): { source: YamlSource | null; paket: PaketSource | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { source, diagnostics: loadDiagnostics } = loadYaml(join(paths.content, 'paket.yaml'), paths.root);
  diagnostics.push(...loadDiagnostics);
  if (!source) return { source: null, paket: null, diagnostics };
  diagnostics.push(...validateSource(source, paths.schemas, 'paket'));
  return { source, paket: hasErrors(diagnostics) ? null : (source.data as PaketSource), diagnostics };
}

/** Ids of the package's documents, in the package's order. */
export function paketIds(paket: PaketSource): string[] {
  return [paket.peraturan, ...(paket.keputusan ?? []), ...(paket.pedoman ?? [])];
}

/** The last saved revision of the Peraturan without problems (the matriks perubahan is made against it). */
export function latestRevision(paths: ProjectPaths, paket: PaketSource) {
  const revisions = listRevisions(paths.content, paket.peraturan).filter((r) => r.problem === null);
  return revisions[revisions.length - 1];
}

/** The letter: enclosures listed in the package's order; `ir(id)` gives each document's IR. */
export function composeSurat(paths: ProjectPaths, paket: PaketSource, perbup: Naskah, ir: (id: string) => Dokumen, withMatriks: boolean, date: string): Surat {
  const daerahSource = loadYaml(join(paths.content, 'daerah.yaml'), paths.root).source!;
  const daerah = daerahFrom(daerahSource.data as DaerahData);
  const enclosures = [
    `Rancangan Peraturan Bupati ${daerah.nama} tentang ${perbup.metadata.subject} beserta Lampirannya (DOCX dan PDF)`,
    ...(paket.keputusan ?? []).map((id) => `${ir(id).metadata.title} (DOCX dan PDF)`),
    ...(paket.pedoman ?? []).map((id) => `${ir(id).metadata.title} sebagai buku mandiri (PDF)`),
    ...(withMatriks ? ['matriks perubahan rancangan terhadap pembahasan sebelumnya (DOCX dan PDF)'] : []),
  ];
  return buildSurat(paket.surat, { jenisPeraturan: 'Rancangan Peraturan Bupati', tentang: perbup.metadata.subject, enclosures }, daerah, perbup.kop, paths.templates, date);
}

/**
 * The surat as the preview shows it: paket.yaml and the package's documents checked through the warm
 * `session`, the letter laid out as SVG (again only when its IR changed). `rendered` is undefined while
 * paket.yaml or a document of the package has an error (the diagnostics say which).
 */
export class SuratPreview {
  private last: { readonly json: string; readonly rendered: Rendered } | null = null;

  constructor(
    private readonly paths: ProjectPaths,
    private readonly session: Session,
    private readonly date: string,
  ) {}

  /** The diagnostics of paket.yaml (and the errors that stop the letter) and the letter's pages (its own diagnostics inside). */
  async build(changed: readonly string[]): Promise<{ diagnostics: Diagnostic[]; rendered: Rendered | undefined }> {
    // A template changed (the letter's formulas or layout): lay the letter out again.
    if (changed.some((f) => relative(this.paths.content, resolve(this.paths.root, f)).startsWith('..'))) this.last = null;
    const read = readPaket(this.paths);
    if (!read.paket) return { diagnostics: read.diagnostics, rendered: undefined };
    const ids = paketIds(read.paket);
    const checked = this.session.check(ids, false, changed);
    const irs = new Map(checked.loaded.map((l) => [l.id, l.ir]));
    const blocking = checked.loaded.filter((l) => l.ir === null).flatMap((l) => l.diagnostics.filter((d) => d.severity === 'error'));
    const perbup = irs.get(read.paket.peraturan);
    if (blocking.length > 0 || !perbup || perbup.jenis !== 'peraturan-bupati') return { diagnostics: [...read.diagnostics, ...blocking], rendered: undefined };
    const surat = composeSurat(this.paths, read.paket, perbup, (id) => irs.get(id)!, latestRevision(this.paths, read.paket) !== undefined, this.date);
    const json = JSON.stringify(surat);
    if (this.last?.json !== json) {
      const { renderPdf } = await import('../render/pdf/index.js');
      const pdf = await renderPdf(surat, { templatesDir: this.paths.templates, fontsDir: this.paths.fonts, projectRoot: this.paths.root, images: new Map(), svg: true });
      const rendered: Rendered = pdf.svg === undefined ? { files: new Map(), diagnostics: pdf.diagnostics, pages: pdf.pages } : { files: new Map(), diagnostics: pdf.diagnostics, pages: pdf.pages, svg: pdf.svg };
      this.last = { json, rendered };
    }
    return { diagnostics: read.diagnostics, rendered: this.last.rendered };
  }
}
