/**
 * The Peraturan Bupati a Keputusan implements (`peraturan:`): loading it (only a Peraturan, so two
 * documents can never load each other in a loop), saying why it cannot be loaded (NSK329, one finding
 * for one mistake), and registering its units so the Keputusan can cite them as `[[perbup-slrt:id]]` →
 * "Pasal 11 ayat (6) Peraturan Bupati Nomor … Tahun … tentang …" with the Perbup's current numbers and
 * title (TN-REF, TN-SRC-05, TN-KONS-06).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Dokumen, Naskah, SourcePos } from '../../ir/types.js';
import type { ProjectPaths } from '../../load/project.js';
import { loadYaml, rangeAt } from '../../load/yaml-source.js';
import type { PerbupUnit } from './perbup-units.js';
import type { DocumentBuilder } from '../builder.js';

/** The loaded Perbup, or why it could not be loaded (Indonesian, for NSK329) and where. */
export type PeraturanLoad =
  | { readonly ir: Naskah; readonly tentangAt: SourcePos | null }
  | { readonly ir: null; readonly reason: string; readonly at?: { readonly file: string; readonly line: number; readonly column: number; readonly message: string } };

/** Loads a document's IR by id. */
export type LoadPeraturan = (id: string) => PeraturanLoad;

/** A loader that only loads documents whose `jenis` is `peraturan-bupati`. */
export function peraturanLoader(paths: ProjectPaths, load: (id: string) => { readonly ir: Dokumen | null; readonly resolved?: Dokumen; readonly diagnostics: readonly Diagnostic[] }): LoadPeraturan {
  return (id) => {
    const file = join(paths.content, id, 'naskah.yaml');
    if (!existsSync(file)) return { ir: null, reason: `berkas content/${id}/naskah.yaml tidak ada` };
    // Peek at `jenis` first: only a Peraturan is loaded, so two Keputusan can never load each other.
    const { source } = loadYaml(file, paths.root);
    const jenis = (source?.data as { jenis?: unknown } | null)?.jenis;
    if (source && jenis !== 'peraturan-bupati') return { ir: null, reason: `\`${id}\` bukan Peraturan Bupati (jenis: ${String(jenis ?? 'tidak ada')})` };
    const loaded = load(id);
    // A Perbup held back only by its own lint findings still resolved: those findings are its own, reported
    // there once; the Keputusan is checked against its IR (one mistake, one finding).
    const ir = loaded.ir ?? loaded.resolved ?? null;
    if (ir?.jenis === 'peraturan-bupati') {
      const at = source ? rangeAt(source, ['tentang']).start : null;
      return { ir, tentangAt: source && at ? { file: source.file, line: at.line, column: at.column } : null };
    }
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    return {
      ir: null,
      reason: `\`${id}\` masih memuat ${errors.length} galat`,
      ...(first ? { at: { file: first.file, line: first.start.line, column: first.start.column, message: `Galat pertama: ${first.code} ${first.message}` } } : {}),
    };
  };
}

/** "Peraturan Bupati Nomor … Tahun … tentang …" as a Keputusan cites the Perbup (numbers from its IR). */
export function perbupName(ir: Naskah): string {
  const line = ir.judul.baris.find((l) => /^NOMOR\b/.test(l)) ?? '';
  const m = /^NOMOR\s+(.+?)\s+TAHUN\s+(.+)$/.exec(line);
  const nomor = m?.[1] ?? '...';
  const tahun = m?.[2] ?? '...';
  return `Peraturan Bupati Nomor ${nomor} Tahun ${tahun} tentang ${ir.metadata.subject}`;
}

/** Registers the Perbup's units under `<dokumen>:<id>` in the Keputusan's unit index, and its name. */
export function registerPerbupUnits(b: DocumentBuilder, docId: string, ir: Naskah, units: readonly PerbupUnit[]): void {
  b.documents.set(docId, perbupName(ir));
  for (const u of units) {
    b.index.add({ id: `${docId}:${u.id}`, kind: u.kind, chain: u.chain, pasalId: u.pasalId === null ? null : `${docId}:${u.pasalId}`, ayatId: null, parentKey: `${docId}:${u.parentKey}`, position: u.position, source: u.source });
  }
}
