/**
 * Parses the inline syntax of a text value: `*italic*`, `[[id]]`, `[[id1, id2]]` and `[[=id]]`, and `\*`
 * for a literal asterisk (schemas/README.md). Offsets are kept so diagnostics can point at the token inside the YAML scalar.
 */

/** One parsed token of a text value. */
export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'italic'; readonly text: string }
  /** A reference; `bare` for `[[=id]]`; `index` is the ordinal of this `[[` in the value. */
  | { readonly kind: 'ref'; readonly ids: readonly string[]; readonly bare: boolean; readonly raw: string; readonly index: number };

/** A problem found while parsing, with the ordinal of the `[[` token it concerns (or -1). */
export interface InlineProblem {
  readonly kind: 'bad-ref' | 'unclosed-italic';
  readonly raw: string;
  readonly index: number;
}

/** Stands for an escaped asterisk (`\*`) while a text is split at its italic markers. */
const LITERAL_STAR = '\uE000';
const literal = (text: string) => text.replaceAll(LITERAL_STAR, '*');

const ID = /^[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?$/;

/** Splits a text value into tokens. */
export function parseInline(value: string): { tokens: Token[]; problems: InlineProblem[] } {
  const tokens: Token[] = [];
  const problems: InlineProblem[] = [];
  let refIndex = 0;
  const pushText = (text: string) => {
    if (text === '') return;
    const parts = text.replaceAll('\\*', LITERAL_STAR).split('*');
    if (parts.length % 2 === 0) {
      problems.push({ kind: 'unclosed-italic', raw: text, index: -1 });
      tokens.push({ kind: 'text', text: literal(parts.join('*')) });
      return;
    }
    parts.forEach((part, i) => {
      if (part === '') return;
      tokens.push(i % 2 === 1 ? { kind: 'italic', text: literal(part) } : { kind: 'text', text: literal(part) });
    });
  };
  const re = /\[\[([^\]]*)\]\]/g;
  let last = 0;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    pushText(value.slice(last, m.index));
    last = m.index + m[0].length;
    const index = refIndex++;
    let body = (m[1] ?? '').trim();
    const bare = body.startsWith('=');
    if (bare) body = body.slice(1).trim();
    const ids = body.split(',').map((s) => s.trim());
    if (ids.length === 0 || ids.some((id) => !ID.test(id))) {
      problems.push({ kind: 'bad-ref', raw: m[0], index });
      continue;
    }
    tokens.push({ kind: 'ref', ids, bare, raw: m[0], index });
  }
  pushText(value.slice(last));
  if (/\[\[(?![^\]]*\]\])/.test(value.slice(last))) problems.push({ kind: 'bad-ref', raw: '[[', index: refIndex });
  return { tokens, problems };
}

/** Plain text of a value with markup removed (for lint rules that read words). */
export function plainText(value: string): string {
  return literal(value.replace(/\[\[[^\]]*\]\]/g, '').replaceAll('\\*', LITERAL_STAR).replace(/\*/g, ''));
}
