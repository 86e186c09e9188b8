/**
 * The keywords naskah's JSON Schemas use beyond JSON Schema 2020-12, declared once for ajv in strict mode
 * (issue 16 point 8). Both are annotations: they never change what is valid.
 * - `markdownDescription`: the hover text editors show (VS Code's JSON service and yaml-language-server
 *   prefer it over `description`); Markdown, in Indonesian, for the drafting team.
 * - `x-kode`: the stable diagnostic code (e.g. `NSK206`) an error of that subschema is reported with
 *   (src/validate/schema.ts).
 * The runtime validator, the precompiled validators and the strict-mode test all register this list.
 */
import type { KeywordDefinition } from 'ajv/dist/2020.js';

/** naskah's own schema keywords, as ajv keyword definitions (annotations only, with their value's shape). */
export const NASKAH_VOCABULARY: readonly KeywordDefinition[] = [
  { keyword: 'markdownDescription', schemaType: 'string', metaSchema: { type: 'string', minLength: 1 } },
  { keyword: 'x-kode', schemaType: 'string', metaSchema: { type: 'string', pattern: '^NSK[0-9]{3}$' } },
];
