/**
 * Issue 16 point 8: every schema in schemas/ compiles under plain ajv strict mode (2020-12, `strict: true`
 * and nothing else) with naskah's declared vocabulary (src/validate/vocabulary.ts), the validator uses
 * exactly that, and every property of every schema is documented in Indonesian for the drafting team
 * (`description` and `markdownDescription` with an example and the rule ids).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { CATALOGUE } from '../../src/lint/catalogue.js';
import { createAjv, SCHEMA_NAMES } from '../../src/validate/schema.js';
import { NASKAH_VOCABULARY } from '../../src/validate/vocabulary.js';
import { ROOT } from '../helpers.js';
import { isIndonesian, undocumented } from './schema-docs.js';

const dir = join(ROOT, 'schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const plainStrict = () => {
  const ajv = new Ajv2020({ strict: true });
  ajv.addVocabulary([...NASKAH_VOCABULARY]);
  return ajv;
};

describe('schemas under plain ajv strict mode', () => {
  it('covers every schema file, and the validator knows each', () => {
    expect(files.map((f) => f.replace('.schema.json', '')).sort()).toEqual([...SCHEMA_NAMES].sort());
  });
  it.each(files)('%s compiles with `strict: true` and the declared vocabulary only', (file) => {
    expect(() => plainStrict().compile(load(file))).not.toThrow();
  });
  it('is really strict: a union type, a conditional required key and an undeclared keyword are refused', () => {
    const ajv = plainStrict();
    expect(() => ajv.compile({ type: ['string', 'array'] })).toThrow(/allowUnionTypes/);
    expect(() => ajv.compile({ type: 'object', if: { required: ['a'] }, then: { minProperties: 2 } })).toThrow(/strictRequired/);
    expect(() => ajv.compile({ type: 'string', 'x-lain': 1 })).toThrow(/unknown keyword/);
    expect(() => ajv.compile({ type: 'string', 'x-kode': 'NSK2' })).toThrow(/x-kode/);
  });
  it('the validator (and the precompiled validators) use the same strict configuration, nothing relaxed', () => {
    const opts = createAjv().opts;
    expect([opts.strictSchema, opts.strictTypes, opts.strictTuples, opts.strictRequired, opts.allowUnionTypes ?? false]).toEqual([true, true, true, true, false]);
    for (const { keyword } of NASKAH_VOCABULARY) expect(createAjv().getKeyword(keyword as string)).toBeTruthy();
  });
});

describe('schemas document every property in Indonesian', () => {
  it.each(files)('%s: every property has a description and a markdownDescription with an example', (file) => {
    expect(undocumented(load(file))).toEqual([]);
  });
  it.each(files)('%s: every rule id and diagnostic code cited exists', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const rules = [...new Set(text.match(/TN-[A-Z]+-\d+/g) ?? [])];
    const codes = [...new Set(text.match(/NSK\d{3}/g) ?? [])];
    expect(rules.filter((r) => !(r in CATALOGUE))).toEqual([]);
    expect(codes.filter((c) => !(c in CODES))).toEqual([]);
  });
  it('the check finds what is missing: no text, English text, no example, a rule id left out, an undeclared `true`', () => {
    const ok = { description: 'Nama daerah.', markdownDescription: 'Nama daerah (TN-X-1).\n\nContoh:\n```yaml\nnama: A\n```' };
    const problems = undocumented({
      properties: {
        a: { type: 'string' },
        b: { type: 'string', description: 'The name of the region.', markdownDescription: 'The name.\n\nContoh:\n```yaml\nb: A\n```' },
        c: { type: 'string', description: 'Nama daerah (TN-BT-01).', markdownDescription: 'Nama daerah tanpa contoh.' },
        d: ok,
        e: { type: 'object', properties: { f: { type: 'string' } } },
      },
      then: { properties: { d: true, g: true } },
      additionalProperties: { type: 'string' },
    });
    expect(problems).toEqual([
      '#/properties/a: no description',
      '#/properties/a: no markdownDescription',
      '#/properties/b: description is not Indonesian: The name of the region.',
      '#/properties/b: markdownDescription is not Indonesian',
      '#/properties/c: markdownDescription without a `Contoh:` YAML example',
      '#/properties/c: markdownDescription does not cite TN-BT-01',
      '#/properties/e: no description',
      '#/properties/e: no markdownDescription',
      '#/additionalProperties: no description',
      '#/additionalProperties: no markdownDescription',
      '#/properties/e/properties/f: no description',
      '#/properties/e/properties/f: no markdownDescription',
      '#/then/properties/g: `true` without a documented declaration in an enclosing schema',
    ]);
    expect([isIndonesian('Tahun pada sampul.'), isIndonesian('Year of the cover.'), isIndonesian('`a`, `b`')]).toEqual([true, false, false]);
  });
});
