/** Reads the bagan SVG back as text, the way a reader reads the boxes. */

/** The text of every box of a bagan SVG, its wrapped lines joined by spaces, by unit id. */
export function boxTexts(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<g id="unit-([^"]+)">(.*?)<\/g>/g)) out.set(m[1]!, [...m[2]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]).join(' '));
  return out;
}
