/** The inline syntax of a text value (schemas/README.md): italics, references and the `\*` escape (issue 22 point 7). */
import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from '../../src/resolve/inline.js';

describe('inline syntax', () => {
  it('sets *…* in italics', () => {
    expect(parseInline('petugas *front office* melayani').tokens).toEqual([
      { kind: 'text', text: 'petugas ' },
      { kind: 'italic', text: 'front office' },
      { kind: 'text', text: ' melayani' },
    ]);
  });

  it('prints \\* as a literal asterisk, also beside italics, and never reports it as an unclosed italic', () => {
    const { tokens, problems } = parseInline('kolom bertanda \\* wajib diisi oleh *back office*');
    expect(problems).toEqual([]);
    expect(tokens).toEqual([
      { kind: 'text', text: 'kolom bertanda * wajib diisi oleh ' },
      { kind: 'italic', text: 'back office' },
    ]);
    expect(parseInline('*kata \\* asing*').tokens).toEqual([{ kind: 'italic', text: 'kata * asing' }]);
    expect(plainText('bertanda \\* dan *miring*')).toBe('bertanda * dan miring');
  });

  it('still reports a lone asterisk as an unclosed italic', () => {
    expect(parseInline('tanda * sendiri').problems.map((p) => p.kind)).toEqual(['unclosed-italic']);
  });
});
