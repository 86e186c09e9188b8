/**
 * One analysis of the whole project as the editor sees it (open buffers override their files through
 * load/overlay.ts): every document loaded through the pipeline, its diagnostics grouped by file with
 * their fixes, and the referable units of each Peraturan for hover, definition and completion.
 */
import { join, relative, sep } from 'node:path';
import { fixOf } from '../diagnostics/fixes.js';
import type { Diagnostic, Fix } from '../diagnostics/types.js';
import type { Dokumen } from '../ir/types.js';
import { listDocuments, type ProjectPaths } from '../load/project.js';
import { loadYaml } from '../load/yaml-source.js';
import { loadDocument, type Loaded } from '../pipeline/load-document.js';
import type { IndexedUnit } from '../resolve/unit-index.js';

/** A diagnostic of one file with its fix, if it has one. */
export interface FileFinding {
  readonly diagnostic: Diagnostic;
  readonly fix: Fix | undefined;
}

/** A referable unit with the document it belongs to. */
export interface KnownUnit {
  readonly unit: IndexedUnit;
  readonly documentId: string;
  readonly ir: Dokumen | null;
}

/** What one analysis found. */
export interface Analysis {
  /** Findings by absolute file path. */
  readonly findings: Map<string, FileFinding[]>;
  /** Referable units by document id, then unit id. */
  readonly units: Map<string, Map<string, KnownUnit>>;
  /** Keys of content/dasar-hukum.yaml with a short description. */
  readonly registry: Map<string, string>;
}

/** Loads every document of the project once (shared cache: a Peraturan is loaded once for all). */
export function analyse(paths: ProjectPaths, date: string, previous: Analysis | null): Analysis {
  const cache = new Map<string, Loaded>();
  const findings = new Map<string, FileFinding[]>();
  const units = new Map<string, Map<string, KnownUnit>>();
  const seen = new Set<Diagnostic>();
  for (const id of listDocuments(paths)) {
    const loaded = loadDocument(paths, id, { date, strict: false, cache });
    for (const d of loaded.diagnostics) {
      if (seen.has(d)) continue;
      seen.add(d);
      const abs = join(paths.root, d.file);
      const list = findings.get(abs) ?? [];
      if (!list.some((f) => sameDiagnostic(f.diagnostic, d))) list.push({ diagnostic: d, fix: fixOf(d) });
      findings.set(abs, list);
    }
    const own = new Map<string, KnownUnit>();
    for (const unit of loaded.index?.units() ?? []) own.set(unit.id, { unit, documentId: id, ir: loaded.ir });
    // While a source is broken its units are unknown: keep the last known ones so hovers keep working.
    const kept = previous?.units.get(id);
    units.set(id, own.size === 0 && kept ? kept : own);
  }
  return { findings, units, registry: registryOf(paths) };
}

/**
 * The unit a reference names from a file of document `fromDocument`: `doc:id` names a unit of another
 * document; a plain id is the document's own unit, else the unit of that id in another document (a
 * Buku Pedoman cites its Peraturan's units plainly).
 */
export function lookupUnit(a: Analysis, ref: string, fromDocument: string | null): KnownUnit | undefined {
  const colon = ref.indexOf(':');
  if (colon > 0) return a.units.get(ref.slice(0, colon))?.get(ref.slice(colon + 1));
  const own = fromDocument === null ? undefined : a.units.get(fromDocument)?.get(ref);
  if (own) return own;
  for (const units of a.units.values()) {
    const u = units.get(ref);
    if (u) return u;
  }
  return undefined;
}

/** Every unit of the project (for completion). */
export function allUnits(a: Analysis): KnownUnit[] {
  return [...a.units.values()].flatMap((m) => [...m.values()]);
}

/** The document a file of content/ belongs to (content/<id>/…), or null. */
export function documentOf(paths: ProjectPaths, absPath: string): string | null {
  const rel = relative(paths.content, absPath).split(sep);
  return rel.length > 1 && rel[0] !== '..' ? rel[0]! : null;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.start.line === b.start.line && a.start.column === b.start.column;
}

/** The registry keys of content/dasar-hukum.yaml, each with its jenis and nomor/tahun or tentang. */
function registryOf(paths: ProjectPaths): Map<string, string> {
  const out = new Map<string, string>();
  const { source } = loadYaml(join(paths.content, 'dasar-hukum.yaml'), paths.root);
  const data = source?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const v = (value ?? {}) as Record<string, unknown>;
    const parts = [v['jenis'], v['nomor'] !== undefined && v['nomor'] !== null ? `Nomor ${String(v['nomor'])}` : null, v['tahun'] !== undefined ? `Tahun ${String(v['tahun'])}` : null, v['tentang'] ?? v['pasal']];
    out.set(key, parts.filter((p) => p !== null && p !== undefined && p !== '').map(String).join(' '));
  }
  return out;
}
