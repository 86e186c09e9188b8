/**
 * Load → validate → resolve for one document: the phases up to the IR (DESIGN.md pipeline).
 * Stops after a phase that produced errors, so later phases never see broken input.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen, Naskah } from '../ir/types.js';
import type { ProjectPaths } from '../load/project.js';
import { loadYaml, rangeAt, type YamlSource } from '../load/yaml-source.js';
import { daerahFrom, type DaerahData } from '../resolve/daerah.js';
import { resolveKeputusan } from '../resolve/keputusan/index.js';
import { peraturanLoader } from '../resolve/keputusan/load-perbup.js';
import { resolvePeraturan } from '../resolve/peraturan.js';
import type { UnitIndex } from '../resolve/unit-index.js';
import { validateSource, type SchemaName } from '../validate/schema.js';
import { lintLoaded, type LintScope, type LoadedSources } from '../lint/index.js';
import { resolveLambang } from './lambang.js';
import { lampiranFromPedoman, loadBuku } from './load-pedoman.js';

/** Options of one load. */
export interface LoadOptions {
  readonly date: string;
  readonly strict: boolean;
  /**
   * Documents already loaded in this run (one CLI command), by project root and id. A Keputusan and a
   * Buku Pedoman load their Peraturan; with a shared cache it is loaded once per command.
   */
  readonly cache?: Map<string, Loaded>;
  /**
   * Lint rules to run (src/lint/index.ts): all of them, only those that can stop the output, or none
   * (`naskah preview` lays out the pages of an IR that resolves first and lints it afterwards).
   */
  readonly lint?: LintScope | 'none';
}

/** The result of loading one document: its IR (null when errors stopped the phases) and diagnostics. */
export interface Loaded {
  readonly id: string;
  readonly ir: Dokumen | null;
  readonly diagnostics: Diagnostic[];
  /** The referable units of a Peraturan (used by its Buku Pedoman and by cross-document checks). */
  readonly index?: UnitIndex;
  /**
   * The IR as resolved when only lint findings (not load, schema or resolve errors) keep `ir` null: a
   * Keputusan is still checked against such a Perbup, so one lint mistake in it is one finding, not also
   * "Peraturan Bupati tidak dapat dimuat" at every Keputusan (issue 21 family 7).
   */
  readonly resolved?: Dokumen;
  /**
   * A Peraturan loaded without lint (`lint: 'none'`): what its lint needs, so that a later load of the
   * same sources with lint runs the rules on this resolve instead of resolving again (the preview shows
   * the pages of a 'none' load, then lints).
   */
  readonly unlinted?: { readonly ir: Naskah; readonly sources: LoadedSources; readonly prior: readonly Diagnostic[]; readonly blocked: boolean; readonly index: UnitIndex };
}

function loadValidated(absPath: string, paths: ProjectPaths, schema: SchemaName, diagnostics: Diagnostic[]): YamlSource | null {
  const { source, diagnostics: loadDiagnostics } = loadYaml(absPath, paths.root);
  diagnostics.push(...loadDiagnostics);
  if (!source) return null;
  const schemaDiagnostics = validateSource(source, paths.schemas, schema);
  diagnostics.push(...schemaDiagnostics);
  return hasErrors(schemaDiagnostics) ? null : source;
}

const SCHEMA_BY_JENIS: Record<string, SchemaName> = { 'peraturan-bupati': 'perbup', 'keputusan-bupati': 'keputusan' };

/** Lints a loaded document with the rules `options.lint` asks for; nothing at all for 'none'. */
function lintUnless(paths: ProjectPaths, loaded: Parameters<typeof lintLoaded>[1], prior: readonly Diagnostic[], options: LoadOptions): ReturnType<typeof lintLoaded> {
  if (options.lint === 'none') return { diagnostics: [], blocks: false };
  return lintLoaded(paths, loaded, prior, options.strict, options.lint);
}

/** The key `loadDocument` keeps document `id`, loaded with lint scope `lint`, under in `LoadOptions.cache`. */
export function loadKey(paths: Pick<ProjectPaths, 'root' | 'content'>, id: string, lint: LoadOptions['lint']): string {
  return `${paths.root}\u0000${paths.content}\u0000${id}\u0000${lint ?? 'all'}`;
}

/** The document id of a `loadKey`. */
export function idOfLoadKey(key: string): string {
  return key.split('\u0000')[2] ?? '';
}

/** Loads, validates and resolves the document `id` (once per `options.cache`). */
export function loadDocument(paths: ProjectPaths, id: string, options: LoadOptions): Loaded {
  const key = loadKey(paths, id, options.lint);
  const cached = options.cache?.get(key);
  if (cached) return cached;
  // The same sources loaded without lint in this cache: lint that resolve (the cache forgets both when they change).
  const unlinted = options.lint === 'none' ? undefined : options.cache?.get(loadKey(paths, id, 'none'))?.unlinted;
  const loaded = unlinted ? lintOnTop(paths, id, unlinted, options) : loadDocumentUncached(paths, id, options);
  options.cache?.set(key, loaded);
  return loaded;
}

/** A Peraturan loaded without lint, linted now: what loadDocumentUncached gives for the same sources and scope. */
function lintOnTop(paths: ProjectPaths, id: string, u: NonNullable<Loaded['unlinted']>, options: LoadOptions): Loaded {
  // Lint gives fixes to earlier findings (attachFix): to copies, as a load of its own would have.
  const diagnostics = u.prior.map((d) => ({ ...d }));
  const lint = lintUnless(paths, u.sources, diagnostics, options);
  diagnostics.push(...lint.diagnostics);
  return { id, ir: u.blocked || lint.blocks ? null : u.ir, diagnostics: sortDiagnostics(diagnostics), index: u.index, ...(u.blocked ? {} : { resolved: u.ir }) };
}

