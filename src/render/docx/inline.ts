/**
 * Inline content (IR `Runs`) to DOCX runs: italic terms get the "Asing" character style (TN-BHS-02),
 * resolved references the "Rujukan" style (no visible formatting, so reviewers and tools can find them).
 */

import { TextRun, type ParagraphChild } from 'docx';
import type { Inline, Runs } from '../../ir/types.js';
import { referenceRuns } from './crossref.js';
import type { CharacterStyleId } from './styles.js';

function run(inline: Inline): ParagraphChild | ParagraphChild[] {
  switch (inline.kind) {
    case 'text':
      return new TextRun(inline.text);
    case 'italic': {
      const style: CharacterStyleId = 'Asing';
      return new TextRun({ text: inline.text, style, italics: true });
    }
    case 'ref':
      // "Rujukan" runs, with REF fields to the bookmarked units (crossref.ts).
      return referenceRuns(inline);
  }
}

/** The runs of one paragraph's inline content. */
export function inlineRuns(isi: Runs): ParagraphChild[] {
  return isi.filter((i) => i.text !== '').flatMap(run);
}
