/** The part of opentype.js (which ships no type declarations) that src/org/font-metrics.ts uses. */
declare module 'opentype.js' {
  export interface RenderOptions {
    readonly kerning?: boolean;
    readonly features?: Readonly<Record<string, boolean>>;
  }
  export interface Font {
    readonly unitsPerEm: number;
    /** Advance width of `text` at `fontSize` (user units), with ligatures and GPOS/kern kerning applied. */
    getAdvanceWidth(text: string, fontSize: number, options?: RenderOptions): number;
  }
  /** Parses an OpenType/TrueType font from its bytes. */
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
