/**
 * Walks a JSON Schema and lists every property (and every schema of a map's free keys) that is not
 * documented for the drafting team: an Indonesian `description`, and a `markdownDescription` (the hover
 * text of VS Code and yaml-language-server) with an example and every rule id the description cites.
 * Used by schemas-strict.test.ts (issue 16 point 8).
 */

type Schema = Record<string, unknown>;

const ID_WORDS = new Set([
  'yang', 'dan', 'atau', 'untuk', 'dari', 'dengan', 'di', 'ke', 'pada', 'dalam', 'ini', 'tidak', 'bila', 'setiap', 'satu', 'dua', 'tanpa',
  'sebagai', 'menurut', 'oleh', 'sesudah', 'sebelum', 'paling', 'hanya', 'harus', 'wajib', 'bukan', 'adalah', 'lazimnya', 'bawaan',
  'dicetak', 'ditulis', 'dihitung', 'berisi', 'lengkap', 'resmi', 'nama', 'nomor', 'tahun', 'tanggal', 'jabatan', 'peraturan', 'daerah', 'surat',
]);
const EN_WORDS = new Set(['the', 'of', 'is', 'are', 'and', 'with', 'for', 'this', 'that', 'which', 'when', 'must', 'should', 'from', 'to', 'by', 'be', 'it', 'not', 'or', 'if']);

/** Whether `text` reads as Indonesian: an Indonesian function word, no English one (code spans and quotes aside). */
export function isIndonesian(text: string): boolean {
  const prose = text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ');
  const words = prose.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  return words.some((w) => ID_WORDS.has(w)) && !words.some((w) => EN_WORDS.has(w));
}

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of one documented schema node at `at`. */
function problemsOf(node: Schema, at: string): string[] {
  const out: string[] = [];
  const description = node['description'];
  const markdown = node['markdownDescription'];
  if (typeof description !== 'string' || description.trim() === '') out.push(`${at}: no description`);
  else if (!isIndonesian(description)) out.push(`${at}: description is not Indonesian: ${description}`);
  if (typeof markdown !== 'string' || markdown.trim() === '') return [...out, `${at}: no markdownDescription`];
  if (!isIndonesian(markdown)) out.push(`${at}: markdownDescription is not Indonesian`);
  if (!/Contoh:\n```yaml\n[\s\S]+?\n```/.test(markdown)) out.push(`${at}: markdownDescription without a \`Contoh:\` YAML example`);
  for (const rule of typeof description === 'string' ? description.match(/TN-[A-Z]+-\d+/g) ?? [] : []) {
    if (!markdown.includes(rule)) out.push(`${at}: markdownDescription does not cite ${rule}`);
  }
  return out;
}

/** Every undocumented property of `schema`, as `pointer: problem` lines. */
export function undocumented(schema: Schema): string[] {
  const out: string[] = [];
  const resolve = (node: Schema): Schema => {
    const ref = node['$ref'];
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
    let target: unknown = schema;
    for (const seg of ref.slice(2).split('/')) target = isSchema(target) ? target[seg] : undefined;
    return isSchema(target) && typeof node['description'] !== 'string' ? target : node;
  };
  const walk = (node: unknown, at: string, declared: ReadonlySet<string>): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`, declared));
    if (!isSchema(node)) return;
    const here = new Set(declared);
    const properties = node['properties'];
    if (isSchema(properties)) {
      for (const [name, sub] of Object.entries(properties)) {
        const where = `${at}/properties/${name}`;
        // `true` only names a key for strictRequired in a then/else/oneOf/not branch; the key must be
        // documented by an enclosing schema, where the editor takes its hover from.
        if (sub === true) {
          if (!declared.has(name)) out.push(`${where}: \`true\` without a documented declaration in an enclosing schema`);
        } else if (isSchema(sub)) {
          const problems = problemsOf(sub, where);
          out.push(...problems);
          if (problems.length === 0) here.add(name);
        } else out.push(`${where}: not a schema object`);
      }
    }
    const free = node['additionalProperties'];
    if (isSchema(free)) out.push(...problemsOf(resolve(free), `${at}/additionalProperties`));
    for (const [key, value] of Object.entries(node)) {
      // An `if` is a condition: it declares nothing an editor shows.
      if (key !== 'if') walk(value, `${at}/${key}`, here);
    }
  };
  walk(schema, '#', new Set());
  return out;
}
