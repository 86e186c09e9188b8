/**
 * Inline content (IR `Runs`) to DOCX runs: italic terms get the "Asing" character style (TN-BHS-02),
 * resolved references the "Rujukan" style (no visible formatting, so reviewers and tools can find them).
 */

import { TextRun } from 'docx';
import type { Inline, Runs } from '../../ir/types.js';
import type { CharacterStyleId } from './styles.js';

function run(inline: Inline): TextRun {
  switch (inline.kind) {
    case 'text':
      return new TextRun(inline.text);
    case 'italic': {
      const style: CharacterStyleId = 'Asing';
      return new TextRun({ text: inline.text, style, italics: true });
    }
    case 'ref': {
      const style: CharacterStyleId = 'Rujukan';
      return new TextRun({ text: inline.text, style });
    }
  }
}

/** The runs of one paragraph's inline content. */
export function inlineRuns(isi: Runs): TextRun[] {
  return isi.filter((i) => i.text !== '').map(run);
}
