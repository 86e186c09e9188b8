#!/usr/bin/env node
/**
 * Save → page updated of `naskah preview` for the SLRT Perbup (issue 12, target ≤ 150 ms): copies
 * content/ to output/bench/pratinjau/, starts the built CLI's preview there, opens the page in the
 * system's chromium (playwright-core), then rewrites the first Menimbang of perbup-slrt/naskah.yaml
 * `runs` times, each save with words never saved before (`edit`: text seen before would find the
 * lint findings of its inputs cached, src/lint/index.ts, and measure less than a real edit does)
 * and times, per save, with the browser's and the server's clocks (the same machine clock):
 * save → rebuilt on the server (watcher quiet period + warm Session check + Typst layout and its
 * vector artifact + the changed pages made from it, src/preview/incremental.ts), rebuilt → event in
 * the page, event → the changed pages in view swapped into the DOM (data-seen; the target's measure:
 * the page being read), → every changed page in the DOM (data-version; pages out of view are parsed
 * after the frame with those in view, src/preview/client.ts), in view → the next frame painted (a
 * requestAnimationFrame callback, then a task after it: the frame with the new page has been drawn).
 * The page is scrolled to the top, where the edited Menimbang is.
 * Prints one line per save on stderr and the medians as one JSON line on stdout.
 *
 * `source` (default: the document's naskah.yaml) is another file of content/ to edit instead, e.g.
 * `pedoman-slrt/bab-1-pendahuluan.md`: a save in the source of the Perbup's Lampiran (the Perbup is laid
 * out in parts, src/render/pdf/screen-parts.ts, so this measures the Lampiran part laid out again).
 * Writes output/bench/pratinjau.json (pratinjau-<source with "/" as "-">.json for another source).
 *
 * Usage: npm run build:ts && node dist/bench/preview-save-to-page.js [runs=9] [id=perbup-slrt] [source]
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { toolRoot } from '../src/load/project.js';
import { writeFilesAtomic } from '../src/util/atomic-write.js';

/** One save, in milliseconds from the write. */
interface SaveTiming {
  /** Save → the frame with the new page painted. */
  readonly terlukisMs: number;
  /** Save → the changed pages in view in the DOM (data-seen set). */
  readonly halamanMs: number;
  /** Save → every changed page in the DOM (data-version set). */
  readonly semuaHalamanMs: number;
  readonly disusunMs: number;
  readonly periksaMs: number;
  readonly susunMs: number;
  readonly periksaCpuMs: number;
  readonly susunCpuMs: number;
  /** The changed pages made from the vector artifact (incremental.ts), wall and CPU. */
  readonly halamanSvgMs: number;
  readonly halamanSvgCpuMs: number;
  /** Lint after the pages were sent (its findings come in a second event), wall and CPU. */
  readonly kaidahMs: number;
  readonly kaidahCpuMs: number;
  readonly peristiwaMs: number;
  readonly halamanDiganti: number;
}

/** What one run prints as its last line (and writes to output/bench/pratinjau*.json): medians over the saves. */
export interface PreviewBenchResult {
  readonly dokumen: string;
  readonly sumber: string;
  readonly putaran: number;
  readonly bebanAwal: number;
  readonly bebanAkhir: number;
  /** Save → the frame with the new page painted. */
  readonly simpanKeTerlukisMs: number;
  /** Save → the changed pages in view in the DOM (the target's measure). */
  readonly simpanKeHalamanMs: number;
  /** Its 90th percentile over the saves. */
  readonly simpanKeHalamanP90Ms: number;
  /** Save → every changed page in the DOM. */
  readonly simpanKeSemuaHalamanMs: number;
  readonly simpanKeTersusunMs: number;
  readonly periksaMs: number;
  readonly tataLetakSvgMs: number;
  readonly halamanSvgMs: number;
  readonly kaidahSesudahHalamanMs: number;
  readonly tersusunKeHalamanMs: number;
  readonly targetMs: number;
}

/** The preview state the page reads (src/preview/session.ts). */
interface State {
  readonly state: { readonly builtAt: number; readonly buildMs: number; readonly timing: { readonly checkMs: number; readonly renderMs: number; readonly checkCpuMs: number; readonly renderCpuMs: number; readonly pagesMs: number; readonly pagesCpuMs: number; readonly lintMs?: number; readonly lintCpuMs?: number }; readonly pageIds: readonly string[]; readonly version: number };
}

/** Phrases put after the first "bahwa": save i gets a text no earlier save had. */
const PHRASES = ['untuk', 'dalam rangka', 'guna', 'demi', 'agar', 'sehubungan dengan itu', 'oleh karena itu', 'dengan demikian', 'pada dasarnya', 'dalam hal ini', 'sebagaimana diketahui', 'selanjutnya'];

/** The source of save `i`: one or more words added after the first "bahwa". */
function edit(original: string, i: number): string {
  const phrase = `${PHRASES[i % PHRASES.length]}${' pula'.repeat(Math.floor(i / PHRASES.length))}`;
  return original.replace('bahwa ', `bahwa ${phrase} `);
}

