/**
 * The layer map of ARCHITECTURE.md, enforced (test/architecture.test.ts runs dependency-cruiser with this
 * file): which folder of src/ may import which. Imports run one way, down the pipeline; a cycle or an
 * import against the order fails `npm test`. Change the table and ARCHITECTURE.md together.
 */
const LAYERS = {
  util: [],
  diagnostics: ['util'],
  ir: ['util', 'diagnostics'],
  load: ['util', 'diagnostics', 'ir'],
  validate: ['util', 'diagnostics', 'ir', 'load'],
  'ir-index': ['util', 'diagnostics', 'ir', 'load'],
  org: ['util', 'diagnostics', 'ir', 'load'],
  resolve: ['util', 'diagnostics', 'ir', 'load', 'validate', 'org'],
  lint: ['util', 'diagnostics', 'ir', 'load', 'validate', 'ir-index', 'resolve'],
  diff: ['util', 'diagnostics', 'ir'],
  render: ['util', 'diagnostics', 'ir', 'diff'],
  revision: ['util', 'diagnostics', 'ir', 'load'],
  pipeline: ['util', 'diagnostics', 'ir', 'load', 'validate', 'ir-index', 'org', 'resolve', 'lint', 'diff', 'render', 'revision'],
  review: ['util', 'diagnostics', 'ir', 'load', 'validate', 'ir-index', 'resolve', 'lint', 'render', 'revision', 'pipeline'],
  package: ['util', 'diagnostics', 'ir', 'load', 'validate', 'resolve', 'lint', 'render', 'revision', 'pipeline'],
  preview: ['util', 'diagnostics', 'ir', 'load', 'pipeline'],
  lsp: ['util', 'diagnostics', 'ir', 'load', 'ir-index', 'resolve', 'pipeline'],
  cli: ['util', 'diagnostics', 'ir', 'load', 'validate', 'resolve', 'lint', 'diff', 'render', 'revision', 'pipeline', 'package', 'review', 'preview', 'lsp'],
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing else in src'} (ARCHITECTURE.md)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/${layer}/`, ...allowed.map((a) => `^src/${a}/`)] },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'No import cycle anywhere in src/ or bench/.', severity: 'error', from: { path: '^(src|bench)/' }, to: { circular: true } },
    { name: 'unknown-layer', comment: 'Every folder of src/ is a layer of ARCHITECTURE.md.', severity: 'error', from: { path: '^src/', pathNot: `^src/(${Object.keys(LAYERS).join('|')})/` }, to: {} },
    { name: 'no-bench-in-product', comment: 'Product code never imports the benchmark.', severity: 'error', from: { path: '^src/' }, to: { path: '^bench/' } },
    { name: 'no-test-in-product', comment: 'Product code never imports tests.', severity: 'error', from: { path: '^(src|bench)/' }, to: { path: '^test/' } },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};

Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
