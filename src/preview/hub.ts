/**
 * The preview's documents: one view per document opened from the page, all rebuilt through one warm
 * `Session` of the project (src/pipeline/session.ts; one at a time, in order) after every burst of
 * saves, and the listeners of the event stream told when a rebuild is done.
 */
import { listDocuments, type ProjectPaths } from '../load/project.js';
import { Session } from '../pipeline/session.js';
import { PreviewSession, type PageSource } from './session.js';

/** A view of the page that is not a folder of content/ (the package's surat); given by the command. */
export interface ExtraView {
  readonly id: string;
  readonly label: string;
  /** Whether it can be shown now (e.g. content/paket.yaml exists). */
  available(): boolean;
  source(warm: Session): PageSource;
}

/** One entry of the page's document list. */
export interface DocumentEntry {
  readonly id: string;
  readonly label: string;
}

/** Told after each rebuild of the document on screen: its session, and the page ids it showed before. */
type Listener = (session: PreviewSession, before: readonly string[]) => void;

/**
 * How long lint waits after the event with a save's pages (ms). The page needs ± 20 ms to take a new
 * page into its DOM; lint (± 100 ms of CPU for the SLRT Perbup) starting at once competed with it and
 * the browser on this 2-core machine: event → DOM 27–46 ms medians, 21–22 ms with this wait (three A/B
 * runs of the preview bench). The findings come that much later; a newer save in the meantime skips them.
 */
const LINT_AFTER_PAGES_MS = 40;

/** The sessions of one preview server. */
export class PreviewHub {
  private readonly sessions = new Map<string, Promise<PreviewSession>>();
  private readonly listeners = new Set<Listener>();
  private running: Promise<void> = Promise.resolve();
  private pending = false;
  /** The document the page looked at last: rebuilt first after a save; the others when asked for. */
  private active: string;
  private readonly dirty = new Set<string>();
  /** The one warm room: loaded documents, rendered pages and split sets shared by every view. */
  private readonly warm: Session;
  /** Files named by the watcher since the last rebuild (a template among them drops everything kept). */
  private changedFiles = new Set<string>();

  constructor(
    private readonly paths: ProjectPaths,
    readonly defaultId: string,
    date: string,
    private readonly extras: readonly ExtraView[] = [],
  ) {
    this.active = defaultId;
    this.warm = new Session(paths, { date, strict: false });
  }

  /** Files changed since the last rebuild, handed to the Session once. */
  private takeChanged(): string[] {
    const files = [...this.changedFiles];
    this.changedFiles = new Set();
    return files;
  }

  /** The project's documents, then the extra views (read again each time: a new folder shows up without restart). */
  documents(): DocumentEntry[] {
    let ids: string[] = [];
    try {
      ids = listDocuments(this.paths);
    } catch {
      // content/ unreadable: nothing to list
    }
    return [...ids.map((id) => ({ id, label: id })), ...this.extras.filter((e) => e.available()).map((e) => ({ id: e.id, label: e.label }))];
  }

  /** The session of `id`, built on first use; null for an id that is not a document of the project. */
  session(id: string): Promise<PreviewSession | null> {
    const existing = this.sessions.get(id);
    if (existing) {
      this.active = id;
      if (!this.dirty.delete(id)) return existing;
      return this.enqueue(async () => {
        const s = await existing;
        await s.rebuild(this.takeChanged());
        s.finishLint();
        return s;
      });
    }
    if (!this.documents().some((d) => d.id === id)) return Promise.resolve(null);
    const extra = this.extras.find((e) => e.id === id);
    const created = this.enqueue(async () => {
      const s = new PreviewSession(this.warm, id, extra?.source(this.warm));
      await s.rebuild(this.takeChanged());
      s.finishLint();
      return s;
    });
    this.sessions.set(id, created);
    this.active = id;
    return created;
  }

  /**
   * After a change of `files` (absolute paths, when the watcher knows them): rebuilds the document on
   * screen and marks the others for a rebuild when they are next shown. Changes during a rebuild fold
   * into one more rebuild. The listeners hear twice: when the pages are new, then when lint's findings
   * are in (skipped when another save is already waiting: its rebuild lints the newer text).
   */
  changed(files: readonly string[] = []): Promise<void> {
    for (const f of files) this.changedFiles.add(f);
    for (const id of this.sessions.keys()) if (id !== this.active) this.dirty.add(id);
    if (this.pending) return this.running;
    this.pending = true;
    const pages = this.enqueue(async () => {
      this.pending = false;
      const entry = this.sessions.get(this.active);
      if (!entry) return null;
      const s = await entry;
      const before = s.current.pageIds;
      await s.rebuild(this.takeChanged());
      for (const l of this.listeners) l(s, before);
      return s;
    });
    return this.enqueue(async () => {
      const s = await pages;
      // Let the event with the pages leave, and the page take them in, before lint takes the CPU.
      await new Promise((resolve) => setTimeout(resolve, LINT_AFTER_PAGES_MS));
      if (!s || this.pending || !s.finishLint()) return;
      for (const l of this.listeners) l(s, s.current.pageIds);
      // Idle until the next save: the time to trim Typst's memo cache.
      await this.warm.idle();
    });
  }

  /** Calls `listener` after each rebuild; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `task` after every task queued before it (rebuilds never overlap: one Typst compiler). */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.running.then(task);
    this.running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