/**
 * Waits inside the page (a timer there, no requests from here while a save is measured: polling from
 * this process over the DevTools protocol every 20 ms took CPU from the server and the browser on this
 * 2-core machine) until `done` holds; the times measured come from the page's own records, not from
 * when this wait ends.
 */
async function inPage<A>(page: Page, done: (arg: A) => boolean, arg: A): Promise<void> {
  const ok = await page.evaluate(
    ([test, a]) =>
      new Promise<boolean>((resolve) => {
        const check = new Function('a', `return (${test})(a);`) as (a: unknown) => boolean;
        const started = Date.now();
        const tick = (): void => {
          if (check(a)) resolve(true);
          else if (Date.now() - started > 60_000) resolve(false);
          else setTimeout(tick, 25);
        };
        tick();
      }),
    [done.toString(), arg] as const,
  );
  if (!ok) throw new Error('halaman tidak berubah dalam 60 detik');
}

/** Lint of the last save is in (the page no longer says "memeriksa kaidah"). */
const settled = (page: Page): Promise<void> => inPage(page, () => document.body.dataset['checking'] !== 'true', null);

/** Times the page recorded (epoch ms, the browser's clock): versions shown whole and pages in view swapped in. */
interface Records {
  readonly naskahShown: { v: number; fresh: string; at: number }[];
  readonly naskahSeen: { v: number; at: number; painted: number }[];
}

/** A version after `before` is shown whole and fresh, and the frame with its pages in view has been painted. */
const newPagePainted = (page: Page, before: number): Promise<void> =>
  inPage(
    page,
    (v: number) => {
      const w = window as unknown as Records;
      return w.naskahShown.some((s) => s.v > v && s.fresh === 'true') && (w.naskahSeen.find((s) => s.v > v)?.painted ?? 0) > 0;
    },
    before,
  );

