/** Reads the bagan SVG back as text, the way a reader reads the boxes. */

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of every box of a bagan SVG, its wrapped lines joined by spaces, by unit id (entities kept as written). */
export function boxTexts(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<g id="unit-([^"]+)">(.*?)<\/g>/g)) out.set(m[1]!, [...m[2]!.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) => t[1]!.replace(/<[^>]+>/g, '')).join(' '));
  return out;
}

/** Like boxTexts, with XML entities decoded and italic runs marked `*…*` as in the sources. */
export function boxMarkup(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<g id="unit-([^"]+)">(.*?)<\/g>/g)) {
    const lines = [...m[2]!.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) => t[1]!.replace(/<tspan font-style="italic">(.*?)<\/tspan>/g, '*$1*'));
    out.set(m[1]!, unescape(lines.join(' ').replace(/\* \*/g, ' ')));
  }
  return out;
}
