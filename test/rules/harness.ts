/**
 * Runs tata naskah rules on their fixtures (test/rules/<ID>/):
 * - `*.yaml`: a Peraturan Bupati source, taken through load → schema → resolve → lint like
 *   src/pipeline/load-document.ts, with the region and registry of test/rules/_proyek/;
 * - `*.ir.yaml`: an IR fixture, `base` (`ok` = the IR of ok.yaml beside it, with its source;
 *   `keputusan` = test/rules/_dasar/keputusan.ir.json, without a source) plus a `patch` of JSON-pointer
 *   replacements — for rules that guard what the generator produces, which no source can get wrong.
 * Each `not-ok*` fixture has its expected diagnostics beside it in `<name>.expected`. A source fixture
 * may bring its own registry or region beside it (`<name>.dasar-hukum.yaml`, `<name>.daerah.yaml`),
 * replacing those of test/rules/_proyek/ for that fixture only (rules on the registry and the region).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { formatCompact } from '../../src/diagnostics/format.js';
import type { Naskah } from '../../src/ir/types.js';
import { lintDocument, lintProject } from '../../src/lint/engine.js';
import { DocumentIndex, type IndexInput } from '../../src/ir-index/document.js';
import { RULES } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/types.js';
import { loadYaml, type YamlSource } from '../../src/load/yaml-source.js';
import { daerahFrom, type DaerahData } from '../../src/resolve/daerah.js';
import { resolvePeraturan } from '../../src/resolve/peraturan.js';
import { validateSource } from '../../src/validate/schema.js';
import { ROOT } from '../helpers.js';

export const RULES_DIR = join(ROOT, 'test', 'rules');
const SCHEMAS = join(ROOT, 'schemas');
const TEMPLATES = join(ROOT, 'templates');

let proyek: { daerah: YamlSource; registry: YamlSource } | undefined;
function proyekSources(): { daerah: YamlSource; registry: YamlSource } {
  if (!proyek) {
    const daerah = loadYaml(join(RULES_DIR, '_proyek', 'daerah.yaml'), ROOT).source;
    const registry = loadYaml(join(RULES_DIR, '_proyek', 'dasar-hukum.yaml'), ROOT).source;
    if (!daerah || !registry) throw new Error('test/rules/_proyek tidak dapat dibaca');
    proyek = { daerah, registry };
  }
  return proyek;
}

/** A fixture ready to lint: its input and the diagnostics of the phases before lint. */
export interface Prepared {
  readonly input: IndexInput;
  readonly prior: readonly Diagnostic[];
}

/** Loads a source fixture through schema and resolve. */
function prepareYaml(absPath: string): Prepared {
  const { source, diagnostics } = loadYaml(absPath, ROOT);
  if (!source) throw new Error(`${absPath}: ${diagnostics.map(formatCompact).join('; ')}`);
  const schema = validateSource(source, SCHEMAS, 'perbup');
  if (schema.length > 0) throw new Error(`fixture tidak sesuai skema: ${schema.map(formatCompact).join('; ')}`);
  const own = (kind: string) => {
    const file = absPath.replace(/\.yaml$/, `.${kind}.yaml`);
    return existsSync(file) ? loadYaml(file, ROOT).source : null;
  };
  const daerah = own('daerah') ?? proyekSources().daerah;
  const registry = own('dasar-hukum') ?? proyekSources().registry;
  const ctx = { id: basename(dirname(absPath)).toLowerCase(), daerah: daerahFrom(daerah.data as DaerahData), lambangPath: null, registry, templatesDir: TEMPLATES, date: '2026-01-01T00:00:00Z', strict: false };
  const { ir, diagnostics: prior } = resolvePeraturan(source, ctx);
  return { input: { ir, source, file: source.file, registry, daerah }, prior };
}

/** One replacement in an IR fixture. */
interface Patch {
  readonly path: string;
  readonly value?: unknown;
  readonly delete?: boolean;
}