/** The `q` quantile of `xs` (nearest rank below). */
const quantile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const log = (s: string): void => void process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 9);
  const id = process.argv[3] ?? 'perbup-slrt';
  const source = process.argv[4] ?? null;
  const root = toolRoot();
  const dir = join(root, 'output', 'bench', 'pratinjau');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'cli', 'main.js'), 'preview', id], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' }, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server is stopped however the run ends (no chromium here, a timeout): else it keeps this process alive.
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }).catch((e: unknown) => {
    child.kill('SIGTERM');
    throw e;
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        const m = /http:\S+/.exec(String(b));
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`naskah preview berhenti (kode ${code})`)));
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Times (epoch ms, the browser's clock) of each event received and of each page version shown.
    await page.addInitScript(() => {
      const w = window as unknown as { naskahEvents: number[]; naskahShown: { v: number; fresh: string; at: number }[] };
      w.naskahEvents = [];
      w.naskahShown = [];
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(u: string | URL, init?: EventSourceInit) {
          super(u, init);
          super.addEventListener('update', () => w.naskahEvents.push(performance.timeOrigin + performance.now()));
        }
      };
    });
    await page.goto(url);
    await page.waitForSelector('#pages svg.page', { timeout: 180_000 });
    await page.evaluate(() => {
      const w = window as unknown as Records;
      Object.assign(w, { naskahSeen: [] });
      new MutationObserver((records) => {
        const at = performance.timeOrigin + performance.now();
        if (records.some((r) => r.attributeName === 'data-seen')) {
          const seen = { v: Number(document.body.dataset['seen']), at, painted: 0 };
          w.naskahSeen.push(seen);
          requestAnimationFrame(() => setTimeout(() => (seen.painted = performance.timeOrigin + performance.now()), 0));
        }
        if (records.some((r) => r.attributeName !== 'data-seen')) w.naskahShown.push({ v: Number(document.body.dataset['version']), fresh: document.body.dataset['fresh'] ?? '', at });
      }).observe(document.body, { attributes: true, attributeFilter: ['data-version', 'data-fresh', 'data-seen'] });
    });
    const file = source === null ? join(dir, 'content', id, 'naskah.yaml') : join(dir, 'content', source);
    const original = readFileSync(file, 'utf8');
    const origin = new URL(url).origin;
    const rows: SaveTiming[] = [];
    const load0 = loadavg()[0] ?? 0;
    for (let i = 0; i <= runs; i++) {
      await new Promise((r) => setTimeout(r, 300));
      // The previous save's lint findings (a second event after its pages) are in before the next save.
      await settled(page);
      const before = Number(await page.evaluate(() => document.body.dataset['version']));
      const events = await page.evaluate(() => (window as unknown as { naskahEvents: number[] }).naskahEvents.length);
      const t0 = Date.now();
      writeFileSync(file, edit(original, i));
      await newPagePainted(page, before);
      const { shown, all, painted } = await page.evaluate((v) => {
        const w = window as unknown as Records;
        const seen = w.naskahSeen.find((s) => s.v > v);
        return { shown: seen?.at ?? 0, painted: seen?.painted ?? 0, all: w.naskahShown.find((s) => s.v > v && s.fresh === 'true')?.at ?? 0 };
      }, before);
      const event = await page.evaluate((n) => (window as unknown as { naskahEvents: number[] }).naskahEvents[n] ?? 0, events);
      const replaced = Number(await page.evaluate(() => document.body.dataset['replaced']));
      const { state } = (await (await fetch(`${origin}/api/state?doc=${id}`)).json()) as State;
      // Lint runs after the pages were sent (src/preview/session.ts finishLint); its time, once it is in.
      await settled(page);
      const linted = ((await (await fetch(`${origin}/api/state?doc=${id}`)).json()) as State).state.timing;
      const row = { terlukisMs: Math.round(painted - t0), halamanMs: Math.round(shown - t0), semuaHalamanMs: Math.round(all - t0), disusunMs: state.builtAt - t0, periksaMs: state.timing.checkMs, susunMs: state.timing.renderMs, periksaCpuMs: state.timing.checkCpuMs, susunCpuMs: state.timing.renderCpuMs, halamanSvgMs: state.timing.pagesMs, halamanSvgCpuMs: state.timing.pagesCpuMs, kaidahMs: linted.lintMs ?? 0, kaidahCpuMs: linted.lintCpuMs ?? 0, peristiwaMs: Math.round(event - t0), halamanDiganti: replaced };
      // The first save warms the page's paths (and Typst's memo after the cold build): not counted.
      if (i > 0) rows.push(row);
      log(`${i === 0 ? 'pemanasan' : `simpan ${i}`}: simpan → terlukis ${row.terlukisMs} ms, → halaman yang tampak di DOM ${row.halamanMs} ms, semua ${row.semuaHalamanMs} ms (simpan → tersusun ${row.disusunMs} ms: periksa ${row.periksaMs} ms (CPU ${row.periksaCpuMs}), tata letak + vektor ${row.susunMs} ms (CPU ${row.susunCpuMs}), halaman SVG ${row.halamanSvgMs} ms (CPU ${row.halamanSvgCpuMs}), kaidah sesudahnya ${row.kaidahMs} ms (CPU ${row.kaidahCpuMs}); peristiwa di halaman ${row.peristiwaMs} ms; ${replaced} dari ${state.pageIds.length} halaman diganti)`);
    }
    const result: PreviewBenchResult & Record<string, unknown> = {
      dokumen: id,
      sumber: source ?? `${id}/naskah.yaml`,
      putaran: rows.length,
      bebanAwal: load0,
      bebanAkhir: loadavg()[0] ?? 0,
      simpanKeTerlukisMs: median(rows.map((r) => r.terlukisMs)),
      simpanKeHalamanMs: median(rows.map((r) => r.halamanMs)),
      simpanKeHalamanP90Ms: quantile(rows.map((r) => r.halamanMs), 0.9),
      simpanKeSemuaHalamanMs: median(rows.map((r) => r.semuaHalamanMs)),
      simpanKeTersusunMs: median(rows.map((r) => r.disusunMs)),
      periksaMs: median(rows.map((r) => r.periksaMs)),
      tataLetakSvgMs: median(rows.map((r) => r.susunMs)),
      periksaCpuMs: median(rows.map((r) => r.periksaCpuMs)),
      tataLetakSvgCpuMs: median(rows.map((r) => r.susunCpuMs)),
      halamanSvgMs: median(rows.map((r) => r.halamanSvgMs)),
      halamanSvgCpuMs: median(rows.map((r) => r.halamanSvgCpuMs)),
      kaidahSesudahHalamanMs: median(rows.map((r) => r.kaidahMs)),
      kaidahSesudahHalamanCpuMs: median(rows.map((r) => r.kaidahCpuMs)),
      tersusunKeHalamanMs: median(rows.map((r) => r.halamanMs - r.disusunMs)),
      halamanKeTerlukisMs: median(rows.map((r) => r.terlukisMs - r.halamanMs)),
      targetMs: 150,
      putaranRinci: rows,
    };
    log(`median: simpan → terlukis ${result.simpanKeTerlukisMs} ms, → halaman yang tampak di DOM ${result.simpanKeHalamanMs} ms (target ≤ 150 ms; persentil 90: ${result.simpanKeHalamanP90Ms} ms), semua halaman ${result.simpanKeSemuaHalamanMs} ms; simpan → tersusun ${result.simpanKeTersusunMs} ms; periksa ${result.periksaMs} ms (CPU ${result.periksaCpuMs}); tata letak + vektor ${result.tataLetakSvgMs} ms (CPU ${result.tataLetakSvgCpuMs}); halaman SVG ${result.halamanSvgMs} ms (CPU ${result.halamanSvgCpuMs}); kaidah sesudah halaman ${result.kaidahSesudahHalamanMs} ms (CPU ${result.kaidahSesudahHalamanCpuMs}); tersusun → DOM ${result.tersusunKeHalamanMs} ms; DOM → terlukis ${result.halamanKeTerlukisMs} ms; beban ${load0.toFixed(1)} → ${result.bebanAkhir.toFixed(1)}`);
    const out = source === null ? 'pratinjau.json' : `pratinjau-${source.replace(/[\\/]/g, '-')}.json`;
    writeFilesAtomic(new Map([[join(root, 'output', 'bench', out), `${JSON.stringify(result, null, 2)}\n`]]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  log(`bench pratinjau gagal: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
