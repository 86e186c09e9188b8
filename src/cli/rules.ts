/**
 * `naskah rules` lists every implemented tata naskah rule (id, level under the project's house style,
 * one-line statement, source); `naskah explain TN-RIN-03` prints a rule's explanation with a correct and
 * an incorrect example.
 */
import { CATALOGUE, EXTENSIONS, RULES_MD_COUNT } from '../lint/catalogue.js';
import { NO_CONFIG, type LintConfig } from '../lint/config.js';
import { ruleSeverity } from '../lint/engine.js';
import { projectConfig, RULES } from '../lint/index.js';
import { ruleById } from '../lint/registry.js';
import type { Rule } from '../lint/types.js';
import { findProject } from '../load/project.js';
import { closest } from '../util/suggest.js';
import { UsageError, type Io } from './io.js';

const LEVEL = { ERROR: 'galat', WARN: 'peringatan', INFO: 'info' } as const;
const SEVERITY = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

/** The house style of the project in the working directory, if any. */
function configFor(io: Io): LintConfig {
  const paths = findProject(io.cwd);
  return paths ? projectConfig(paths) : NO_CONFIG;
}

/** The level shown for a rule: its catalogue level, and the house-style level when it differs. */
function levelText(rule: Rule, config: LintConfig): string {
  const effective = ruleSeverity(rule, config);
  const base = LEVEL[rule.level];
  const now = effective === null ? 'mati' : SEVERITY[effective];
  return now === base ? base : `${base}→${now}`;
}

/** `naskah rules [--format human|json]`. */
export function runRules(args: readonly string[], options: { format: string | undefined }, io: Io): number {
  if (args.length > 0) throw new UsageError('`naskah rules` tidak menerima argumen; untuk satu aturan gunakan `naskah explain TN-…`.');
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`Format \`${format}\` tidak dikenal untuk rules; gunakan human atau json.`);
  const config = configFor(io);
  const rows = RULES.map((r) => ({ id: r.id, tingkat: levelText(r, config), pernyataan: r.statement, sumber: r.source }));
  if (format === 'json') {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const levelWidth = Math.max(...rows.map((r) => r.tingkat.length));
  for (const r of rows) io.out(`${r.id.padEnd(idWidth)}  ${r.tingkat.padEnd(levelWidth)}  ${r.pernyataan} [${r.sumber}]`);
  const extra = RULES.filter((r) => r.id in EXTENSIONS).length;
  io.out(`\n${RULES.length} aturan diperiksa otomatis: ${RULES.length - extra} dari ${RULES_MD_COUNT} aturan katalog dan ${extra} aturan tambahan naskah; selebihnya tidak dapat diputuskan secara mekanis atau berlaku saat tata letak (lihat src/lint/RULES-STATUS.md).`);
  io.out('Penjelasan dan contoh satu aturan: naskah explain TN-RIN-03');
  return 0;
}

/** `naskah explain TN-…`. */
export function runExplainRule(id: string, io: Io): number {
  const rule = ruleById(id);
  if (!rule) {
    const key = id.toUpperCase();
    if (CATALOGUE[key]) throw new UsageError(`Aturan \`${key}\` ada dalam katalog tetapi tidak diperiksa secara otomatis (lihat src/lint/RULES-STATUS.md).`);
    const suggestion = closest(key, RULES.map((r) => r.id));
    throw new UsageError(`Aturan \`${id}\` tidak dikenal.${suggestion ? ` Mungkin maksud Anda \`${suggestion}\`?` : ' Jalankan `naskah rules` untuk melihat daftar aturan.'}`);
  }
  const indent = (s: string) => s.split('\n').map((line) => `  ${line}`).join('\n');
  io.out(`${rule.id} (${levelText(rule, configFor(io))}): ${rule.statement}\nSumber: ${rule.source}\n\n${rule.explanation}\n\nBenar:\n${indent(rule.correct)}\nSalah:\n${indent(rule.incorrect)}`);
  return 0;
}
