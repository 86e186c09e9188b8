/**
 * The layer map of ARCHITECTURE.md holds (issue 18): dependency-cruiser, with the project's own
 * .dependency-cruiser.cjs, finds no cycle and no import against the layer order in src/ and bench/;
 * and the same rules do catch a planted upward import and a planted cycle (fixtures beside this file).
 */
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';

const root = resolve(import.meta.dirname, '..', '..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; options: Record<string, unknown>; LAYERS: Record<string, string[]> };

async function violations(baseDir: string, paths: string[]): Promise<IViolation[]> {
  const previous = process.cwd();
  process.chdir(baseDir);
  try {
    const result = await cruise(paths, {
      ...config.options,
      tsConfig: { fileName: join(root, 'tsconfig.json') },
      validate: true,
      ruleSet: { forbidden: config.forbidden } as never,
    }, undefined, undefined);
    return (result.output as ICruiseResult).summary.violations;
  } finally {
    process.chdir(previous);
  }
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`;

describe('architecture', () => {
  it('has no cycle and no import against the layer order', async () => {
    const found = await violations(root, ['src', 'bench']);
    expect(found.map(describeViolation)).toEqual([]);
  }, 60_000);

  it('knows every folder of src/ as a layer', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual(Object.keys(config.LAYERS).sort());
  });

  it('catches an upward import', async () => {
    const found = await violations(join(import.meta.dirname, 'fixtures', 'upward'), ['src']);
    expect(found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual(['layer-ir: src/ir/types.ts → src/pipeline/run.ts']);
  }, 60_000);

  it('catches a cycle', async () => {
    const found = await violations(join(import.meta.dirname, 'fixtures', 'cycle'), ['src']);
    expect(found.map((v) => v.rule.name)).toContain('no-circular');
    expect(found.every((v) => v.rule.name === 'no-circular')).toBe(true);
  }, 60_000);
});
