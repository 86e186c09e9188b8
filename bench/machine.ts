/**
 * The machine a bench ran on (issue 8: results note the cores and memory): CPU model and count,
 * memory, OS, Node version and the load average when the run started, since other work on a shared
 * 2-core machine slows every figure down.
 */
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';

/** Machine description stored with the results. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoriGiB: number;
  readonly memoriBebasGiB: number;
  readonly os: string;
  readonly node: string;
  /** 1-minute load average at the start of the run. */
  readonly bebanAwal: number;
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  const list = cpus();
  const gib = (bytes: number): number => Math.round((bytes / 1024 ** 3) * 10) / 10;
  return {
    cpu: list[0]?.model.trim() ?? 'tidak diketahui',
    cores: list.length,
    memoriGiB: gib(totalmem()),
    memoriBebasGiB: gib(freemem()),
    os: `${type()} ${release()}`,
    node: process.version,
    bebanAwal: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
