/** XML escaping for the parts the renderer writes itself (styles.xml, core.xml). */

/** Escapes text content. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;');
}
