/**
 * Applies typst.ts's incremental SVG ("diff") to the pages of the previous render, as strings, so the
 * server hands out every page as a standalone SVG exactly as a full export would write it.
 *
 * In a diff, a `<g>` carrying `data-reuse-from="X"` stands for the element with data-tid X among the
 * children of the previous element it patches: when its own data-tid is X too, the content is unchanged
 * (the diff leaves it empty and the previous content is taken); otherwise its `<g>` children are
 * resolved the same way, one level down, and its other children (glyph uses, text, images) are new.
 * A `<g>` without `data-reuse-from` is new and complete. The attributes always come from the diff.
 */

/** One element of a parsed SVG fragment: its open tag, its data-tid, and its children (elements or raw text). */
export interface Element {
  readonly name: string;
  /** The open tag as written, without `data-reuse-from`. */
  readonly open: string;
  readonly tid: string | null;
  readonly reuseFrom: string | null;
  readonly children: (Element | string)[];
  readonly selfClosing: boolean;
}

/** The patch named an element the previous render does not have: the caller renders everything again. */
export class PatchError extends Error {}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
/** The attribute by which typst.ts's renderer marks a page copied from an earlier one. */
export const REUSE = /\sdata-reuse-from="([^"]*)"/;
const TID = /\sdata-tid="([^"]*)"/;

/** Parses a well-formed SVG fragment (Typst's output: no comments, no CDATA) into its top-level elements. */
export function parseFragment(svg: string): (Element | string)[] {
  const root: (Element | string)[] = [];
  const stack: { children: (Element | string)[]; name: string }[] = [{ children: root, name: '' }];
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(svg); m !== null; m = TAG.exec(svg)) {
    const top = stack[stack.length - 1]!;
    if (m.index > at) top.children.push(svg.slice(at, m.index));
    at = TAG.lastIndex;
    const [whole, closing, name, attrs = ''] = m;
    if (closing) {
      if (stack.length === 1 || top.name !== name) throw new PatchError(`tag penutup </${name}> tidak berpasangan`);
      stack.pop();
      continue;
    }
    const reuse = REUSE.exec(attrs);
    const selfClosing = m[4] === '/';
    const element: Element = { name: name!, open: reuse ? whole.replace(REUSE, '') : whole, tid: TID.exec(attrs)?.[1] ?? null, reuseFrom: reuse?.[1] ?? null, children: [], selfClosing };
    top.children.push(element);
    if (!selfClosing) stack.push({ children: element.children, name: name! });
  }
  if (stack.length !== 1) throw new PatchError('tag tidak ditutup');
  if (at < svg.length) root.push(svg.slice(at));
  return root;
}

/** An element written back as text. */
export function write(node: Element | string): string {
  const out: string[] = [];
  serialize(node, out);
  return out.join('');
}

function serialize(node: Element | string, out: string[]): void {
  if (typeof node === 'string') {
    out.push(node);
    return;
  }
  out.push(node.open);
  if (node.selfClosing) return;
  for (const c of node.children) serialize(c, out);
  out.push(`</${node.name}>`);
}

/** The `<g>` children of `children`, by data-tid (the first of each). */
function byTid(children: readonly (Element | string)[]): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const c of children) if (typeof c !== 'string' && c.name === 'g' && c.tid !== null && !map.has(c.tid)) map.set(c.tid, c);
  return map;
}

/** Resolves `next` of a diff against the earlier elements it may reuse; writes the complete element. */
function resolve(next: Element, previous: ReadonlyMap<string, Element>, out: string[]): void {
  if (next.reuseFrom === null) {
    // New and complete (typst.ts inserts it as it is).
    serialize(next, out);
    return;
  }
  const prev = previous.get(next.reuseFrom);
  if (prev === undefined) throw new PatchError(`elemen ${next.reuseFrom} tidak ada pada halaman sebelumnya`);
  out.push(next.open);
  if (next.selfClosing) return;
  if (next.tid === next.reuseFrom) {
    // Unchanged content: the earlier children, the diff's attributes.
    for (const c of prev.children) serialize(c, out);
  } else {
    const earlier = byTid(prev.children);
    for (const c of next.children) {
      if (typeof c !== 'string' && c.name === 'g') resolve(c, earlier, out);
      else serialize(c, out);
    }
  }
  out.push(`</${next.name}>`);
}

/**
 * The complete `<g class="typst-page">` of one page of a diff: `page` is the page's element as the diff
 * wrote it (a string), `previous` the complete page elements of the previous render by data-tid.
 */
export function patchPage(page: string, previous: (tid: string) => string | undefined): string {
  const [next] = parseFragment(page);
  if (next === undefined || typeof next === 'string') throw new PatchError('halaman kosong');
  if (next.reuseFrom === null) return page;
  const earlier = previous(next.reuseFrom);
  if (earlier === undefined) throw new PatchError(`halaman ${next.reuseFrom} tidak ada pada susunan sebelumnya`);
  // Same content: the earlier page under the diff's open tag (the page may have moved).
  if (next.tid === next.reuseFrom) return `${next.open}${earlier.slice(earlier.indexOf('>') + 1)}`;
  const [prev] = parseFragment(earlier);
  if (prev === undefined || typeof prev === 'string') throw new PatchError('halaman sebelumnya rusak');
  const out: string[] = [];
  resolve(next, new Map([[next.reuseFrom, prev]]), out);
  return out.join('');
}
