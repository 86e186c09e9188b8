/**
 * Page setup of a section and the page-number header: F4 paper, margins, orientation; no number on the
 * first page of the document (and of each lampiran), "- n -" centred at the top from the second page
 * (RULES.md TN-TYP-01, TN-TYP-04, TN-TYP-06, TN-LMP-05, TN-TYP-11).
 */

import { Header, PageNumber, PageOrientation, SectionType, TextRun, type ISectionPropertiesOptions } from 'docx';
import { MARGIN, PAGE, type Orientation } from './measure.js';
import { para } from './paragraph.js';

/** The two headers of the document: an empty one for first pages and "- n -" for the others. */
export function pageNumberHeaders(): { readonly first: Header; readonly default: Header } {
  return {
    first: new Header({ children: [para('NomorHalaman', [])] }),
    default: new Header({ children: [para('NomorHalaman', [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })])] }),
  };
}

/** How a section starts. */
export interface SectionStart {
  readonly orientation: Orientation;
  /** The section's first page has the empty first-page header (first page of the document or of a lampiran). */
  readonly titlePage: boolean;
  /** Starts on a new page (every section but the first). */
  readonly newPage: boolean;
  /** Restart page numbering at 1. */
  readonly restartNumbering: boolean;
}

/** Section properties for `start`. Headers are inherited from the first section, which defines them. */
export function sectionProperties(start: SectionStart): ISectionPropertiesOptions {
  return {
    ...(start.newPage ? { type: SectionType.NEXT_PAGE } : {}),
    titlePage: start.titlePage,
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: start.orientation === 'lanskap' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...MARGIN, gutter: 0 },
      ...(start.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}
