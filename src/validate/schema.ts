/**
 * Validates a YAML source against a JSON Schema (2020-12, ajv) and maps every error back to the
 * file:line:column of the offending YAML node (STYLE.md point 6), with a stable code and an
 * Indonesian message and hint.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import { NASKAH_VOCABULARY } from './vocabulary.js';

/** Names of the schemas in schemas/. */
export type SchemaName = 'paket' | 'perbup' | 'keputusan' | 'daerah' | 'dasar-hukum' | 'pedoman' | 'config';

const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;
const require = createRequire(import.meta.url);

/**
 * The one ajv configuration, for runtime compiles and for precompile.ts. ajv itself is loaded only
 * here: the precompiled validators need just its small runtime helpers, so a `check` whose schemas
 * are all precompiled never pays for loading ajv (± 0.1–0.3 s of start-up).
 */
export function createAjv(standalone = false): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // Strict mode with nothing relaxed: the schemas compile as they are under plain `strict: true`, plus
  // naskah's declared keywords (vocabulary.ts). allErrors/verbose/code only shape the error reports.
  const instance = new Ajv({ allErrors: true, verbose: true, strict: true, ...(standalone ? { code: { source: true } } : {}) });
  instance.addVocabulary([...NASKAH_VOCABULARY]);
  return instance;
}

/** Every schema in schemas/, by name. */
export const SCHEMA_NAMES: readonly SchemaName[] = ['paket', 'perbup', 'keputusan', 'daerah', 'dasar-hukum', 'pedoman', 'config'];

/** Folder of the validators precompiled by precompile.ts (dist/validators), beside the compiled code. */
export function validatorsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'validators');
}

/** SHA-256 of a schema's text: a precompiled validator is used only for the exact schema it was made from. */
export function schemaHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function validatorFor(schemasDir: string, name: SchemaName): ValidateFunction {
  const key = join(schemasDir, name);
  let validate = compiled.get(key);
  if (!validate) {
    const text = readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8');
    validate = precompiled(name, schemaHash(text));
    if (!validate) {
      ajv ??= createAjv();
      validate = ajv.compile(JSON.parse(text) as object);
    }
    compiled.set(key, validate);
  }
  return validate;
}

