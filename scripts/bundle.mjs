/**
 * Build step (`npm run build:ts`, after tsc): bundles the command line into a few ESM files with
 * esbuild (issue 11, cold start). Node 20 has no module compile cache, and a cold `naskah check` read,
 * parsed and linked ± 370 JavaScript files (± 0.25 s CPU). The bundle replaces tsc's
 * dist/src/cli/main.js, so the bin, `npm start`, the bench and the tests that spawn
 * `node dist/src/cli/main.js` all run it; every other file tsc wrote stays for the bench and tools.
 *
 * - One entry (main.js) plus chunks named `chunk-*.js` beside it: each command stays a dynamic import,
 *   so a start-up loads only what its command uses. The chunks sit in dist/src/cli/, as deep as tsc's
 *   files, so paths relative to `import.meta.url` (validators, the package root) resolve the same.
 * - Packages loaded at run time through `createRequire` (ajv for the precompiled validators, elkjs,
 *   resvg, the Typst compiler: native code) stay outside; the banner gives bundled CommonJS a `require`.
 * - `__NASKAH_CODE__` is the SHA-256 of the bundle itself: caches of values that naskah's own code
 *   computes (src/util/code-digest.ts) are keyed by it, so a changed build never trusts old entries.
 * - Source maps are written beside the files (`node --enable-source-maps` for stack traces while
 *   developing); a normal run never reads them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'src', 'cli');
/** Replaced after the build by the digest: same length, so the source maps stay exact. */
const PLACEHOLDER = 'naskah-code-digest-placeholder-'.padEnd(64, '0');

for (const f of readdirSync(outdir)) if (f.startsWith('chunk-') || f === 'main.js.map') rmSync(join(outdir, f));

const result = await build({
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  external: ['@myriaddreamin/*', '@resvg/*', 'ajv', 'ajv/*', 'elkjs', 'elkjs/*'],
  define: { __NASKAH_CODE__: JSON.stringify(PLACEHOLDER) },
  banner: { js: "import { createRequire as __naskahCreateRequire } from 'node:module'; const require = __naskahCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
  write: false,
});

const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).sort((a, b) => a.path.localeCompare(b.path));
const digest = createHash('sha256');
for (const f of js) digest.update(f.path.slice(outdir.length)).update('\u0000').update(f.contents).update('\u0000');
const hex = digest.digest('hex');
for (const f of result.outputFiles) {
  const text = f.path.endsWith('.js') ? f.text.split(PLACEHOLDER).join(hex) : f.text;
  writeFileSync(f.path, text);
}
const size = js.reduce((n, f) => n + f.contents.byteLength, 0);
const check = readFileSync(join(outdir, 'main.js'), 'utf8');
if (!check.includes('__naskahCreateRequire')) throw new Error('bundle: main.js not written');
console.log(`bundle: ${js.length} files, ${(size / 1024).toFixed(0)} KiB, code ${hex.slice(0, 12)}`);
