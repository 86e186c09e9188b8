/** The part of opentype.js (which ships no type declarations) that src/org/font-metrics.ts uses. */
declare module 'opentype.js' {
  export interface RenderOptions {
    readonly kerning?: boolean;
    readonly features?: unknown;
  }
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
  }
  export interface KerningLookups {
    readonly __kerningLookups?: never;
  }
  export interface Font {
    readonly unitsPerEm: number;
    /** The options `getAdvanceWidth` merges its own into. */
    readonly defaultRenderOptions: RenderOptions;
    readonly glyphs: { get(index: number): Glyph | undefined };
    readonly position: {
      getDefaultScriptName(): string;
      getKerningTables(script: string, language?: string): KerningLookups | undefined;
      getKerningValue(lookups: KerningLookups, left: number, right: number): number;
    };
    /** Advance width of `text` at `fontSize` (user units), with ligatures and GPOS/kern kerning applied. */
    getAdvanceWidth(text: string, fontSize: number, options?: RenderOptions): number;
    /** Glyph indexes of `s` after the font's features (ligatures), as `getAdvanceWidth` sets it. */
    stringToGlyphIndexes(s: string, options?: RenderOptions): number[];
    charToGlyphIndex(c: string): number;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  /** Parses an OpenType/TrueType font from its bytes. */
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
