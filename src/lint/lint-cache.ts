/**
 * Findings of a document's lint kept on disk between runs (issue 11): the rules were ± 60 % of a cold
 * `naskah check` of the SLRT set once YAML, tables and widths came from the cache. The findings are a
 * function of the inputs `lintLoaded` already keys its in-process memo by (the IR, the source and its
 * path, the registry and daerah texts, the earlier phases' findings, the rule levels of the config), of
 * the rules' code and data (the running build, src/util/code-digest.ts) and of the wilayah data read at
 * run time (the idn-area-data version). An entry stores the findings with their fixes (fixes are data,
 * src/diagnostics/fixes.ts) and the fixes given to earlier findings; the verified cache
 * (src/util/cache.ts) refuses a tampered or foreign entry, and unbundled code (the tests) stores nothing.
 */
import type { Diagnostic, Fix } from '../diagnostics/types.js';
import { sha256Hex, VerifiedCache } from '../util/cache.js';
import { codeCache, codeCachesWritable, packageVersion } from '../util/code-digest.js';

/** What one lint of a document gave. */
export interface LintRun {
  readonly found: Diagnostic[];
  readonly priorFixes: readonly (readonly [number, Fix])[];
}

interface Stored {
  readonly found: { readonly d: Diagnostic; readonly fix?: Fix }[];
  readonly priorFixes: [number, Fix][];
}

let store: VerifiedCache<Stored> | null | undefined;

function storeOf(): VerifiedCache<Stored> | null {
  if (store === undefined) {
    const wilayah = packageVersion('idn-area-data');
    store = wilayah === null ? null : codeCache<Stored>('lint', `idn-area-data@${wilayah}`);
  }
  return store;
}

/** The stored lint for `inputKey` with fixes re-attached by `attach`; undefined when none verifies. */
export function storedLint(inputKey: string, attach: (d: Diagnostic, fix: Fix) => void): LintRun | undefined {
  const cache = storeOf();
  const entry = cache?.get(sha256Hex(`${cache.tool}\u0000${inputKey}`));
  if (!entry || !Array.isArray(entry.found) || !Array.isArray(entry.priorFixes)) return undefined;
  const found = entry.found.map(({ d, fix }) => {
    if (fix) attach(d, fix);
    return d;
  });
  return { found, priorFixes: entry.priorFixes };
}

/** Stores one lint; `fixOf` reads the fixes attached to its findings. */
export function storeLint(inputKey: string, run: LintRun, fixOf: (d: Diagnostic) => Fix | undefined): void {
  const cache = codeCachesWritable() ? storeOf() : null;
  if (!cache) return;
  const found = run.found.map((d) => {
    const fix = fixOf(d);
    return fix ? { d, fix } : { d };
  });
  cache.set(sha256Hex(`${cache.tool}\u0000${inputKey}`), { found, priorFixes: run.priorFixes.map(([i, f]) => [i, f]) });
}
