/**
 * House style (RULES.md §0.2): content/naskah.config.yaml may change the level of WARN and INFO rules or
 * switch them off, with a reason; it may never touch an ERROR rule (NSK251). Unknown ids are NSK252,
 * catalogued rules that are not checked mechanically NSK253. The same file's `tata_letak` chooses the
 * page-layout house style (house-style.ts), `paraf` the paraf table of a routed copy. Validated by schemas/config.schema.json (unknown keys: NSK202).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { loadYaml, rangeAt } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import { validateSource } from '../validate/schema.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../ir/house-style.js';
import type { Paraf } from '../ir/types.js';
import { CATALOGUE } from './catalogue.js';
import { houseStyleFrom, type TataLetakData } from './house-style.js';
import type { Rule } from './types.js';

/** A level as the configuration spells it. */
export type ConfigLevel = 'galat' | 'peringatan' | 'info' | 'mati';

/** The effective house style. */
export interface LintConfig {
  /** Rule id → new severity, or null when switched off. Only WARN and INFO rules appear here. */
  readonly overrides: ReadonlyMap<string, Severity | null>;
  /** Page-layout house style for the renderers (`tata_letak`). */
  readonly houseStyle: HouseStyle;
  /** Paraf table of the copy routed for signature (`paraf`), null when the project has none. */
  readonly paraf: Paraf | null;
  /** Problems found in the configuration file itself. */
  readonly diagnostics: readonly Diagnostic[];
}

/** No house style. */
export const NO_CONFIG: LintConfig = { overrides: new Map(), houseStyle: DEFAULT_HOUSE_STYLE, paraf: null, diagnostics: [] };

/** Name of the configuration file inside content/. */
export const CONFIG_FILE = 'naskah.config.yaml';

const SEVERITY: Record<ConfigLevel, Severity | null> = { galat: 'error', peringatan: 'warning', info: 'info', mati: null };

interface ConfigData {
  readonly aturan?: Readonly<Record<string, { readonly tingkat: ConfigLevel; readonly alasan: string }>>;
  readonly tata_letak?: TataLetakData;
  readonly paraf?: Paraf;
}

const cache = new Map<string, { readonly stamp: string; readonly config: LintConfig }>();

/** Loads content/naskah.config.yaml (none → no house style), checking it against the rules. */
export function loadLintConfig(paths: { readonly root: string; readonly content: string; readonly schemas: string }, rules: readonly Rule[]): LintConfig {
  const absPath = join(paths.content, CONFIG_FILE);
  if (!existsSync(absPath)) return NO_CONFIG;
  const stat = statSync(absPath);
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const cached = cache.get(absPath);
  if (cached?.stamp === stamp) return cached.config;

  const config = readConfig(absPath, paths, rules);
  cache.set(absPath, { stamp, config });
  return config;
}

function readConfig(absPath: string, paths: { readonly root: string; readonly schemas: string }, rules: readonly Rule[]): LintConfig {
  const { source, diagnostics: loadDiagnostics } = loadYaml(absPath, paths.root);
  if (!source) return { ...NO_CONFIG, diagnostics: loadDiagnostics };
  const schemaDiagnostics = validateSource(source, paths.schemas, 'config');
  if (hasErrors(schemaDiagnostics)) return { ...NO_CONFIG, diagnostics: schemaDiagnostics };

  const implemented = new Map(rules.map((r) => [r.id, r]));
  const overrides = new Map<string, Severity | null>();
  const diagnostics: Diagnostic[] = [...schemaDiagnostics];
  const data = source.data as ConfigData | null;
  const ruleEntries = data?.aturan ?? {};
  for (const [id, entry] of Object.entries(ruleEntries)) {
    const at = { file: source.file, ...rangeAt(source, ['aturan', id], true) };
    const level = CATALOGUE[id] ?? implemented.get(id)?.level;
    if (!level) {
      const suggestion = closest(id.toUpperCase(), Object.keys(CATALOGUE));
      diagnostics.push(diag('NSK252', { ...at, message: `Aturan \`${id}\` tidak ada dalam katalog tata naskah.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`? Daftar aturan: \`naskah rules\`.` : 'Jalankan `naskah rules` untuk melihat id aturan yang ada.' }));
      continue;
    }
    if (level === 'ERROR') {
      diagnostics.push(diag('NSK251', { ...at, message: `Aturan \`${id}\` bertingkat ERROR dan tidak dapat diubah oleh gaya rumah; penyesuaian ini diabaikan.`, hint: 'Hapus entri ini. Gaya rumah hanya boleh mengubah aturan WARN atau INFO.' }));
      continue;
    }
    if (!implemented.has(id)) {
      diagnostics.push(diag('NSK253', { ...at, message: `Aturan \`${id}\` tidak diperiksa secara otomatis, sehingga penyesuaian ini tidak berpengaruh.`, hint: 'Hapus entri ini; lihat src/lint/RULES-STATUS.md untuk aturan yang diperiksa.' }));
      continue;
    }
    overrides.set(id, SEVERITY[entry.tingkat]);
  }
  const paraf = data?.paraf ? { hierarki: [...data.paraf.hierarki], koordinasi: [...data.paraf.koordinasi] } : null;
  return { overrides, houseStyle: houseStyleFrom(data?.tata_letak), paraf, diagnostics };
}
