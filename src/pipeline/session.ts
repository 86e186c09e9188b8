/**
 * The warm path (issue 11 point 2, issue 18): one long-lived object per project that keeps what a
 * rebuild can reuse, in one place — the loaded documents (source → IR, lint findings), the Typst
 * compiler with its fonts, templates and memoised layout (src/render/pdf/compiler.ts, one per
 * process), and the catchword split sets (split-memory.ts). A live preview or an editor holds one
 * Session; the CLI builds one per command.
 *
 * Reuse is decided by the files, never guessed: every file under content/ is stamped (size, mtime
 * and inode, nanoseconds); a document is loaded again when a file in a folder it drew on changed
 * (its own folder, the folders its IR and findings name, the documents it loaded, transitively), or
 * when a top-level file of content/ (daerah.yaml, dasar-hukum.yaml, naskah.config.yaml, …) changed.
 * Unchanged documents keep their IR and their rendered PDF; Typst re-lays out only what changed.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BlokLampiran, Dokumen } from '../ir/types.js';
import { identityMemo } from '../util/identity-memo.js';
import type { ProjectPaths } from '../load/project.js';
import { checkProject, type Checked } from './check-documents.js';
import { idOfLoadKey, loadKey, type Loaded, type LoadOptions } from './load-document.js';
import { renderDocument, type Format, type Rendered } from './render-document.js';
import { KeptSplits } from './split-memory.js';
import { PartMemory } from '../render/pdf/screen-parts.js';

/** Stamp of every file under content/, by path relative to content/ (forward slashes). */
function stampContent(content: string): Map<string, string> {
  const stamps = new Map<string, string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      // A symbolic link is stamped by its target when that is a file, never followed into a folder
      // (a link to / or to its own parent would walk the whole disk).
      const l = lstatSync(abs, { bigint: true, throwIfNoEntry: false });
      const s = l?.isSymbolicLink() ? statSync(abs, { bigint: true, throwIfNoEntry: false }) : l;
      if (!s) continue;
      if (s.isDirectory()) {
        if (!l!.isSymbolicLink()) walk(abs);
        continue;
      }
      stamps.set(relative(content, abs).split(sep).join('/'), `${s.size}:${s.mtimeNs}:${s.ino}`);
    }
  };
  walk(content);
  return stamps;
}

/** Milliseconds of CPU (user + system) this process has used since `start`. */
export function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Top folder of a content-relative path ("" for a file directly in content/). */
function topFolder(rel: string): string {
  const i = rel.indexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
}

/** Folders of content/ named by `file` fields anywhere in a value (IR source positions, findings). */
function foldersNamed(value: unknown, into: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'file' && typeof x === 'string' && x.startsWith('content/')) into.add(topFolder(x.slice('content/'.length)));
        else if (x !== null && typeof x === 'object') stack.push(x);
      }
    }
  }
}

/** The folders a Lampiran's blocks name, once per array (a pedoman unchanged keeps its blocks: resolve/pedoman/kept-resolution.ts). */
const foldersOfBlocks = identityMemo((isi: readonly BlokLampiran[]): ReadonlySet<string> => {
  const into = new Set<string>();
  foldersNamed(isi, into);
  return into;
});

/** Folders of content/ a document's IR names (foldersNamed, its Lampiran blocks through foldersOfBlocks). */
function foldersOfIr(ir: Dokumen, into: Set<string>): void {
  if (ir.jenis === 'buku-pedoman') return foldersNamed(ir, into);
  for (const [key, value] of Object.entries(ir)) if (key !== 'lampiran') foldersNamed(value, into);
  for (const l of ir.lampiran) {
    for (const [key, value] of Object.entries(l)) if (key !== 'isi') foldersNamed(value, into);
    for (const f of foldersOfBlocks(l.isi)) into.add(f);
  }
}

/** A load cache that records which documents each load asked for. */
class RecordingCache extends Map<string, Loaded> {
  readonly asked = new Set<string>();
  override get(key: string): Loaded | undefined {
    this.asked.add(key);
    return super.get(key);
  }
}

