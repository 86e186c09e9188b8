/**
 * The Peraturan Bupati a Keputusan implements (`peraturan:`): loading it (only a Peraturan, so two
 * documents can never load each other in a loop), reporting when it cannot be loaded (NSK329), and
 * registering its units so the Keputusan can cite them as `[[perbup-slrt:id]]` →
 * "Pasal 12 ayat (6)" with the Perbup's current numbers (TN-REF, TN-SRC-05).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dokumen, Naskah } from '../../ir/types.js';
import type { ProjectPaths } from '../../load/project.js';
import { loadYaml } from '../../load/yaml-source.js';
import type { PerbupUnit } from './perbup-units.js';
import type { DocumentBuilder } from '../builder.js';

/** Loads a document's IR by id; null when it is missing, not a Peraturan Bupati, or has errors. */
export type LoadPeraturan = (id: string) => Naskah | null;

/** A loader that only loads documents whose `jenis` is `peraturan-bupati`. */
export function peraturanLoader(paths: ProjectPaths, load: (id: string) => { readonly ir: Dokumen | null }): LoadPeraturan {
  return (id) => {
    const file = join(paths.content, id, 'naskah.yaml');
    if (!existsSync(file)) return null;
    // Peek at `jenis` first: only a Peraturan is loaded, so two Keputusan can never load each other.
    const { source } = loadYaml(file, paths.root);
    if ((source?.data as { jenis?: unknown } | null)?.jenis !== 'peraturan-bupati') return null;
    const ir = load(id).ir;
    return ir?.jenis === 'peraturan-bupati' ? ir : null;
  };
}

/** Registers the Perbup's units under `<dokumen>:<id>` in the Keputusan's unit index. */
export function registerPerbupUnits(b: DocumentBuilder, docId: string, units: readonly PerbupUnit[]): void {
  for (const u of units) {
    b.index.add({ id: `${docId}:${u.id}`, kind: u.kind, chain: u.chain, pasalId: u.pasalId === null ? null : `${docId}:${u.pasalId}`, ayatId: null, parentKey: `${docId}:${u.parentKey}`, position: u.position, source: u.source });
  }
}