function applyPatch(target: unknown, patch: Patch): void {
  const keys = patch.path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  let node = target as Record<string, unknown>;
  for (const k of keys) {
    node = node[k] as Record<string, unknown>;
    if (node === undefined) throw new Error(`jalur ${patch.path} tidak ada`);
  }
  if (last === undefined) throw new Error('jalur kosong');
  if (patch.delete) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    if (!(last in node) && !Array.isArray(node)) throw new Error(`jalur ${patch.path} tidak ada`);
    node[last] = patch.value;
  }
}

/** An IR fixture: a base and its patch. */
interface IrSpec {
  readonly base: 'ok' | 'keputusan';
  readonly patch?: readonly Patch[];
}

/** Loads an IR fixture: its base IR with the patch applied. */
function prepareIr(absPath: string): Prepared {
  return fromSpec(parse(readFileSync(absPath, 'utf8')) as IrSpec, dirname(absPath));
}

function fromSpec(spec: IrSpec, dir: string): Prepared {
  let base: Prepared;
  if (spec.base === 'ok') base = prepareYaml(join(dir, 'ok.yaml'));
  else {
    const ir = JSON.parse(readFileSync(join(RULES_DIR, '_dasar', 'keputusan.ir.json'), 'utf8')) as Naskah;
    base = { input: { ir, source: null, file: 'test/rules/_dasar/keputusan.ir.json' }, prior: [] };
  }
  const ir = structuredClone(base.input.ir) as unknown;
  for (const p of spec.patch ?? []) applyPatch(ir, p);
  return { input: { ...base.input, ir: ir as Naskah }, prior: base.prior };
}

/** Loads any fixture. */
export function prepare(absPath: string): Prepared {
  return absPath.endsWith('.ir.yaml') ? prepareIr(absPath) : prepareYaml(absPath);
}

/**
 * Runs the cross-document rules on a project fixture (`*.proyek.yaml`): `dokumen` lists source fixtures
 * (`file:` beside it) and IR fixtures (`base:` + `patch:`).
 */
export function prepareProject(absPath: string, rules: readonly Rule[] = RULES): Diagnostic[] {
  const spec = parse(readFileSync(absPath, 'utf8')) as { dokumen: readonly ({ file: string } | IrSpec)[] };
  const docs = spec.dokumen.map((d) => ('file' in d ? prepareYaml(join(dirname(absPath), d.file)) : fromSpec(d, dirname(absPath))));
  return lintProject(docs.map((p) => new DocumentIndex(p.input)), { rules, prior: docs.flatMap((p) => p.prior) });
}

/** Diagnostics of the given rules on a prepared fixture. */
export function lint(prepared: Prepared, rules: readonly Rule[] = RULES): Diagnostic[] {
  return lintDocument(new DocumentIndex(prepared.input), { rules, prior: prepared.prior });
}

/** The fixtures of a rule: ok and not-ok files, with the expected file of each not-ok fixture. */
export function fixtures(id: string): { ok: string[]; notOk: { file: string; expected: string }[] } {
  const dir = join(RULES_DIR, id);
  if (!existsSync(dir)) return { ok: [], notOk: [] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !/\.(?:dasar-hukum|daerah)\.yaml$/.test(f)).sort();
  return {
    ok: files.filter((f) => f.startsWith('ok')).map((f) => join(dir, f)),
    notOk: files.filter((f) => f.startsWith('not-ok')).map((f) => ({ file: join(dir, f), expected: join(dir, f.replace(/\.yaml$/, '.expected')) })),
  };
}

/** Compact lines of the diagnostics of some codes, in file order. */
export function compact(diagnostics: readonly Diagnostic[], ...codes: readonly string[]): string {
  return diagnostics
    .filter((d) => codes.includes(d.code))
    .sort((a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column || a.message.localeCompare(b.message))
    .map(formatCompact)
    .join('\n');
}

/** A deep copy of an IR with every source position removed. */
export function withoutPositions(ir: Naskah): Naskah {
  return JSON.parse(JSON.stringify(ir, (key, value: unknown) => (key === 'source' ? null : value))) as Naskah;
}

/** Project-relative path for messages. */
export function shown(absPath: string): string {
  return relative(ROOT, absPath);
}