function loadDocumentUncached(paths: ProjectPaths, id: string, options: LoadOptions): Loaded {
  const diagnostics: Diagnostic[] = [];
  const daerahSource = loadValidated(join(paths.content, 'daerah.yaml'), paths, 'daerah', diagnostics);
  const registry = loadValidated(join(paths.content, 'dasar-hukum.yaml'), paths, 'dasar-hukum', diagnostics);
  const mainPath = join(paths.content, id, 'naskah.yaml');
  if (!existsSync(mainPath) && existsSync(join(paths.content, id, 'pedoman.yaml'))) {
    if (!daerahSource || !registry) return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };
    const daerah = daerahFrom(daerahSource.data as DaerahData);
    // The cover of a standalone book carries the region's own emblem (review B2).
    const lambang = resolveLambang(paths, daerahSource, 'lambang_daerah');
    diagnostics.push(...lambang.diagnostics);
    if (!lambang.ok) return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };
    const buku = loadBuku(paths, id, (peraturanId) => {
      const parent = loadDocument(paths, peraturanId, options);
      return { index: parent.index ?? null, ir: parent.ir?.jenis === 'peraturan-bupati' ? parent.ir : null, status: parent.ir?.status ?? 'rancangan', diagnostics: parent.diagnostics };
    }, daerah, lambang.path, options.date);
    diagnostics.push(...buku.diagnostics);
    return { id, ir: hasErrors(diagnostics) ? null : buku.ir, diagnostics: sortDiagnostics(diagnostics) };
  }
  const { source: raw, diagnostics: loadDiagnostics } = loadYaml(mainPath, paths.root);
  diagnostics.push(...loadDiagnostics);
  if (!raw || !daerahSource || !registry) return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };

  const jenis = (raw.data as { jenis?: unknown } | null)?.jenis;
  const schema = typeof jenis === 'string' ? SCHEMA_BY_JENIS[jenis] : undefined;
  if (!schema) {
    const isMap = raw.data !== null && typeof raw.data === 'object' && !Array.isArray(raw.data);
    if (!isMap) diagnostics.push(diag('NSK203', { file: raw.file, start: { line: 1, column: 1 }, message: 'Berkas naskah kosong atau bukan peta YAML.', hint: 'Awali dengan `jenis: peraturan-bupati` (atau `keputusan-bupati`), lalu `status`, `tentang`, dan seterusnya; lihat schemas/README.md.' }));
    else if (jenis === undefined) diagnostics.push(diag('NSK201', { file: raw.file, start: { line: 1, column: 1 }, message: 'Properti wajib `jenis` tidak ada.', hint: 'Tambahkan `jenis: peraturan-bupati` atau `jenis: keputusan-bupati`.' }));
    else diagnostics.push(diag('NSK204', { file: raw.file, ...rangeAt(raw, ['jenis']), message: `Jenis naskah \`${String(jenis)}\` tidak dikenal.`, hint: 'Gunakan `jenis: peraturan-bupati` atau `jenis: keputusan-bupati`.' }));
    return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };
  }
  const schemaDiagnostics = validateSource(raw, paths.schemas, schema);
  diagnostics.push(...schemaDiagnostics);
  if (hasErrors(schemaDiagnostics)) return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };

  const daerahData = daerahSource.data as DaerahData;
  const lambang = resolveLambang(paths, daerahSource, 'lambang');
  diagnostics.push(...lambang.diagnostics);
  if (!lambang.ok) return { id, ir: null, diagnostics: sortDiagnostics(diagnostics) };
  const ctx = { id, daerah: daerahFrom(daerahData), lambangPath: lambang.path, registry, templatesDir: paths.templates, date: options.date, strict: options.strict, lampiranSumber: lampiranFromPedoman(paths, mainPath) };
  if (schema === 'keputusan') {
    const keputusan = resolveKeputusan(raw, { ...ctx, loadPeraturan: peraturanLoader(paths, (other) => loadDocument(paths, other, options)) });
    diagnostics.push(...keputusan.diagnostics);
    const blockedKeputusan = hasErrors(diagnostics);
    const lintKeputusan = lintUnless(paths, { ir: keputusan.ir, source: raw, registry, daerah: daerahSource }, diagnostics, options);
    diagnostics.push(...lintKeputusan.diagnostics);
    return { id, ir: blockedKeputusan || lintKeputusan.blocks ? null : keputusan.ir, diagnostics: sortDiagnostics(diagnostics), ...(blockedKeputusan ? {} : { resolved: keputusan.ir }) };
  }
  const { ir, diagnostics: resolveDiagnostics, index } = resolvePeraturan(raw, ctx);
  diagnostics.push(...resolveDiagnostics);
  // Lint runs even after resolve errors (one check shows every mistake); its errors stop the output.
  const blocked = hasErrors(diagnostics);
  const sources = { ir, source: raw, registry, daerah: daerahSource };
  const unlinted = options.lint === 'none' ? { unlinted: { ir, sources, prior: [...diagnostics], blocked, index } } : {};
  const lint = lintUnless(paths, sources, diagnostics, options);
  diagnostics.push(...lint.diagnostics);
  return { id, ir: blocked || lint.blocks ? null : ir, diagnostics: sortDiagnostics(diagnostics), index, ...(blocked ? {} : { resolved: ir }), ...unlinted };
}

/** Stable order: file, line, column, code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column || a.code.localeCompare(b.code));
}
