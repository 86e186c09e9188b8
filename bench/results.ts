/**
 * The shape of output/bench/results.json (schema `naskah-bench/1`): machine, tools, inputs, every
 * measurement and the verdict on each target of issue 11. results.md is rendered from this object.
 */
import type { PreviewBenchResult } from './preview-save-to-page.js';
import type { Machine } from './machine.js';
import type { DiffProcessResult } from './diff-process.js';
import type { WarmRebuildResult } from './warm-rebuild-process.js';
import type { WarmCheckResult } from './warm-check-process.js';
import type { RevisionSummary } from './synthetic-revision.js';
import type { BuildResult } from './scenario-build.js';
import type { Summary } from './measure.js';

/** One generated or real input. */
export interface BenchInput {
  readonly nama: string;
  readonly ids: readonly string[];
  readonly pasal: number | null;
  readonly babLampiran: number | null;
  /** Bytes of the naskah sources (YAML + Markdown of the Pedoman). */
  readonly bytesSumber: number;
  /** Bytes and words of the Markdown equivalent given to pandoc. */
  readonly bytesMarkdown: number;
  readonly kata: number;
  readonly revisi: RevisionSummary | null;
  /** Why the input was left out (errors in a real document), or null. */
  readonly galat: string | null;
}

/** A measurement of a CLI command other than build. */
export interface CommandResult {
  readonly nama: string;
  readonly perintah: string;
  readonly tersedia: boolean;
  readonly galat: string | null;
  readonly wallMs: Summary | null;
  readonly rssMiB: Summary | null;
  /** CPU time (user + system) from GNU time; null without it. */
  readonly cpuMs?: Summary | null;
}

/** The verdict on one target. */
export interface Target {
  readonly nama: string;
  readonly batas: string;
  readonly nilai: string;
  readonly status: 'tercapai' | 'tidak tercapai' | 'tidak diukur';
  readonly catatan: string;
}

/** The whole results file. */
export interface BenchResults {
  readonly schema: 'naskah-bench/1';
  /** When the bench ran (wall clock: this is a measurement log, not a build output). */
  readonly tanggal: string;
  readonly mode: 'cepat' | 'lengkap';
  readonly putaran: number;
  readonly pemanasan: number;
  readonly mesin: Machine;
  readonly alat: { readonly pandoc: string | null; readonly soffice: string | null; readonly gnuTime: boolean; readonly naskah: string; readonly git: string | null };
  readonly pesan: readonly string[];
  readonly masukan: readonly BenchInput[];
  readonly bangun: readonly BuildResult[];
  readonly periksa: readonly CommandResult[];
  readonly diffCli: readonly CommandResult[];
  readonly diffProses: readonly (DiffProcessResult & { readonly nama: string })[];
  readonly hangat: readonly (Partial<WarmRebuildResult> & { readonly nama: string; readonly galat: string | null })[];
  /** `naskah preview` save → page of the SLRT Perbup in chromium (preview-save-to-page.ts), or why it was not measured. */
  readonly pratinjau?: Partial<PreviewBenchResult> & { readonly galat: string | null };
  /** `naskah check` warm in-process (one Session), per input. */
  readonly periksaHangat: readonly (Partial<WarmCheckResult> & { readonly nama: string; readonly galat: string | null })[];
  readonly target: readonly Target[];
  /** Load average (1 min) when the run ended. */
  readonly bebanAkhir: number;
}
