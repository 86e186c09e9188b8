/** Key of an inline (generated) SVG figure in a renderer's images map, shared by the DOCX and PDF renderers. */
export function svgImageKey(id: string): string {
  return `#svg/${id}`;
}
