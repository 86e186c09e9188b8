/**
 * Page geometry and unit conversions for the DOCX renderer (RULES.md TN-TYP-01, TN-TYP-04).
 *
 * All lengths in the renderer are twips (1/20 pt, 1/1440 inch), the unit of WordprocessingML.
 */

/** Twips in one centimetre (1440 / 2.54). */
const TWIPS_PER_CM = 1440 / 2.54;

/** Converts centimetres to whole twips. */
export function cm(value: number): number {
  return Math.round(value * TWIPS_PER_CM);
}

/** Converts points to whole twips. */
export function pt(value: number): number {
  return Math.round(value * 20);
}

/** Converts centimetres to CSS pixels at 96 dpi, the unit docx uses for image sizes. */
export function cmToPx(value: number): number {
  return (value / 2.54) * 96;
}

/** Page F4 215 × 330 mm in portrait (TN-TYP-01). */
export const PAGE = { width: cm(21.5), height: cm(33) } as const;

/** Margins: top 2 cm, left 3 cm, right 2 cm, bottom 2 cm; header 1 cm from the edge (TN-TYP-04). */
export const MARGIN = { top: cm(2), right: cm(2), bottom: cm(2), left: cm(3), header: cm(1), footer: cm(1) } as const;

/** Page orientation of a section (lampiran may have landscape pages, TN-TYP-11). */
export type Orientation = 'potret' | 'lanskap';

/** Width available for text between the margins. */
export function textWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'lanskap' ? PAGE.height : PAGE.width;
  return pageWidth - MARGIN.left - MARGIN.right;
}

/** Height available for text between the margins. */
export function textHeight(orientation: Orientation): number {
  const pageHeight = orientation === 'lanskap' ? PAGE.width : PAGE.height;
  return pageHeight - MARGIN.top - MARGIN.bottom;
}

/** Indent step between rincian levels and from marker to text (0.8 cm). */
export const RINCIAN_STEP = cm(0.8);

/** Text position of a numbered ayat: "(1)" hangs, the text starts at 1 cm. */
export const AYAT_TEXT = cm(1);

/** Left edge of the right-hand signature block (Ditetapkan di …, BUPATI …,): the right half, as in the PDF. */
export const SIGNATURE_LEFT = cm(8.25);

/** Left edge of the lampiran header block at the top right (TN-LMP-02): the right half, as in the PDF. */
export const LAMPIRAN_KEPALA_LEFT = cm(8.25);
