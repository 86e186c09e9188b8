/**
 * The shape of output/bench/results.json (schema `naskah-bench/1`): machine, tools, inputs, every
 * measurement and the verdict on each target of issue 8. results.md is rendered from this object.
 */
import type { Mesin } from './mesin.js';
import type { HasilDiffProses } from './proses-diff.js';
import type { HasilHangat } from './proses-hangat.js';
import type { RingkasanRevisi } from './revisi-sintetis.js';
import type { HasilBangun } from './skenario-bangun.js';
import type { Ringkas } from './ukur.js';

/** One generated or real input. */
export interface Masukan {
  readonly nama: string;
  readonly ids: readonly string[];
  readonly pasal: number | null;
  readonly babLampiran: number | null;
  /** Bytes of the naskah sources (YAML + Markdown of the Pedoman). */
  readonly bytesSumber: number;
  /** Bytes and words of the Markdown equivalent given to pandoc. */
  readonly bytesMarkdown: number;
  readonly kata: number;
  readonly revisi: RingkasanRevisi | null;
  /** Why the input was left out (errors in a real document), or null. */
  readonly galat: string | null;
}

/** A measurement of a CLI command other than build. */
export interface HasilPerintah {
  readonly nama: string;
  readonly perintah: string;
  readonly tersedia: boolean;
  readonly galat: string | null;
  readonly wallMs: Ringkas | null;
  readonly rssMiB: Ringkas | null;
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
export interface HasilBench {
  readonly schema: 'naskah-bench/1';
  /** When the bench ran (wall clock: this is a measurement log, not a build output). */
  readonly tanggal: string;
  readonly mode: 'cepat' | 'lengkap';
  readonly putaran: number;
  readonly pemanasan: number;
  readonly mesin: Mesin;
  readonly alat: { readonly pandoc: string | null; readonly soffice: string | null; readonly gnuTime: boolean; readonly naskah: string; readonly git: string | null };
  readonly pesan: readonly string[];
  readonly masukan: readonly Masukan[];
  readonly bangun: readonly HasilBangun[];
  readonly periksa: readonly HasilPerintah[];
  readonly diffCli: readonly HasilPerintah[];
  readonly diffProses: readonly (HasilDiffProses & { readonly nama: string })[];
  readonly hangat: readonly (Partial<HasilHangat> & { readonly nama: string; readonly galat: string | null })[];
  readonly target: readonly Target[];
  /** Load average (1 min) when the run ended. */
  readonly bebanAkhir: number;
}
