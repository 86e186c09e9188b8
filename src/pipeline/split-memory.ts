/**
 * Where the PDF renderer's split sets (paragraphs that break across pages, for catchwords) and page
 * maps (each page's catchword, the pages that begin a part) are kept between renders: in the process
 * (the warm path, src/pipeline/session.ts) and, for `naskah build`, under
 * output/.naskah-cache/kata-sambung/<id>.json, so a cold build of an unchanged document needs one
 * Typst compile instead of two, with footers that print from the map instead of querying.
 *
 * A kept set and its page map are offered for the next render of the same document whatever changed
 * (the layout fingerprint only spares rewriting an unchanged cache file): an edit rarely changes
 * which paragraphs break, and a one-ayat edit usually leaves every page's catchword as it was. A right map spares the footers' query (one layout
 * iteration); a wrong one costs a compile more, but a cheap one: the template reads the map in the
 * headers and footers only (catchword.typ `kept-map`), so Typst re-lays out those and reuses every
 * page body (measured on the bench's small document: 8 of 10 edits keep the map). The renderer
 * accepts either only when the compile made with it reports that same set (and map) again, so the
 * cache can cost a compile but never changes a byte of the PDF.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeptLayout, SplitMemory } from '../render/pdf/split-set.js';

/** Folder of the kept sets, relative to output/ (hidden: not part of the delivered files). */
export const SPLIT_CACHE_DIR = join('.naskah-cache', 'kata-sambung');

interface Kept extends KeptLayout {
  readonly fingerprint: string;
}

/** Split memory of one process, optionally backed by `outputDir` (see `flush`). */
export class KeptSplits implements SplitMemory {
  private readonly live = new Map<string, Kept>();
  private readonly pending = new Set<string>();

  /** @param outputDir the project's output/ folder; null for memory only. */
  constructor(private readonly outputDir: string | null) {}

  recall(documentId: string, _fingerprint: string): KeptLayout | null {
    const kept = this.live.get(documentId) ?? this.read(documentId);
    return kept ? { split: kept.split, pages: kept.pages } : null;
  }

  remember(documentId: string, fingerprint: string, kept: KeptLayout): void {
    const old = this.live.get(documentId);
    if (old?.fingerprint === fingerprint && old.pages === kept.pages) return;
    this.live.set(documentId, { fingerprint, split: [...kept.split], pages: kept.pages });
    this.pending.add(documentId);
  }

  /**
   * Writes the sets remembered since the last flush (call after the outputs were written: a failed
   * build leaves output/ untouched). Best effort: a cache that cannot be written is not an error.
   */
  flush(): void {
    if (this.outputDir === null) return;
    for (const id of this.pending) {
      const kept = this.live.get(id);
      if (!kept || !/^[A-Za-z0-9._-]+$/.test(id)) continue;
      try {
        const dir = join(this.outputDir, SPLIT_CACHE_DIR);
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${id}.json`);
        writeFileSync(`${file}.tmp`, `${JSON.stringify({ fingerprint: kept.fingerprint, split: kept.split, pages: kept.pages })}\n`);
        renameSync(`${file}.tmp`, file);
      } catch {
        // A cache only: the next build compiles twice.
      }
    }
    this.pending.clear();
  }

  private read(documentId: string): Kept | null {
    if (this.outputDir === null || !/^[A-Za-z0-9._-]+$/.test(documentId)) return null;
    try {
      const v = JSON.parse(readFileSync(join(this.outputDir, SPLIT_CACHE_DIR, `${documentId}.json`), 'utf8')) as unknown;
      if (v === null || typeof v !== 'object') return null;
      const { fingerprint, split, pages } = v as { fingerprint?: unknown; split?: unknown; pages?: unknown };
      if (typeof fingerprint !== 'string' || !Array.isArray(split) || !split.every((x) => typeof x === 'string')) return null;
      return { fingerprint, split: [...(split as string[])].sort(), pages: typeof pages === 'string' ? pages : null };
    } catch {
      return null;
    }
  }
}