/** Time spent in the last call, for the bench and the preview's status line. */
export interface Timing {
  readonly checkMs: number;
  readonly renderMs: number;
  /** CPU time (user + system, all threads of the process) of the check and of the render. */
  readonly checkCpuMs: number;
  readonly renderCpuMs: number;
  /** Documents loaded again / rendered again (the rest were reused). */
  readonly reloaded: readonly string[];
  readonly rerendered: readonly string[];
}

/** One project kept warm between checks and rebuilds. */
export class Session {
  private readonly cache = new RecordingCache();
  /** Content folders each loaded document drew on, by cache key. */
  private readonly deps = new Map<string, Set<string>>();
  private stamps = new Map<string, string>();
  /** The last check's result, reused while no document was loaded again (same ids, same scope). */
  private lastChecked: { readonly key: string; readonly checked: Checked } | null = null;
  private readonly rendered = new Map<string, { readonly ir: Dokumen; readonly formats: string; readonly result: Rendered }>();
  /** Catchword split sets, kept in memory (and under output/ when `persist`). */
  readonly splits: KeptSplits;
  /** The outputs of each part of a document laid out in parts for the screen (`rebuild` with `parts`). */
  private readonly parts = new PartMemory();
  last: Timing = { checkMs: 0, renderMs: 0, checkCpuMs: 0, renderCpuMs: 0, reloaded: [], rerendered: [] };

  constructor(
    readonly paths: ProjectPaths,
    private readonly options: Omit<LoadOptions, 'cache'>,
    persist = false,
  ) {
    this.splits = new KeptSplits(persist ? paths.output : null);
  }

  /**
   * Forgets every loaded document whose inputs changed since the last call; `changed` names files
   * (absolute or relative to the project root) known to have changed even if their stamp did not.
   */
  private invalidate(changed: readonly string[]): void {
    const now = stampContent(this.paths.content);
    const folders = new Set<string>();
    for (const [rel, stamp] of now) if (this.stamps.get(rel) !== stamp) folders.add(topFolder(rel));
    for (const rel of this.stamps.keys()) if (!now.has(rel)) folders.add(topFolder(rel));
    let outside = false;
    for (const f of changed) {
      const rel = relative(this.paths.content, join(this.paths.root, relative(this.paths.root, f))).split(sep).join('/');
      if (!rel.startsWith('..')) folders.add(topFolder(rel));
      else outside = true;
    }
    this.stamps = now;
    if (outside) {
      // A template (Handlebars formulas, Typst layout) changed: every IR and every page may differ.
      this.cache.clear();
      this.deps.clear();
      this.rendered.clear();
      this.lastChecked = null;
      return;
    }
    if (folders.has('')) {
      this.cache.clear();
      this.deps.clear();
      return;
    }
    let stale = [...this.deps].filter(([, d]) => [...d].some((f) => folders.has(f))).map(([k]) => k);
    const gone = new Set<string>();
    while (stale.length > 0) {
      for (const k of stale) gone.add(k);
      const ids = new Set([...gone].map((k) => idOfLoadKey(k)));
      stale = [...this.deps].filter(([k, d]) => !gone.has(k) && [...d].some((f) => ids.has(f))).map(([k]) => k);
    }
    for (const k of gone) {
      this.cache.delete(k);
      this.deps.delete(k);
    }
  }