/** The precompiled validator of `name` when it matches the schema text (saves ajv's compile at start-up). */
function precompiled(name: SchemaName, hash: string): ValidateFunction | undefined {
  const file = join(validatorsDir(), `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const mod = require(file) as { default?: ValidateFunction; schemaHash?: string };
  return mod.schemaHash === hash ? mod.default : undefined;
}

/** Validates `source.data` against schemas/<name>.schema.json. */
export function validateSource(source: YamlSource, schemasDir: string, name: SchemaName): Diagnostic[] {
  const validate = validatorFor(schemasDir, name);
  if (validate(source.data)) return [];
  return mapErrors(source, validate.errors ?? []);
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'daftar';
  if (typeof value === 'object') return 'peta';
  if (typeof value === 'string') return 'teks';
  if (typeof value === 'number') return 'bilangan';
  if (typeof value === 'boolean') return 'nilai benar/salah';
  return typeof value;
}

/** The hint for a value that does not match `pattern`, by the form the pattern stands for. */
function patternHint(pattern: string): string {
  if (pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return 'Id hanya boleh huruf kecil, angka, dan tanda hubung, mis. `fungsi-slrt`.';
  if (pattern.includes('[0-9]{4}-[0-9]{2}-[0-9]{2}')) return 'Tanggal ditulis YYYY-MM-DD, mis. `2026-03-01`.';
  if (pattern === '\\.md$') return 'Nama berkas Markdown berakhiran `.md`, mis. `bab-1-pendahuluan.md`.';
  return `Nilai harus cocok dengan pola \`${pattern}\`.`;
}

/**
 * An `anyOf` of alternatives of different types (e.g. an id or a list of ids) reports like a union
 * type: when some alternative has the value's type, the type mismatches of the others are dropped (its
 * own errors say what is wrong); when none has, their mismatches become one "teks atau daftar" error.
 */
function unionTypes(errors: readonly ErrorObject[]): ErrorObject[] {
  const branchType = /^(.*\/anyOf)\/\d+\/type$/;
  const out: ErrorObject[] = [];
  const merged = new Map<string, ErrorObject>();
  for (const e of errors) {
    const m = e.keyword === 'type' ? branchType.exec(e.schemaPath) : null;
    if (!m) {
      out.push(e);
      continue;
    }
    const union = m[1]!;
    const wrapper = errors.find((o) => o.keyword === 'anyOf' && o.schemaPath === union && o.instancePath === e.instancePath);
    const mismatches = errors.filter((o) => o.keyword === 'type' && o.instancePath === e.instancePath && branchType.exec(o.schemaPath)?.[1] === union);
    // Some alternative has the value's type: its own errors (possibly through a $ref) tell what is wrong.
    if (!Array.isArray(wrapper?.schema) || mismatches.length < wrapper.schema.length) continue;
    const key = `${union}@${e.instancePath}`;
    const first = merged.get(key);
    if (first) (first.params as Record<string, unknown>)['type'] = `${String(first.params['type'])},${String(e.params['type'])}`;
    else {
      const copy = { ...e, params: { ...e.params } };
      merged.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = { string: 'teks', integer: 'bilangan bulat', number: 'bilangan', object: 'peta', array: 'daftar', null: 'null', boolean: 'benar/salah' };

function mapErrors(source: YamlSource, errors: readonly ErrorObject[]): Diagnostic[] {
  // Drop errors that only summarise others: failed if/then branches, anyOf/oneOf wrappers (an anyOf fails
  // only when each alternative did, and unionTypes keeps what those said).
  const relevant = unionTypes(errors).filter((e, _, all) => e.keyword !== 'if' && e.keyword !== 'anyOf' && !(e.keyword === 'oneOf' && all.some((o) => o !== e && o.schemaPath.startsWith(e.schemaPath))));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    const k = `${d.code}:${d.start.line}:${d.start.column}:${d.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(d);
    }
  };
  for (const error of relevant) {
    const path = pathOf(error.instancePath);
    const at = (p: YamlPath, key = false) => ({ file: source.file, ...rangeAt(source, p, key) });
    const parent = error.parentSchema as Record<string, unknown> | undefined;
    const params = error.params as Record<string, unknown>;
    if (parent?.['x-kode'] === 'NSK206') {
      push(diag('NSK206', { ...at(path), message: 'Unsur ini bukan BAB, Bagian, Paragraf, atau Pasal.', hint: 'Mulai unsur dengan salah satu kunci `bab:`, `bagian:`, `paragraf:`, atau `pasal:`.' }));
      continue;
    }
    if (error.schemaPath.includes('/oneOf/') && error.keyword === 'required') {
      push(diag('NSK201', { ...at(path), message: 'Pasal tidak berisi apa pun: harus memuat salah satu dari `teks`, `ayat`, `definisi`, atau `formula`.', hint: 'Tambahkan `teks:` untuk pasal tanpa ayat, atau `ayat:` dengan paling sedikit dua ayat.' }));
      continue;
    }
    switch (error.keyword) {
      case 'oneOf':
        push(diag('NSK209', { ...at(path), message: 'Pasal memuat lebih dari satu jenis isi (`teks`, `ayat`, `definisi`, `formula`).', hint: 'Pilih satu: `teks` untuk pasal tanpa ayat, atau `ayat` untuk pasal yang dibagi dalam ayat.' }));
        break;
      case 'required': {
        const missing = String(params['missingProperty']);
        push(diag('NSK201', { ...at(path), message: `Properti wajib \`${missing}\` tidak ada.`, hint: `Tambahkan \`${missing}:\` pada unsur ini.` }));
        break;
      }
      case 'dependentRequired': {
        const missing = String(params['missingProperty']);
        const property = String(params['property']);
        push(diag('NSK201', { ...at([...path, property], true), message: `Properti \`${property}\` memerlukan \`${missing}\`.`, hint: property === 'butir' ? 'Tambahkan `rincian: kumulatif`, `alternatif`, atau `kumulatif-alternatif`.' : `Tambahkan \`${missing}:\`.` }));
        break;
      }
      case 'additionalProperties': {
        const property = String(params['additionalProperty']);
        const allowed = Object.keys((parent?.['properties'] as object | undefined) ?? {});
        const suggestion = closest(property, allowed);
        push(diag('NSK202', { ...at([...path, property], true), message: `Properti \`${property}\` tidak dikenal di sini.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : `Properti yang tersedia: ${allowed.join(', ')}.` }));
        break;
      }
      case 'propertyNames':
      case 'pattern': {
        const what = path.length > 0 ? `Nilai \`${String(error.data)}\`` : 'Nilai';
        const pattern = error.keyword === 'pattern' ? String(params['pattern']) : String((parent?.['propertyNames'] as { pattern?: string } | undefined)?.pattern);
        push(diag('NSK205', { ...at(path), message: `${what} tidak sesuai bentuk yang diharapkan.`, hint: patternHint(pattern) }));
        break;
      }
      case 'type': {
        const expected = String(params['type']).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' atau ');
        push(diag('NSK203', { ...at(path), message: `Nilai harus berupa ${expected}, bukan ${describeValue(error.data)}.`, hint: 'Periksa indentasi dan tanda "-" untuk butir daftar.' }));
        break;
      }
      case 'enum':
      case 'const': {
        const options = error.keyword === 'enum' ? (params['allowedValues'] as unknown[]) : [params['allowedValue']];
        const suggestion = typeof error.data === 'string' ? closest(error.data, options.map(String)) : undefined;
        push(diag('NSK204', { ...at(path), message: `Nilai \`${String(error.data)}\` tidak termasuk pilihan: ${options.map(String).join(', ')}.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : `Gunakan salah satu: ${options.map(String).join(', ')}.` }));
        break;
      }
      case 'minItems': {
        const limit = Number(params['limit']);
        const last = path[path.length - 1];
        const hint = last === 'ayat' ? 'Pasal yang dibagi dalam ayat memuat paling sedikit dua ayat (TN-BT-07); pasal dengan satu isi ditulis dengan `teks:`.' : last === 'butir' ? 'Rincian memuat paling sedikit dua butir; satu butir ditulis langsung dalam teks.' : `Tambahkan butir hingga paling sedikit ${limit}.`;
        push(diag('NSK209', { ...at(path), message: `Daftar ini harus memuat paling sedikit ${limit} butir.`, hint }));
        break;
      }
      case 'not':
        push(diag('NSK209', { ...at(path), message: 'Definisi tidak boleh memuat `singkatan` sekaligus `sebutan`.', hint: 'Pakai `singkatan` untuk singkatan (SLRT) atau `sebutan` untuk akronim/sebutan (Puskesos), tidak keduanya.' }));
        break;
      case 'minLength':
        push(diag('NSK209', { ...at(path), message: 'Teks tidak boleh kosong.', hint: 'Isi teks atau hapus unsur ini.' }));
        break;
      case 'uniqueItems':
        push(diag('NSK209', { ...at(path), message: 'Daftar memuat butir yang sama dua kali.', hint: 'Hapus butir yang berulang.' }));
        break;
      case 'minimum':
      case 'maximum':
        push(diag('NSK209', { ...at(path), message: `Nilai ${String(error.data)} di luar rentang yang diperbolehkan.`, hint: error.keyword === 'minimum' ? `Nilai paling kecil ${String(params['limit'])}.` : `Nilai paling besar ${String(params['limit'])}.` }));
        break;
      default:
        push(diag('NSK209', { ...at(path), message: `Nilai tidak sesuai skema (${error.keyword}).`, hint: 'Baca keterangan properti ini di editor (skema YAML) atau di schemas/.' }));
    }
  }
  return out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
}
