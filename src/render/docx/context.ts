/**
 * State shared while one document is rendered: the images the caller supplied, a drawing-id counter
 * (docx's own counter is global and would make the output depend on earlier renders), and the label
 * columns of the document.
 */

import type { LabelColumns } from './columns.js';

/** Everything the block renderers need besides the IR. */
export interface RenderContext {
  /** Image bytes keyed by the path written in the IR. */
  readonly images: ReadonlyMap<string, Uint8Array>;
  /** Colon / marker / text columns of Menimbang-style lists and diktum. */
  readonly columns: LabelColumns;
  /** Next id for a `wp:docPr` (unique within the document, starting at 1). */
  nextDrawingId(): number;
}

/** A fresh context for one render. */
export function createContext(images: ReadonlyMap<string, Uint8Array>, columns: LabelColumns): RenderContext {
  let drawingId = 0;
  return {
    images,
    columns,
    nextDrawingId: () => {
      drawingId += 1;
      return drawingId;
    },
  };
}