  /**
   * `naskah check` of `ids`, reusing every document whose inputs are unchanged. `lint`: the Session's
   * own lint scope unless given ('none': load, validate and resolve only, for the preview's pages).
   */
  check(ids: readonly string[], whole: boolean, changed: readonly string[] = [], lint: LoadOptions['lint'] = this.options.lint): Checked {
    const t = performance.now();
    const c = process.cpuUsage();
    this.invalidate(changed);
    const before = new Set(this.cache.keys());
    const reloaded: string[] = [];
    // Load one document at a time to learn which other documents its load asked for.
    for (const id of ids) {
      const key = loadKey(this.paths, id, lint);
      if (this.cache.has(key)) continue;
      this.cache.asked.clear();
      checkProject(this.paths, [id], { ...this.options, lint, cache: this.cache }, false);
      for (const k of this.cache.keys()) {
        if (before.has(k) || this.deps.has(k)) continue;
        const loaded = this.cache.get(k)!;
        const d = new Set<string>([idOfLoadKey(k)]);
        for (const asked of this.cache.asked) d.add(idOfLoadKey(asked));
        foldersNamed(loaded.diagnostics, d);
        if (loaded.ir) foldersOfIr(loaded.ir, d);
        this.deps.set(k, d);
        reloaded.push(loaded.id);
      }
    }
    const key = `${whole}\u0000${lint ?? 'all'}\u0000${ids.join('\u0000')}`;
    const reuse = reloaded.length === 0 && this.lastChecked?.key === key && this.lastChecked.checked.loaded.every((l, i) => this.cache.get(loadKey(this.paths, ids[i]!, lint)) === l);
    const checked = reuse ? this.lastChecked!.checked : checkProject(this.paths, ids, { ...this.options, lint, cache: this.cache }, whole);
    this.lastChecked = { key, checked };
    this.last = { checkMs: performance.now() - t, renderMs: 0, checkCpuMs: cpuSince(c), renderCpuMs: 0, reloaded, rerendered: [] };
    return checked;
  }

  /**
   * Work a long-running process (the preview) leaves for when it is idle: trimming Typst's memo cache
   * (render/pdf/compiler.ts `trimWhenIdle`), which screen renders do not do on the way to their pages.
   */
  async idle(): Promise<void> {
    const { trimWhenIdle } = await import('../render/pdf/compiler.js');
    trimWhenIdle();
  }

  /**
   * Warm rebuild: checks `ids` again (after `changed` files, if known; a file outside content/, such
   * as a template, drops everything kept) and renders in memory the documents whose IR changed; the
   * others return their earlier result (the same object). `svg`: the pages as SVG instead of the PDF,
   * `vector`: as typst.ts's vector artifact (`naskah preview`), `lint`: the rules
   * run before the render (see `check`). Nothing is written.
   */
  async rebuild(ids: readonly string[], formats: readonly Format[] = ['pdf'], changed: readonly string[] = [], reuse: { readonly svg?: boolean; readonly vector?: boolean; readonly parts?: boolean; readonly lint?: LoadOptions['lint'] } = {}): Promise<{ checked: Checked; rendered: Map<string, Rendered> }> {
    const checked = this.check(ids, ids.length > 1, changed, reuse.lint ?? this.options.lint);
    const { checkMs, checkCpuMs } = this.last;
    const t = performance.now();
    const c = process.cpuUsage();
    const out = new Map<string, Rendered>();
    const rerendered: string[] = [];
    const wanted = `${formats.join(',')}${reuse.svg === true ? '+svg' : ''}${reuse.vector === true ? '+vector' : ''}${reuse.parts === true ? '+parts' : ''}`;
    for (const [i, id] of ids.entries()) {
      const ir = checked.loaded[i]?.ir;
      if (!ir) continue;
      const kept = this.rendered.get(id);
      if (kept && kept.ir === ir && kept.formats === wanted) {
        out.set(id, kept.result);
        continue;
      }
      const result = await renderDocument(ir, this.paths, formats, { splitMemory: this.splits, svg: reuse.svg === true, vector: reuse.vector === true, ...(reuse.parts === true ? { parts: this.parts } : {}) });
      this.rendered.set(id, { ir, formats: wanted, result });
      out.set(id, result);
      rerendered.push(id);
    }
    this.last = { checkMs, renderMs: performance.now() - t, checkCpuMs, renderCpuMs: cpuSince(c), reloaded: this.last.reloaded, rerendered };
    return { checked, rendered: out };
  }
}
