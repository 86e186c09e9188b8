/**
 * The landscape F4 Word page shared by the change tables (matriks.docx, tanggapan.docx): page and
 * margins (2.5 cm left, 2 cm elsewhere), Bookman Old Style 11 pt, a bordered fixed-layout table over
 * the text width, and table cells with the same inner margins.
 */
import { BorderStyle, Document, PageOrientation, Table, TableCell, TableLayoutType, VerticalAlign, WidthType, type Paragraph, type TableRow } from 'docx';

/** F4 landscape in twips (330 × 215 mm wide × high) and margins. */
export const PAGE = { width: 18709, height: 12189 };
const MARGIN = { top: 1134, bottom: 1134, left: 1417, right: 1134, header: 567, footer: 567, gutter: 0 };
/** Width between the margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A table cell of `width` twips (top-aligned unless `center`), spanning `span` columns. */
export function cell(children: Paragraph[], width: number, options: { span?: number; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span !== undefined ? { columnSpan: options.span } : {}),
    verticalAlign: options.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 57, bottom: 57, left: 85, right: 85 },
    children,
  });
}

/** A table over the text width with single black borders around and between every cell. */
export function borderedTable(columnWidths: number[], rows: TableRow[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}

/** A one-section document on landscape F4 in Bookman Old Style 11 pt. */
export function landscapeDocument(children: (Paragraph | Table)[]): Document {
  return new Document({
    styles: { default: { document: { run: { font: 'Bookman Old Style', size: 22 }, paragraph: { spacing: { line: 240 } } } } },
    sections: [{
      // docx swaps width and height for a landscape page, so it is given the portrait sheet.
      properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
      children,
    }],
  });
}
